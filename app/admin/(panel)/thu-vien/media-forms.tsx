"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/admin/form";
import type { ActionState } from "@/auth/action";
import { deleteMediaAction, updateMediaTextAction } from "./actions";

const control = "w-full rounded border border-stone-300 bg-white px-2 py-1.5 text-sm focus:border-brand-600 aria-[invalid=true]:border-red-600";

/** Per-image form: ids carry the media id, since a page shows many of these. */
export function MediaTextForm({ id, alt, caption, name }: { id: number; alt: string; caption: string; name: string }) {
  const [state, action] = useActionState<ActionState, FormData>(updateMediaTextAction, {});
  const prefix = `m${id}`;
  const altError = state.errors?.alt;
  return (
    <form action={action} className="flex flex-col gap-2" aria-label={`Mô tả ảnh ${name}`} noValidate>
      <input type="hidden" name="id" value={id} />
      <div>
        <label htmlFor={`${prefix}-alt`} className="text-xs font-semibold">
          Mô tả ảnh (alt)<span className="text-red-700" aria-hidden="true"> *</span>
        </label>
        <input
          id={`${prefix}-alt`}
          name="alt"
          defaultValue={alt}
          required
          aria-invalid={altError?.length ? true : undefined}
          aria-describedby={altError?.length ? `${prefix}-alt-error` : undefined}
          className={control}
        />
        {altError?.length ? (
          <p id={`${prefix}-alt-error`} className="text-xs text-red-700">
            {altError.join(" ")}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor={`${prefix}-caption`} className="text-xs font-semibold">
          Chú thích
        </label>
        <input id={`${prefix}-caption`} name="caption" defaultValue={caption} className={control} />
      </div>
      <div>
        <SubmitButton variant="secondary">Lưu mô tả</SubmitButton>
      </div>
      {state.message && <FormMessage state={state} />}
    </form>
  );
}

export function DeleteMediaForm({ id, name, inUse }: { id: number; name: string; inUse: boolean }) {
  const [state, action] = useActionState<ActionState, FormData>(deleteMediaAction, {});
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (!inUse && !window.confirm(`Xóa hẳn ảnh "${name}"? Không thể hoàn tác.`)) e.preventDefault();
      }}
      aria-label={`Xóa ảnh ${name}`}
    >
      <input type="hidden" name="id" value={id} />
      <SubmitButton variant="danger">Xóa ảnh</SubmitButton>
      {state.message && (
        <div className="mt-2">
          <FormMessage state={state} />
        </div>
      )}
    </form>
  );
}
