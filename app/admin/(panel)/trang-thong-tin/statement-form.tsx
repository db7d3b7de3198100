"use client";

import { useActionState } from "react";
import { FormFooter } from "@/components/admin/form";
import { RichTextEditor } from "@/components/admin/rich-text-editor";
import type { ActionState } from "@/auth/action";
import { saveStatementAction } from "./actions";

export function StatementForm({ page, title, html, maxUploadBytes }: { page: string; title: string; html: string; maxUploadBytes: number }) {
  const [state, action] = useActionState<ActionState, FormData>(saveStatementAction, {});
  const labelId = `nhan-${page}`;
  return (
    <form action={action} className="flex flex-col gap-3" aria-label={`Sửa ${title}`} noValidate>
      <input type="hidden" name="page" value={page} />
      <span id={labelId} className="text-sm font-semibold">Nội dung</span>
      <RichTextEditor name="html" initialHtml={html} maxUploadBytes={maxUploadBytes} labelId={labelId} />
      {state.errors?.html?.length ? <p className="text-sm text-red-700">{state.errors.html.join(" ")}</p> : null}
      <FormFooter state={state}>Lưu</FormFooter>
    </form>
  );
}
