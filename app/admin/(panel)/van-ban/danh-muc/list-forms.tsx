"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/admin/form";
import type { ActionState } from "@/auth/action";
import { createListEntryAction, deleteListEntryAction, renameListEntryAction } from "../actions";

const control = "w-full rounded border border-stone-300 bg-white px-2 py-1.5 text-sm";

export function CreateEntryForm({ kind, label }: { kind: string; label: string }) {
  const [state, action] = useActionState<ActionState, FormData>(createListEntryAction, {});
  const id = `moi-${kind}`;
  return (
    <form action={action} className="flex flex-col gap-2" aria-label={`Thêm ${label.toLowerCase()}`}>
      <input type="hidden" name="kind" value={kind} />
      <label htmlFor={id} className="text-sm font-semibold">
        Thêm {label.toLowerCase()}
      </label>
      <input id={id} name="name" required className={control} aria-invalid={state.errors?.name ? true : undefined} aria-describedby={state.errors?.name ? `${id}-error` : undefined} />
      {state.errors?.name && (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {state.errors.name.join(" ")}
        </p>
      )}
      <div>
        <SubmitButton variant="secondary">Thêm</SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}

export function EntryRowForms({ kind, entry }: { kind: string; entry: { id: number; name: string; slug: string; documentCount: number } }) {
  const [saveState, save] = useActionState<ActionState, FormData>(renameListEntryAction, {});
  const [removeState, remove] = useActionState<ActionState, FormData>(deleteListEntryAction, {});
  const id = `ten-${kind}-${entry.id}`;
  return (
    <div className="flex flex-col gap-1">
      <form action={save} className="flex items-end gap-2" aria-label={`Sửa ${entry.name}`}>
        <input type="hidden" name="kind" value={kind} />
        <input type="hidden" name="id" value={entry.id} />
        <div className="min-w-0 flex-1">
          <label htmlFor={id} className="sr-only">
            Tên
          </label>
          <input id={id} name="name" defaultValue={entry.name} className={control} />
        </div>
        <SubmitButton variant="secondary">Lưu</SubmitButton>
      </form>
      <div className="flex items-center justify-between gap-2 text-xs text-muted">
        <span>
          {entry.documentCount} văn bản · {entry.slug}
        </span>
        {entry.documentCount === 0 && (
          <form action={remove}>
            <input type="hidden" name="kind" value={kind} />
            <input type="hidden" name="id" value={entry.id} />
            <button type="submit" className="rounded border border-red-300 px-2 py-0.5 text-red-800 hover:bg-red-50">
              Xóa<span className="sr-only"> {entry.name}</span>
            </button>
          </form>
        )}
      </div>
      <FormMessage state={saveState} />
      <FormMessage state={removeState} />
    </div>
  );
}
