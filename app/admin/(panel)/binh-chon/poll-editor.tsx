"use client";

import { useActionState, useRef, useState } from "react";
import { Field, FormFooter, submitKeepingValues } from "@/components/admin/form";
import { DateTimeField } from "@/components/ui/date-time-field";
import type { ActionState } from "@/auth/action";

export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 10;

export type EditablePoll = {
  question: string;
  options: string[];
  /** Instants (ISO strings), or null when not set. */
  opensAt: string | null;
  closesAt: string | null;
  showOnHome: boolean;
  /** Votes exist: the options are shown but cannot change. */
  locked: boolean;
};

const EMPTY: EditablePoll = { question: "", options: ["", ""], opensAt: null, closesAt: null, showOnHome: false, locked: false };

/**
 * Create and edit form. Submitted from onSubmit, so a refused save keeps what the
 * editor typed (a form action would reset the inputs); option rows are added and
 * removed here, named options.0, options.1… for the server (lib/form-data.ts).
 */
export function PollEditor({ action, poll = EMPTY, submitLabel }: { action: (state: ActionState, formData: FormData) => Promise<ActionState>; poll?: EditablePoll; submitLabel: string }) {
  const [state, dispatch] = useActionState<ActionState, FormData>(action, {});
  const nextKey = useRef(poll.options.length);
  const [rows, setRows] = useState(() => poll.options.map((value, key) => ({ key, value })));
  const errors = state.errors ?? {};

  function addRow() {
    setRows((current) => [...current, { key: nextKey.current++, value: "" }]);
  }
  function removeRow(key: number) {
    setRows((current) => current.filter((r) => r.key !== key));
  }

  return (
    <form
      action={dispatch}
      onSubmit={submitKeepingValues(dispatch)}
      className="flex flex-col gap-5"
      aria-label="Nội dung cuộc bình chọn"
      noValidate
    >
      <Field name="question" label="Câu hỏi" required state={state} defaultValue={poll.question} placeholder="Ví dụ: Bạn đánh giá thế nào về dịch vụ công?" />

      <fieldset className="flex flex-col gap-3" aria-describedby={errors.options?.length ? "f-options-error" : "f-options-hint"}>
        <legend className="mb-1 text-sm font-semibold">
          Phương án trả lời<span className="text-red-700" aria-hidden="true"> *</span>
        </legend>
        {poll.locked ? (
          <>
            <ol className="list-decimal space-y-1 rounded border border-stone-200 bg-stone-50 py-3 pl-9 pr-3 text-sm">
              {poll.options.map((option, i) => (
                <li key={i}>{option}</li>
              ))}
            </ol>
            <p id="f-options-hint" className="rounded bg-amber-50 px-3 py-2 text-sm text-amber-900">
              Đã có người bình chọn nên không thể sửa các phương án (nếu sửa, phiếu đã bầu sẽ sai nghĩa). Bạn vẫn sửa được câu hỏi và thời gian, đóng bình chọn, hoặc nhân bản
              thành cuộc bình chọn mới để đổi phương án.
            </p>
          </>
        ) : (
          <>
            <p id="f-options-hint" className="text-xs text-muted">
              Từ {MIN_OPTIONS} đến {MAX_OPTIONS} phương án, không trùng nhau. Sau khi có phiếu bình chọn, các phương án sẽ bị khóa.
            </p>
            <ol className="flex flex-col gap-2">
              {rows.map((row, i) => (
                <li key={row.key} className="flex items-start gap-2">
                  <span className="mt-2 w-6 shrink-0 text-right text-sm font-semibold tabular-nums text-muted" aria-hidden="true">
                    {i + 1}.
                  </span>
                  <div className="min-w-0 flex-1 [&_label]:sr-only">
                    <Field name={`options.${i}`} label={`Phương án ${i + 1}`} state={state} defaultValue={row.value} />
                  </div>
                  <button
                    type="button"
                    onClick={() => removeRow(row.key)}
                    disabled={rows.length <= MIN_OPTIONS}
                    aria-label={`Xóa phương án ${i + 1}`}
                    title={rows.length <= MIN_OPTIONS ? `Cần ít nhất ${MIN_OPTIONS} phương án` : undefined}
                    className="mt-1 rounded border border-stone-300 bg-white px-3 py-1.5 text-sm text-red-800 hover:border-red-400 disabled:cursor-not-allowed disabled:opacity-40"
                  >
                    Xóa
                  </button>
                </li>
              ))}
            </ol>
            {errors.options?.length ? (
              <p id="f-options-error" className="text-sm text-red-700">
                {errors.options.join(" ")}
              </p>
            ) : null}
            <div>
              <button
                type="button"
                onClick={addRow}
                disabled={rows.length >= MAX_OPTIONS}
                className="rounded border border-dashed border-stone-400 bg-white px-3 py-1.5 text-sm font-semibold text-brand-700 hover:border-brand-600 disabled:cursor-not-allowed disabled:opacity-50"
              >
                + Thêm phương án
              </button>
              {rows.length >= MAX_OPTIONS && <span className="ml-2 text-xs text-muted">Đã đủ {MAX_OPTIONS} phương án.</span>}
            </div>
          </>
        )}
      </fieldset>

      <div className="grid gap-4 lg:grid-cols-2">
        <DateTimeField name="opensAt" label="Mở từ" defaultValue={poll.opensAt} errors={errors.opensAt} hint="Giờ Việt Nam, 24 giờ. Để trống: mở ngay." />
        <DateTimeField name="closesAt" label="Đóng lúc" defaultValue={poll.closesAt} errors={errors.closesAt} hint="Giờ Việt Nam, 24 giờ. Để trống: không tự đóng." />
      </div>

      <div className="flex items-start gap-2.5">
        <input id="f-showOnHome" name="showOnHome" type="checkbox" defaultChecked={poll.showOnHome} className="mt-1 h-4 w-4 accent-brand-600" aria-describedby="f-showOnHome-hint" />
        <div>
          <label htmlFor="f-showOnHome" className="text-sm font-semibold">
            Hiện trên trang chủ
          </label>
          <p id="f-showOnHome-hint" className="text-xs text-muted">
            Trang chủ hiện cuộc bình chọn mới nhất được đánh dấu.
          </p>
        </div>
      </div>

      <FormFooter state={state} className="flex flex-col gap-3 border-t border-stone-200 pt-4">{submitLabel}</FormFooter>
    </form>
  );
}
