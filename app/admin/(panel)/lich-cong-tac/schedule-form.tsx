"use client";

import { useActionState } from "react";
import { Field, FormFooter, submitKeepingValues } from "@/components/admin/form";
import { DateTimeField } from "@/components/ui/date-time-field";
import type { ActionState } from "@/auth/action";

export type EditableEntry = {
  id?: number;
  day: string;
  startTime: string;
  endTime: string;
  leaders: string;
  content: string;
  place: string;
  chair: string;
  participants: string;
  preparingUnit: string;
  note: string;
};

/** A multi-line field with the same label, hint and error wiring as Field. */
function TextArea({ name, label, state, defaultValue, required, hint, rows = 3 }: { name: string; label: string; state: ActionState; defaultValue: string; required?: boolean; hint?: string; rows?: number }) {
  const errors = state.errors?.[name];
  const describedBy = [hint ? `f-${name}-hint` : "", errors?.length ? `f-${name}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <Field name={name} label={label} state={state} required={required} hint={hint}>
      <textarea
        id={`f-${name}`}
        name={name}
        rows={rows}
        defaultValue={defaultValue}
        required={required}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy}
        className="w-full rounded border border-stone-300 bg-white px-3 py-2 text-ink focus:border-brand-600 aria-[invalid=true]:border-red-600"
      />
    </Field>
  );
}

export function ScheduleForm({ action, entry, submitLabel }: { action: (state: ActionState, formData: FormData) => Promise<ActionState>; entry: EditableEntry; submitLabel: string }) {
  const [state, dispatch] = useActionState<ActionState, FormData>(action, {});
  return (
    <form action={dispatch} onSubmit={submitKeepingValues(dispatch)} className="flex flex-col gap-4" aria-label="Nội dung lịch công tác" noValidate>
      {entry.id && <input type="hidden" name="id" value={entry.id} />}
      <div className="grid gap-4 sm:grid-cols-3">
        <DateTimeField name="day" label="Ngày" withTime={false} required defaultValue={entry.day || null} errors={state.errors?.day} />
        <Field name="startTime" label="Giờ bắt đầu" required state={state} defaultValue={entry.startTime} placeholder="08:00" hint="HH:mm, đồng hồ 24 giờ." inputMode="numeric" />
        <Field name="endTime" label="Giờ kết thúc" state={state} defaultValue={entry.endTime} placeholder="11:00" hint="Không bắt buộc." inputMode="numeric" />
      </div>
      <TextArea name="leaders" label="Lãnh đạo" required state={state} defaultValue={entry.leaders} hint="Mỗi người một dòng: Họ và tên, chức vụ (chức vụ không bắt buộc)." />
      <TextArea name="content" label="Nội dung công việc" required state={state} defaultValue={entry.content} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="place" label="Địa điểm" state={state} defaultValue={entry.place} />
        <Field name="chair" label="Chủ trì" state={state} defaultValue={entry.chair} />
      </div>
      <TextArea name="participants" label="Thành phần tham dự" state={state} defaultValue={entry.participants} rows={2} />
      <Field name="preparingUnit" label="Đơn vị chuẩn bị" state={state} defaultValue={entry.preparingUnit} />
      <TextArea name="note" label="Ghi chú" state={state} defaultValue={entry.note} rows={2} />
      {entry.id && <Field name="reason" label="Lý do thay đổi" state={state} defaultValue="" hint="Hiện cho bạn đọc cùng những gì đã thay đổi, ví dụ: “Trùng lịch họp của tỉnh”." />}
      <FormFooter state={state}>{submitLabel}</FormFooter>
    </form>
  );
}

export function CancelForm({ action, id }: { action: (state: ActionState, formData: FormData) => Promise<ActionState>; id: number }) {
  const [state, dispatch] = useActionState<ActionState, FormData>(action, {});
  return (
    <form action={dispatch} className="flex flex-col gap-3" aria-label="Hủy lịch công tác" noValidate>
      <input type="hidden" name="id" value={id} />
      <Field name="cancelReason" label="Lý do hủy" required state={state} hint="Lịch đã hủy vẫn hiện cho bạn đọc, kèm lý do này." />
      <FormFooter state={state} variant="secondary">
        Hủy lịch này
      </FormFooter>
    </form>
  );
}
