"use client";

import { useActionState } from "react";
import { Field, FormFooter, submitKeepingValues } from "@/components/admin/form";
import { DateTimeField } from "@/components/ui/date-time-field";
import type { ActionState } from "@/auth/action";
import { DRAFT_FIELDS } from "@/lib/drafts";
import { createDraftAction, saveDraftAction } from "./actions";

export type DraftValues = {
  id?: number;
  title: string;
  draftingUnit: string;
  field: string;
  summary: string;
  waysToRespond: string;
  contactPerson: string;
  opensAt: string | null;
  closesAt: string | null;
  moderated: boolean;
};

const control = "w-full rounded border border-stone-300 bg-white px-3 py-2 text-ink focus:border-brand-600 aria-[invalid=true]:border-red-600";

/** The draft's fields: the same form creates and edits; its state (chưa mở, đang lấy ý kiến, đã kết thúc) follows from the two moments. */
export function DraftForm({ values }: { values: DraftValues }) {
  const editing = values.id !== undefined;
  const [state, dispatch] = useActionState<ActionState, FormData>(editing ? saveDraftAction : createDraftAction, {});
  const aria = (name: string, hint = false) => {
    const errors = state.errors?.[name];
    const describedBy = [hint ? `f-${name}-hint` : "", errors?.length ? `f-${name}-error` : ""].filter(Boolean).join(" ") || undefined;
    return { id: `f-${name}`, name, "aria-invalid": errors?.length ? true : undefined, "aria-describedby": describedBy } as const;
  };
  return (
    <form action={dispatch} onSubmit={submitKeepingValues(dispatch)} className="grid gap-4 md:grid-cols-2" aria-label={editing ? "Sửa dự thảo" : "Thêm dự thảo"} noValidate>
      {editing && <input type="hidden" name="id" value={values.id} />}
      <div className="md:col-span-2">
        <Field name="title" label="Tên dự thảo" required state={state} defaultValue={values.title} placeholder="Dự thảo Quyết định ban hành Quy định về…" />
      </div>
      <Field name="draftingUnit" label="Cơ quan chủ trì soạn thảo" required state={state} defaultValue={values.draftingUnit} placeholder="Phòng Kinh tế" />
      <Field name="field" label="Lĩnh vực" required state={state}>
        <select {...aria("field")} defaultValue={values.field} required className={control}>
          <option value="">— Chọn lĩnh vực —</option>
          {DRAFT_FIELDS.map((f) => (
            <option key={f} value={f}>
              {f}
            </option>
          ))}
        </select>
      </Field>
      <div className="md:col-span-2">
        <Field name="summary" label="Tóm tắt nội dung" required state={state} hint="Văn bản thuần, xuống dòng hai lần để tách đoạn. Toàn văn dự thảo đính kèm bằng tệp ở bước sau.">
          <textarea {...aria("summary", true)} rows={6} required defaultValue={values.summary} className={control} />
        </Field>
      </div>
      <DateTimeField name="opensAt" label="Bắt đầu lấy ý kiến" required defaultValue={values.opensAt} errors={state.errors?.opensAt} />
      <DateTimeField name="closesAt" label="Kết thúc lấy ý kiến" required defaultValue={values.closesAt} errors={state.errors?.closesAt} />
      <div className="md:col-span-2">
        <Field name="waysToRespond" label="Cách thức góp ý" required state={state} hint="Ví dụ: góp ý trực tiếp trên cổng; gửi văn bản về địa chỉ…; gửi thư điện tử tới…">
          <textarea {...aria("waysToRespond", true)} rows={4} required defaultValue={values.waysToRespond} className={control} />
        </Field>
      </div>
      <div className="md:col-span-2">
        <Field name="contactPerson" label="Người liên hệ" state={state} defaultValue={values.contactPerson} placeholder="Ông Nguyễn Văn A, chuyên viên Phòng Kinh tế, điện thoại 0221 3xxx xxx" />
      </div>
      <div className="md:col-span-2">
        <label className="inline-flex items-start gap-2 text-sm">
          <input type="checkbox" name="moderated" value="on" defaultChecked={values.moderated} className="mt-0.5 h-4 w-4 accent-brand-600" />
          <span>
            <strong>Kiểm duyệt góp ý trước khi hiển thị</strong> (bỏ chọn: góp ý hiển thị ngay khi gửi; cán bộ vẫn có thể gỡ góp ý vi phạm).
          </span>
        </label>
      </div>
      <p className="text-sm text-muted md:col-span-2">Tình trạng (chưa mở, đang lấy ý kiến, đã kết thúc) được tính tự động theo hai thời điểm trên, giờ Việt Nam; dự thảo tự mở và tự kết thúc đúng giờ.</p>
      <FormFooter state={state} className="flex flex-col gap-2 md:col-span-2">
        {editing ? "Lưu" : "Tạo dự thảo"}
      </FormFooter>
    </form>
  );
}
