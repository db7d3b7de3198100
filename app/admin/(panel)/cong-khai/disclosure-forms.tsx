"use client";

import { useActionState } from "react";
import { Field, FormFooter } from "@/components/admin/form";
import { DateTimeField } from "@/components/ui/date-time-field";
import type { ActionState } from "@/auth/action";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

export function DisclosureForm({ action, stages, kinds }: { action: Action; stages: readonly { key: string; label: string }[]; kinds: Record<string, string> }) {
  const [state, dispatch] = useActionState<ActionState, FormData>(action, {});
  const select = "w-full rounded border border-stone-300 bg-white px-3 py-2";
  const fileErrors = state.errors?.files;
  return (
    <form action={dispatch} className="flex flex-col gap-4" aria-label="Thêm mục công khai">
      <div className="grid gap-4 sm:grid-cols-3">
        <Field name="kind" label="Loại" required state={state}>
          <select id="f-kind" name="kind" defaultValue="budget" className={select}>
            {Object.entries(kinds).map(([key, label]) => (
              <option key={key} value={key}>
                {label}
              </option>
            ))}
          </select>
        </Field>
        <Field name="year" label="Năm ngân sách" state={state} inputMode="numeric" hint="Với báo cáo ngân sách." />
        <Field name="stage" label="Giai đoạn" state={state} hint="Với báo cáo ngân sách.">
          <select id="f-stage" name="stage" defaultValue="" className={select} aria-describedby="f-stage-hint">
            <option value="">—</option>
            {stages.map((s) => (
              <option key={s.key} value={s.key}>
                {s.label}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field name="title" label="Tên" required state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="investor" label="Chủ đầu tư / bên mời thầu" state={state} />
        <Field name="valueVnd" label="Giá trị (đồng)" state={state} inputMode="numeric" placeholder="1.250.000.000" />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <DateTimeField name="startDate" label="Ngày bắt đầu" withTime={false} errors={state.errors?.startDate} />
        <DateTimeField name="endDate" label="Ngày kết thúc" withTime={false} errors={state.errors?.endDate} />
        <DateTimeField name="publishedOn" label="Ngày công bố" withTime={false} required errors={state.errors?.publishedOn} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="status" label="Tình trạng" state={state} />
        <Field name="link" label="Liên kết" state={state} type="url" placeholder="https://" />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="f-files" className="text-sm font-semibold">
          Tệp (PDF, XLSX)
        </label>
        <input id="f-files" name="files" type="file" multiple accept=".pdf,.xlsx,application/pdf,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" aria-describedby={`f-files-hint${fileErrors?.length ? " f-files-error" : ""}`} className="text-sm" />
        <p id="f-files-hint" className="text-xs text-muted">
          Tối đa 5 tệp; nội dung tệp được kiểm tra, tên tệp không quyết định loại tệp.
        </p>
        {fileErrors?.length ? (
          <p id="f-files-error" className="text-sm text-red-700">
            {fileErrors.join(" ")}
          </p>
        ) : null}
      </div>
      <FormFooter state={state}>Đăng mục công khai</FormFooter>
    </form>
  );
}

export function DeleteDisclosureButton({ action, id, title }: { action: Action; id: number; title: string }) {
  const [state, dispatch] = useActionState<ActionState, FormData>(action, {});
  return (
    <form action={dispatch} aria-label={`Xóa ${title}`}>
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="text-sm text-red-800 hover:underline">
        Xóa<span className="sr-only"> {title}</span>
      </button>
      {state.message && (
        <span role="status" className="ml-2 text-xs">
          {state.message}
        </span>
      )}
    </form>
  );
}
