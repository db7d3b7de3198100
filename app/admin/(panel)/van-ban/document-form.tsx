"use client";

import { useActionState } from "react";
import { Field, FormMessage, SubmitButton, submitKeepingValues } from "@/components/admin/form";
import { DateTimeField } from "@/components/ui/date-time-field";
import type { ActionState } from "@/auth/action";
import { createDocumentAction, saveDocumentAction } from "./actions";

type Entry = { id: number; name: string };
export type DocumentValues = {
  id?: number;
  number: string;
  typeId: number | null;
  issuerId: number | null;
  fieldIds: number[];
  signer: string;
  signerTitle: string;
  issuedOn: string | null;
  effectiveOn: string | null;
  expiresOn: string | null;
  summary: string;
  sourceUrl: string;
};

const control = "w-full rounded border border-stone-300 bg-white px-3 py-2 text-ink focus:border-brand-600 aria-[invalid=true]:border-red-600";

/** The document's fields: the same form creates and edits; tình trạng is never typed (it follows from the dates). */
export function DocumentForm({ values, lists, canSave = true }: { values: DocumentValues; lists: { types: Entry[]; issuers: Entry[]; fields: Entry[] }; canSave?: boolean }) {
  const editing = values.id !== undefined;
  const [state, dispatch] = useActionState<ActionState, FormData>(editing ? saveDocumentAction : createDocumentAction, {});
  const select = (name: "typeId" | "issuerId", entries: Entry[], placeholder: string) => {
    const errors = state.errors?.[name];
    return (
      <select id={`f-${name}`} name={name} defaultValue={values[name] ?? ""} required aria-invalid={errors?.length ? true : undefined} aria-describedby={errors?.length ? `f-${name}-error` : undefined} className={control}>
        <option value="">{placeholder}</option>
        {entries.map((e) => (
          <option key={e.id} value={e.id}>
            {e.name}
          </option>
        ))}
      </select>
    );
  };
  const fieldErrors = state.errors?.fieldIds;
  return (
    <form action={dispatch} onSubmit={submitKeepingValues(dispatch)} className="grid gap-4 md:grid-cols-2" aria-label={editing ? "Sửa văn bản" : "Thêm văn bản"} noValidate>
      {editing && <input type="hidden" name="id" value={values.id} />}
      <Field name="number" label="Số/ký hiệu" required state={state} defaultValue={values.number} placeholder="123/QĐ-UBND" hint="Không trùng với văn bản khác của cùng cơ quan trong cùng năm." />
      <Field name="typeId" label="Loại văn bản" required state={state}>
        {select("typeId", lists.types, "— Chọn loại —")}
      </Field>
      <div className="md:col-span-2">
        <Field name="issuerId" label="Cơ quan ban hành" required state={state}>
          {select("issuerId", lists.issuers, "— Chọn cơ quan —")}
        </Field>
      </div>
      <div className="md:col-span-2">
        <label htmlFor="f-summary" className="text-sm font-semibold">
          Trích yếu<span className="text-red-700" aria-hidden="true"> *</span>
        </label>
        <textarea id="f-summary" name="summary" rows={3} required defaultValue={values.summary} aria-invalid={state.errors?.summary?.length ? true : undefined} aria-describedby={state.errors?.summary?.length ? "f-summary-error" : undefined} className={`mt-1 ${control}`} />
        {state.errors?.summary?.length ? (
          <p id="f-summary-error" className="text-sm text-red-700">
            {state.errors.summary.join(" ")}
          </p>
        ) : null}
      </div>
      <fieldset className="md:col-span-2" aria-describedby={fieldErrors?.length ? "f-fieldIds-error" : undefined}>
        <legend className="text-sm font-semibold">Lĩnh vực</legend>
        <div className="mt-1 flex flex-wrap gap-x-5 gap-y-2">
          {lists.fields.map((f, i) => (
            <label key={f.id} className="inline-flex items-center gap-2 text-sm">
              <input type="checkbox" name={`fieldIds.${i}`} value={f.id} defaultChecked={values.fieldIds.includes(f.id)} className="h-4 w-4 accent-brand-600" />
              {f.name}
            </label>
          ))}
        </div>
        {fieldErrors?.length ? (
          <p id="f-fieldIds-error" className="text-sm text-red-700">
            {fieldErrors.join(" ")}
          </p>
        ) : null}
      </fieldset>
      <Field name="signer" label="Người ký" state={state} defaultValue={values.signer} />
      <Field name="signerTitle" label="Chức vụ người ký" state={state} defaultValue={values.signerTitle} />
      <div className="grid gap-4 sm:grid-cols-3 md:col-span-2">
        <DateTimeField name="issuedOn" label="Ngày ban hành" withTime={false} required defaultValue={values.issuedOn} errors={state.errors?.issuedOn} />
        <DateTimeField name="effectiveOn" label="Ngày có hiệu lực" withTime={false} defaultValue={values.effectiveOn} errors={state.errors?.effectiveOn} hint="Để trống: có hiệu lực từ ngày ban hành." />
        <DateTimeField name="expiresOn" label="Ngày hết hiệu lực" withTime={false} defaultValue={values.expiresOn} errors={state.errors?.expiresOn} hint="Để trống nếu không có thời hạn." />
      </div>
      <div className="md:col-span-2">
        <Field name="sourceUrl" label="Đường dẫn văn bản gốc (nguồn chính thức)" type="url" state={state} defaultValue={values.sourceUrl} placeholder="https://vanban.chinhphu.vn/…" />
      </div>
      <p className="text-sm text-muted md:col-span-2">Tình trạng hiệu lực (chưa có hiệu lực, còn hiệu lực, hết hiệu lực, bị thay thế) được tính tự động từ các ngày trên và các văn bản thay thế.</p>
      <div className="flex flex-col gap-2 md:col-span-2">
        <FormMessage state={state} />
        {canSave && (
          <div>
            <SubmitButton pendingText="Đang lưu…">{editing ? "Lưu" : "Tạo văn bản"}</SubmitButton>
          </div>
        )}
      </div>
    </form>
  );
}
