"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/admin/form";
import type { ActionState } from "@/auth/action";

/** "Khôi phục" beside one revision in an entity's history (articles, documents). */
export function RestoreRevisionButton({
  action: restore,
  id,
  revisionId,
}: {
  /** The entity's restore action: reads `id` and `revisionId` from the form. */
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  id: number;
  revisionId: number;
}) {
  const [state, action] = useActionState<ActionState, FormData>(restore, {});
  return (
    <form action={action} className="flex flex-col gap-1" aria-label={`Khôi phục phiên bản ${revisionId}`}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="revisionId" value={revisionId} />
      <SubmitButton variant="secondary">Khôi phục</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
