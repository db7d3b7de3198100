"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/admin/form";
import type { ActionState } from "@/lib/auth/action";
import { restoreDocumentRevisionAction } from "../../actions";

export function RestoreDocumentButton({ documentId, revisionId }: { documentId: number; revisionId: number }) {
  const [state, action] = useActionState<ActionState, FormData>(restoreDocumentRevisionAction, {});
  return (
    <form action={action} className="flex flex-col gap-1" aria-label={`Khôi phục phiên bản ${revisionId}`}>
      <input type="hidden" name="id" value={documentId} />
      <input type="hidden" name="revisionId" value={revisionId} />
      <SubmitButton variant="secondary">Khôi phục</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
