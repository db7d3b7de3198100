"use client";

import { useActionState } from "react";
import { Field, FormFooter, FormMessage, SubmitButton, submitKeepingValues } from "@/components/admin/form";
import type { ActionState } from "@/auth/action";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;
export type EditableProcedure = { id?: number; code: string; name: string; field: string; level: string; processingTime: string; fee: string; agency: string };

export function ProcedureForm({ action, procedure, levels, submitLabel }: { action: Action; procedure: EditableProcedure; levels: readonly string[]; submitLabel: string }) {
  const [state, dispatch] = useActionState<ActionState, FormData>(action, {});
  const levelErrors = state.errors?.level;
  return (
    <form action={dispatch} onSubmit={submitKeepingValues(dispatch)} className="flex flex-col gap-4" aria-label="Thông tin thủ tục" noValidate>
      {procedure.id && <input type="hidden" name="id" value={procedure.id} />}
      <div className="grid gap-4 sm:grid-cols-[12rem_minmax(0,1fr)]">
        <Field name="code" label="Mã TTHC" required state={state} defaultValue={procedure.code} placeholder="1.001234" hint="Theo Cơ sở dữ liệu quốc gia về TTHC." />
        <Field name="name" label="Tên thủ tục" required state={state} defaultValue={procedure.name} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="field" label="Lĩnh vực" required state={state} defaultValue={procedure.field} />
        <Field name="level" label="Mức độ" required state={state}>
          <select id="f-level" name="level" defaultValue={procedure.level} aria-invalid={levelErrors?.length ? true : undefined} aria-describedby={levelErrors?.length ? "f-level-error" : undefined} className="w-full rounded border border-stone-300 bg-white px-3 py-2">
            <option value="">— Chọn —</option>
            {levels.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="processingTime" label="Thời hạn giải quyết" state={state} defaultValue={procedure.processingTime} />
        <Field name="fee" label="Phí, lệ phí" state={state} defaultValue={procedure.fee} />
      </div>
      <Field name="agency" label="Cơ quan thực hiện" state={state} defaultValue={procedure.agency} />
      <FormFooter state={state}>{submitLabel}</FormFooter>
    </form>
  );
}

export function ImportForm({ action }: { action: Action }) {
  const [state, dispatch] = useActionState<ActionState, FormData>(action, {});
  const rows = state.errors?.rows ?? [];
  const fileErrors = state.errors?.file;
  return (
    <form action={dispatch} className="flex flex-col gap-3" aria-label="Nhập thủ tục từ tệp CSV">
      <div className="flex flex-col gap-1">
        <label htmlFor="f-file" className="text-sm font-semibold">
          Tệp CSV
        </label>
        <input id="f-file" name="file" type="file" accept=".csv,text/csv" required aria-describedby={`f-file-hint${fileErrors?.length ? " f-file-error" : ""}${rows.length ? " f-rows" : ""}`} className="text-sm" />
        <p id="f-file-hint" className="text-xs text-muted">
          Theo tệp mẫu; UTF-8, phân cách bằng dấu phẩy hoặc chấm phẩy. Mã đã có thì cập nhật thủ tục đó. Có dòng sai thì không nhập dòng nào.
        </p>
        {fileErrors?.length ? (
          <p id="f-file-error" className="text-sm text-red-700">
            {fileErrors.join(" ")}
          </p>
        ) : null}
      </div>
      <FormMessage state={state} />
      {rows.length > 0 && (
        <ul id="f-rows" className="list-disc space-y-0.5 pl-5 text-sm text-red-800">
          {rows.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
      <div>
        <SubmitButton>Nhập tệp</SubmitButton>
      </div>
    </form>
  );
}

export function DeleteForm({ action, id }: { action: Action; id: number }) {
  const [state, dispatch] = useActionState<ActionState, FormData>(action, {});
  return (
    <form action={dispatch} className="flex flex-col gap-3" aria-label="Xóa thủ tục">
      <input type="hidden" name="id" value={id} />
      <FormFooter state={state} variant="secondary">
        Xóa thủ tục
      </FormFooter>
    </form>
  );
}
