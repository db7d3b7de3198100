"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/admin/form";
import { RichTextEditor } from "@/components/admin/rich-text-editor";
import type { ActionState } from "@/auth/action";
import { saveReportAction } from "./actions";

/** Báo cáo tiếp thu, giải trình: what was accepted and why, published on the draft's page. */
export function ReportForm({ id, html, published, maxUploadBytes }: { id: number; html: string; published: boolean; maxUploadBytes: number }) {
  const [state, action] = useActionState<ActionState, FormData>(saveReportAction, {});
  return (
    <form action={action} className="flex flex-col gap-3" aria-label="Báo cáo tiếp thu, giải trình" noValidate>
      <input type="hidden" name="id" value={id} />
      <span id="nhan-bao-cao" className="text-sm font-semibold">
        Nội dung báo cáo
      </span>
      <RichTextEditor name="report" initialHtml={html} maxUploadBytes={maxUploadBytes} labelId="nhan-bao-cao" />
      {state.errors?.report?.length ? <p className="text-sm text-red-700">{state.errors.report.join(" ")}</p> : null}
      <FormMessage state={state} />
      <div className="flex flex-wrap gap-2">
        <button type="submit" name="intent" value="publish" className="rounded bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
          {published ? "Lưu và công bố lại" : "Công bố báo cáo"}
        </button>
        {published && (
          <button type="submit" name="intent" value="unpublish" className="rounded border border-stone-300 bg-white px-4 py-2 text-sm font-semibold text-ink hover:border-brand-600">
            Gỡ báo cáo khỏi cổng
          </button>
        )}
      </div>
    </form>
  );
}
