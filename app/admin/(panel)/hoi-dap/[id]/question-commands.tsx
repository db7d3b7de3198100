"use client";

import { useActionState } from "react";
import { Card } from "@/components/admin/card";
import { Field, FormFooter, FormMessage, SubmitButton } from "@/components/admin/form";
import type { ActionState } from "@/auth/action";
import {
  assignAction,
  markSpamAction,
  publishAnswerAction,
  rejectAction,
  saveAnswerAction,
  sendBackAction,
  viewContactAction,
  type ContactState,
} from "../actions";

export function ContactBox({ id }: { id: number }) {
  const [state, action] = useActionState<ContactState, FormData>(viewContactAction, {});
  return (
    <div className="flex flex-col gap-2">
      {state.contact ? (
        <dl className="grid grid-cols-[8rem_1fr] gap-1 text-sm" data-testid="asker-contact">
          <dt className="text-muted">Họ và tên</dt>
          <dd>{state.contact.name}</dd>
          <dt className="text-muted">Thư điện tử</dt>
          <dd>{state.contact.email || "—"}</dd>
          <dt className="text-muted">Điện thoại</dt>
          <dd>{state.contact.phone || "—"}</dd>
          <dt className="text-muted">Địa chỉ</dt>
          <dd>{state.contact.address || "—"}</dd>
        </dl>
      ) : (
        <form action={action}>
          <input type="hidden" name="id" value={id} />
          <p className="mb-2 text-sm text-muted">Thông tin liên hệ được mã hóa; mỗi lần xem được ghi vào nhật ký hoạt động.</p>
          <SubmitButton variant="secondary">Xem thông tin liên hệ</SubmitButton>
        </form>
      )}
      <FormMessage state={state} />
    </div>
  );
}

export function AssignForm({ id, unitName, units }: { id: number; unitName: string; units: string[] }) {
  const [state, action] = useActionState<ActionState, FormData>(assignAction, {});
  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="id" value={id} />
      <Field name="unitName" label="Đơn vị xử lý" state={state} defaultValue={unitName} required hint="Chọn gợi ý hoặc gõ tên đơn vị.">
        <>
          <input id="f-unitName" name="unitName" list="don-vi-goi-y" defaultValue={unitName} required maxLength={200} aria-invalid={state.errors?.unitName ? true : undefined} aria-describedby={`f-unitName-hint${state.errors?.unitName ? " f-unitName-error" : ""}`} className="w-full rounded border border-stone-300 bg-white px-3 py-2" />
          <datalist id="don-vi-goi-y">
            {units.map((u) => (
              <option key={u} value={u} />
            ))}
          </datalist>
        </>
      </Field>
      <FormFooter state={state} variant="secondary">
        Phân công
      </FormFooter>
    </form>
  );
}

/**
 * Drafting an answer and reviewing it, in one component: sending for review or publishing
 * moves the question on, which swaps the form shown, so the outcome is said here, where it
 * stays on screen whichever step the question is at now.
 */
export function AnswerWorkflow({
  id,
  answer,
  attachments,
  drafting,
  waiting,
  reviewing,
  answerView,
}: {
  id: number;
  answer: string;
  attachments: number[];
  drafting: boolean;
  /** The answer waits for an editor's review. */
  waiting: boolean;
  /** …and this person may publish it. */
  reviewing: boolean;
  /** The answer as readers will see it (rendered on the server), shown once it is no longer a draft. */
  answerView: React.ReactNode;
}) {
  const [saveState, save] = useActionState<ActionState, FormData>(saveAnswerAction, {});
  const [publishState, publish] = useActionState<ActionState, FormData>(publishAnswerAction, {});
  const [backState, back] = useActionState<ActionState, FormData>(sendBackAction, {});
  // The step the question has left shows no form of its own any more: its outcome shows here.
  const outcome = !drafting && saveState.message ? saveState : !reviewing && (publishState.message || backState.message) ? (publishState.message ? publishState : backState) : {};
  return (
    <>
      <FormMessage state={outcome} />
      {drafting && (
        <Card title="Soạn trả lời">
          <form action={save} className="flex flex-col gap-3">
            <input type="hidden" name="id" value={id} />
            <Field name="answer" label="Nội dung trả lời" state={saveState} required>
              <textarea id="f-answer" name="answer" rows={10} defaultValue={answer} maxLength={20000} required aria-invalid={saveState.errors?.answer ? true : undefined} aria-describedby={saveState.errors?.answer ? "f-answer-error" : undefined} className="w-full rounded border border-stone-300 bg-white px-3 py-2" />
            </Field>
            <Field name="attachments" label="Tệp đính kèm (mã ảnh trong Thư viện, cách nhau bởi dấu phẩy)" state={saveState} defaultValue={attachments.join(", ")} hint="Ví dụ: 12, 15. Xem mã ở trang Thư viện ảnh." />
            <FormMessage state={saveState} />
            <div className="flex flex-wrap gap-2">
              <button type="submit" name="intent" value="save" className="rounded border border-stone-300 bg-white px-4 py-2 text-sm font-semibold hover:border-brand-600">
                Lưu nháp
              </button>
              <button type="submit" name="intent" value="submit" className="rounded bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
                Gửi duyệt
              </button>
            </div>
          </form>
        </Card>
      )}
      {!drafting && answerView && (
        <Card title={waiting ? "Bản trả lời chờ duyệt" : "Trả lời"}>
          {answerView}
          {reviewing && (
            <div className="mt-4 flex flex-col gap-3">
              <div className="flex flex-wrap gap-2">
                <form action={publish}>
                  <input type="hidden" name="id" value={id} />
                  <SubmitButton>Duyệt và công khai</SubmitButton>
                </form>
                <form action={back}>
                  <input type="hidden" name="id" value={id} />
                  <SubmitButton variant="secondary">Trả lại để sửa</SubmitButton>
                </form>
              </div>
              {[publishState, backState].map((st, i) => (st.message ? <FormMessage key={i} state={st} /> : null))}
            </div>
          )}
        </Card>
      )}
    </>
  );
}

export function RejectForms({ id }: { id: number }) {
  const [rejectState, reject] = useActionState<ActionState, FormData>(rejectAction, {});
  const [spamState, spam] = useActionState<ActionState, FormData>(markSpamAction, {});
  return (
    <div className="flex flex-col gap-4">
      <form action={reject} className="flex flex-col gap-3">
        <input type="hidden" name="id" value={id} />
        <Field name="reason" label="Lý do từ chối" state={rejectState} required hint="Người hỏi thấy lý do này trên trang tra cứu." />
        <FormFooter state={rejectState} variant="secondary">
          Từ chối câu hỏi
        </FormFooter>
      </form>
      <form action={spam}>
        <input type="hidden" name="id" value={id} />
        <SubmitButton variant="danger">Đánh dấu là thư rác</SubmitButton>
        <FormMessage state={spamState} />
      </form>
    </div>
  );
}
