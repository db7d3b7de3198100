"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/admin/form";
import type { ActionState } from "@/auth/action";

type RowAction = (previous: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * ↑ ↓ and "Xóa" for one row of an ordered list (categories, units, leaders): each a form
 * posting the row's `id` (and `direction`) to the entity's own actions, so they work before
 * the page's JavaScript has loaded. `confirmDelete` is asked before deleting.
 */
export function RowCommands({
  id,
  name,
  first,
  last,
  move: moveAction,
  remove: removeAction,
  confirmDelete,
  className = "flex flex-col items-end gap-1",
}: {
  id: number;
  name: string;
  first: boolean;
  last: boolean;
  move: RowAction;
  remove: RowAction;
  confirmDelete?: string;
  className?: string;
}) {
  const [moveState, move] = useActionState<ActionState, FormData>(moveAction, {});
  const [deleteState, remove] = useActionState<ActionState, FormData>(removeAction, {});
  return (
    <div className={className}>
      <div className="flex flex-wrap gap-2">
        {(["up", "down"] as const).map((direction) => (
          <form key={direction} action={move}>
            <input type="hidden" name="id" value={id} />
            <input type="hidden" name="direction" value={direction} />
            <button type="submit" disabled={direction === "up" ? first : last} className="rounded border border-stone-300 px-2.5 py-1 text-sm disabled:opacity-40" aria-label={`${direction === "up" ? "Lên" : "Xuống"}: ${name}`}>
              {direction === "up" ? "↑" : "↓"}
            </button>
          </form>
        ))}
        <form
          action={remove}
          onSubmit={(e) => {
            if (confirmDelete && !confirm(confirmDelete)) e.preventDefault();
          }}
        >
          <input type="hidden" name="id" value={id} />
          <SubmitButton variant="danger">Xóa</SubmitButton>
        </form>
      </div>
      {[moveState, deleteState].map((s, i) => (s.message ? <FormMessage key={i} state={s} /> : null))}
    </div>
  );
}
