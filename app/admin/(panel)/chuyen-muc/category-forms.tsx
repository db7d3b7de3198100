"use client";

import { useActionState } from "react";
import { Field, FormFooter, FormMessage, SubmitButton } from "@/components/admin/form";
import { RowCommands } from "@/components/admin/row-commands";
import type { ActionState } from "@/auth/action";
import { createCategoryAction, deleteCategoryAction, moveCategoryAction, updateCategoryAction } from "./actions";

type Parent = { id: number; name: string };
type CategoryRow = { id: number; slug: string; name: string; description: string; parentId: number | null; showOnHome: boolean; articleCount: number };

function ParentSelect({ id, parents, value, self }: { id: string; parents: Parent[]; value: number | null; self?: number }) {
  return (
    <select id={id} name="parentId" defaultValue={value ?? ""} className="w-full rounded border border-stone-300 bg-white px-3 py-2">
      <option value="">— Cấp trên cùng —</option>
      {parents
        .filter((p) => p.id !== self)
        .map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
    </select>
  );
}

export function CreateCategoryForm({ parents }: { parents: Parent[] }) {
  const [state, action] = useActionState<ActionState, FormData>(createCategoryAction, {});
  return (
    <form action={action} className="grid gap-4 md:grid-cols-2" aria-label="Tạo chuyên mục" noValidate>
      <Field name="name" label="Tên chuyên mục" required state={state} />
      <Field name="parentId" label="Thuộc nhóm" state={state}>
        <ParentSelect id="f-parentId" parents={parents} value={null} />
      </Field>
      <div className="md:col-span-2">
        <Field name="description" label="Mô tả" state={state} />
      </div>
      <label className="flex items-center gap-2 text-sm font-semibold">
        <input type="checkbox" name="showOnHome" defaultChecked className="h-4 w-4 accent-brand-600" />
        Hiện khối tin trên trang chủ
      </label>
      <FormFooter state={state} className="flex flex-col gap-2 md:col-span-2">Tạo chuyên mục</FormFooter>
    </form>
  );
}

export function CategoryRowForms({ category, parents, first, last }: { category: CategoryRow; parents: Parent[]; first: boolean; last: boolean }) {
  const [saveState, save] = useActionState<ActionState, FormData>(updateCategoryAction, {});
  const p = `c${category.id}`;
  const input = "w-full rounded border border-stone-300 px-2 py-1.5 text-sm";
  return (
    <div className="flex flex-col gap-2">
      <form action={save} className="grid items-end gap-2 md:grid-cols-[1.2fr_1fr_1fr_auto]" aria-label={`Sửa chuyên mục ${category.name}`} noValidate>
        <input type="hidden" name="id" value={category.id} />
        <div>
          <label htmlFor={`${p}-name`} className="text-xs font-semibold">Tên</label>
          <input id={`${p}-name`} name="name" defaultValue={category.name} className={input} />
        </div>
        <div>
          <label htmlFor={`${p}-slug`} className="text-xs font-semibold">Đường dẫn</label>
          <input id={`${p}-slug`} name="slug" defaultValue={category.slug} className={input} />
        </div>
        <div>
          <label htmlFor={`${p}-parent`} className="text-xs font-semibold">Thuộc nhóm</label>
          <ParentSelect id={`${p}-parent`} parents={parents} value={category.parentId} self={category.id} />
        </div>
        <SubmitButton variant="secondary">Lưu</SubmitButton>
        <input type="hidden" name="description" value={category.description} />
        <label className="flex items-center gap-2 text-xs font-semibold md:col-span-4">
          <input type="checkbox" name="showOnHome" defaultChecked={category.showOnHome} className="h-4 w-4 accent-brand-600" />
          Hiện trên trang chủ
        </label>
      </form>
      {saveState.message ? <FormMessage state={saveState} /> : null}
      <RowCommands id={category.id} name={category.name} first={first} last={last} move={moveCategoryAction} remove={deleteCategoryAction} className="flex flex-col items-start gap-1" />
    </div>
  );
}
