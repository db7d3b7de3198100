"use client";

import { useActionState, useState } from "react";
import { FormMessage } from "@/components/admin/form";
import type { ActionState } from "@/auth/action";
import { bulkArticlesAction } from "./actions";

export const BULK_FORM_ID = "thao-tac-hang-loat";

/** The rows' checkboxes belong to this form through their `form` attribute, so the table stays server-rendered. */
export function BulkActions({ categories }: { categories: { id: number; name: string }[] }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(bulkArticlesAction, {});
  const [operation, setOperation] = useState("");
  const control = "rounded border border-stone-300 bg-white px-2 py-1.5 text-sm";
  return (
    <form id={BULK_FORM_ID} action={action} aria-label="Thao tác hàng loạt" className="mb-3 flex flex-col gap-2" noValidate>
      <div className="flex flex-wrap items-end gap-2">
        <div className="flex flex-col gap-1">
          <label htmlFor="bulk-operation" className="text-xs font-semibold">
            Với các bài đã chọn
          </label>
          <select id="bulk-operation" name="operation" value={operation} onChange={(e) => setOperation(e.target.value)} className={control} aria-describedby={state.errors?.operation ? "bulk-operation-error" : undefined}>
            <option value="">— Chọn thao tác —</option>
            <option value="publish">Xuất bản</option>
            <option value="archive">Gỡ bài</option>
            <option value="move">Chuyển chuyên mục</option>
          </select>
        </div>
        {operation === "move" && (
          <div className="flex flex-col gap-1">
            <label htmlFor="bulk-category" className="text-xs font-semibold">
              Chuyển đến
            </label>
            <select id="bulk-category" name="categoryId" defaultValue="" className={control}>
              <option value="">— Chọn chuyên mục —</option>
              {categories.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <button type="submit" disabled={pending} className="rounded bg-brand-600 px-4 py-1.5 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60">
          {pending ? "Đang thực hiện…" : "Áp dụng"}
        </button>
      </div>
      {Object.entries(state.errors ?? {}).map(([field, messages]) => (
        <p key={field} id={`bulk-${field}-error`} className="text-sm text-red-700">
          {messages?.join(" ")}
        </p>
      ))}
      <FormMessage state={state.errors ? { ok: false } : state} />
    </form>
  );
}

/** Ticks or clears every row on this page; part of the bulk form too, so it clears when the form resets after an action. */
export function SelectAll() {
  return (
    <input
      type="checkbox"
      form={BULK_FORM_ID}
      aria-label="Chọn tất cả bài trên trang này"
      className="h-4 w-4 accent-brand-600"
      onChange={(e) => {
        for (const box of document.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][form="${BULK_FORM_ID}"]`)) box.checked = e.target.checked;
      }}
    />
  );
}
