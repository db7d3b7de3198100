"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/admin/form";
import type { ActionState } from "@/auth/action";
import { RELATION_KINDS, RELATION_LABELS } from "@/lib/document-state";
import { addRelationAction, removeRelationAction } from "../actions";

const control = "w-full rounded border border-stone-300 bg-white px-3 py-2 text-sm";

export function AddRelationForm({ id, targets }: { id: number; targets: { id: number; label: string }[] }) {
  const [state, action] = useActionState<ActionState, FormData>(addRelationAction, {});
  return (
    <form action={action} className="grid gap-3 md:grid-cols-[180px_minmax(0,1fr)_auto] md:items-end" aria-label="Thêm văn bản liên quan">
      <input type="hidden" name="id" value={id} />
      <div className="flex flex-col gap-1">
        <label htmlFor="quan-he-kind" className="text-sm font-semibold">
          Văn bản này
        </label>
        <select id="quan-he-kind" name="kind" defaultValue="replaces" className={control}>
          {RELATION_KINDS.map((k) => (
            <option key={k} value={k}>
              {RELATION_LABELS[k].outgoing}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="quan-he-target" className="text-sm font-semibold">
          Văn bản
        </label>
        <select id="quan-he-target" name="targetId" defaultValue="" aria-invalid={state.errors?.targetId ? true : undefined} aria-describedby={state.errors?.targetId ? "quan-he-target-error" : undefined} className={control}>
          <option value="">— Chọn văn bản —</option>
          {targets.map((t) => (
            <option key={t.id} value={t.id}>
              {t.label}
            </option>
          ))}
        </select>
        {state.errors?.targetId && (
          <p id="quan-he-target-error" className="text-sm text-red-700">
            {state.errors.targetId.join(" ")}
          </p>
        )}
      </div>
      <div>
        <SubmitButton variant="secondary">Thêm quan hệ</SubmitButton>
      </div>
      <div className="md:col-span-3">
        <FormMessage state={state} />
      </div>
    </form>
  );
}

export function RemoveRelationButton({ id, fromId, toId, kind, label }: { id: number; fromId: number; toId: number; kind: string; label: string }) {
  const [state, action] = useActionState<ActionState, FormData>(removeRelationAction, {});
  return (
    <form action={action} className="inline">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="fromId" value={fromId} />
      <input type="hidden" name="toId" value={toId} />
      <input type="hidden" name="kind" value={kind} />
      <button type="submit" className="rounded border border-red-300 px-2 py-0.5 text-xs text-red-800 hover:bg-red-50">
        Gỡ<span className="sr-only"> quan hệ {label}</span>
      </button>
      {state.message && !state.ok && <span className="ml-2 text-xs text-red-800">{state.message}</span>}
    </form>
  );
}
