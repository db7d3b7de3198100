"use client";

import { useActionState, useState } from "react";
import { FormFooter, FormMessage, SubmitButton, submitKeepingValues } from "@/components/admin/form";
import type { ActionState } from "@/auth/action";
import { resetMenuAction, saveMenuAction } from "./actions";

type Item = { ref: string; href: string; label: string; defaultLabel: string; visible: boolean };

export function MenuEditor({ items: initial }: { items: Item[] }) {
  const [items, setItems] = useState(initial);
  const [state, action] = useActionState<ActionState, FormData>(saveMenuAction, {});
  const [resetState, reset] = useActionState<ActionState, FormData>(resetMenuAction, {});
  const move = (index: number, by: -1 | 1) => {
    const next = items.slice();
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item!);
    setItems(next);
  };
  const update = (index: number, change: Partial<Item>) => setItems(items.map((item, i) => (i === index ? { ...item, ...change } : item)));
  return (
    <div className="flex flex-col gap-4">
      <form onSubmit={submitKeepingValues(action)} className="flex flex-col gap-3" aria-label="Sửa trình đơn" noValidate>
        <ol className="divide-y divide-stone-200">
          {items.map((item, index) => {
            const id = `menu-${index}`;
            const errors = state.errors?.[`items.${index}.label`];
            return (
              <li key={item.ref} className="grid items-center gap-2 py-2 md:grid-cols-[2fr_1fr_auto_auto]" data-testid="menu-item">
                <input type="hidden" name={`items.${index}.ref`} value={item.ref} />
                <div className="flex flex-col gap-1">
                  <label htmlFor={`${id}-label`} className="text-xs font-semibold">
                    Tên hiển thị <span className="font-normal text-muted">({item.href})</span>
                  </label>
                  <input id={`${id}-label`} name={`items.${index}.label`} value={item.label} placeholder={item.defaultLabel} onChange={(e) => update(index, { label: e.target.value })} className="w-full rounded border border-stone-300 px-2 py-1.5 text-sm" aria-invalid={errors?.length ? true : undefined} aria-describedby={errors?.length ? `${id}-error` : undefined} />
                  {errors?.length ? <p id={`${id}-error`} className="text-sm text-red-700">{errors.join(" ")}</p> : null}
                </div>
                <label className="flex items-center gap-2 text-sm">
                  <input type="checkbox" name={`items.${index}.visible`} checked={item.visible} onChange={(e) => update(index, { visible: e.target.checked })} className="h-4 w-4 accent-brand-600" />
                  Hiện<span className="sr-only">: {item.label || item.defaultLabel}</span>
                </label>
                <div className="flex gap-1">
                  <button type="button" disabled={index === 0} onClick={() => move(index, -1)} className="rounded border border-stone-300 px-2.5 py-1 text-sm disabled:opacity-40" aria-label={`Lên: ${item.label || item.defaultLabel}`}>↑</button>
                  <button type="button" disabled={index === items.length - 1} onClick={() => move(index, 1)} className="rounded border border-stone-300 px-2.5 py-1 text-sm disabled:opacity-40" aria-label={`Xuống: ${item.label || item.defaultLabel}`}>↓</button>
                </div>
                <button type="button" className="text-xs text-brand-700 underline" onClick={() => update(index, { label: item.defaultLabel })}>
                  Tên gốc<span className="sr-only">: {item.defaultLabel}</span>
                </button>
              </li>
            );
          })}
        </ol>
        <FormFooter state={state}>Lưu trình đơn</FormFooter>
      </form>
      <form action={reset} className="flex flex-col gap-2 border-t border-stone-200 pt-3">
        <div>
          <SubmitButton variant="secondary">Khôi phục trình đơn mặc định</SubmitButton>
        </div>
        <FormMessage state={resetState} />
      </form>
    </div>
  );
}
