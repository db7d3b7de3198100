"use client";

import { useActionState } from "react";
import { Field, FormFooter, FormMessage, SubmitButton } from "@/components/admin/form";
import type { ActionState } from "@/auth/action";
import { createAlbumAction, deleteAlbumAction, publishAction, updateAlbumAction } from "./actions";

function DescriptionField({ state, defaultValue }: { state: ActionState; defaultValue?: string }) {
  return (
    <Field name="description" label="Mô tả" state={state}>
      <textarea id="f-description" name="description" rows={3} defaultValue={defaultValue} className="w-full rounded border border-stone-300 bg-white px-3 py-2 text-ink focus:border-brand-600" />
    </Field>
  );
}

export function CreateAlbumForm() {
  const [state, action] = useActionState<ActionState, FormData>(createAlbumAction, {});
  return (
    <form action={action} className="grid gap-4" aria-label="Tạo album" noValidate>
      <Field name="title" label="Tên album" required state={state} hint="Địa chỉ của album được tạo từ tên (không dấu)." />
      <DescriptionField state={state} />
      <FormFooter state={state}>Tạo album</FormFooter>
    </form>
  );
}

export function AlbumDetailsForm({ id, title, description }: { id: number; title: string; description: string }) {
  const [state, action] = useActionState<ActionState, FormData>(updateAlbumAction, {});
  return (
    <form action={action} className="grid gap-4" aria-label="Thông tin album" noValidate>
      <input type="hidden" name="id" value={id} />
      <Field name="title" label="Tên album" required state={state} defaultValue={title} />
      <DescriptionField state={state} defaultValue={description} />
      <FormFooter state={state}>Lưu thông tin</FormFooter>
    </form>
  );
}

export function PublishForm({ id, published }: { id: number; published: boolean }) {
  const [state, action] = useActionState<ActionState, FormData>(publishAction, {});
  return (
    <form action={action} className="flex flex-col gap-2" aria-label="Trạng thái xuất bản">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="published" value={String(!published)} />
      <div>
        <SubmitButton variant={published ? "secondary" : "primary"}>{published ? "Ngừng xuất bản" : "Xuất bản album"}</SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}

export function DeleteAlbumForm({ id, title }: { id: number; title: string }) {
  const [state, action] = useActionState<ActionState, FormData>(deleteAlbumAction, {});
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (!window.confirm(`Xóa album "${title}"? Ảnh vẫn còn trong thư viện.`)) e.preventDefault();
      }}
      className="flex flex-col gap-2"
      aria-label="Xóa album"
    >
      <input type="hidden" name="id" value={id} />
      <div>
        <SubmitButton variant="danger">Xóa album</SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
