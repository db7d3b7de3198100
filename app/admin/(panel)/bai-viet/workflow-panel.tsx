"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/admin/form";
import { DateTimeField } from "@/components/ui/date-time-field";
import type { ActionState } from "@/auth/action";
import { approveRevisionAction, transitionAction } from "./actions";

type Action = (previous: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * The buttons that move an article through draft → review → published → archived. Documents
 * use the same panel and workflow (db/workflow.ts) with their own action and noun.
 */
export function WorkflowPanel({
  id,
  status,
  isEditor,
  isOwner,
  pendingRevisionId,
  onTransition = transitionAction,
  noun = "bài",
}: {
  id: number;
  status: string;
  isEditor: boolean;
  isOwner: boolean;
  pendingRevisionId: number | null;
  onTransition?: Action;
  noun?: string;
}) {
  const [state, action] = useActionState<ActionState, FormData>(onTransition, {});
  const [approveState, approve] = useActionState<ActionState, FormData>(approveRevisionAction, {});
  const hidden = <input type="hidden" name="id" value={id} />;
  return (
    <div className="flex flex-col gap-3">
      {status === "draft" && (isOwner || isEditor) && (
        <form action={action}>
          {hidden}
          <input type="hidden" name="transition" value="submit" />
          <SubmitButton variant="secondary">Gửi duyệt</SubmitButton>
        </form>
      )}
      {isEditor && ["draft", "pending", "scheduled", "archived"].includes(status) && (
        <form action={action}>
          {hidden}
          <input type="hidden" name="transition" value="publish" />
          <SubmitButton>Xuất bản ngay</SubmitButton>
        </form>
      )}
      {isEditor && ["draft", "pending", "scheduled"].includes(status) && (
        <form action={action} className="flex flex-col gap-2" aria-label="Hẹn giờ đăng" noValidate>
          {hidden}
          <input type="hidden" name="transition" value="schedule" />
          <DateTimeField name="publishAt" label="Hẹn giờ đăng" required size="sm" errors={state.errors?.publishAt} />
          <div>
            <SubmitButton variant="secondary">Hẹn giờ</SubmitButton>
          </div>
        </form>
      )}
      {isEditor && (status === "pending" || status === "scheduled") && (
        <form action={action} className="flex flex-col gap-2" aria-label={`Trả lại ${noun}`}>
          {hidden}
          <input type="hidden" name="transition" value="send_back" />
          <label htmlFor={`comment-${id}`} className="text-sm font-semibold">
            Góp ý khi trả lại
          </label>
          <textarea id={`comment-${id}`} name="comment" rows={2} className="rounded border border-stone-300 px-2 py-1.5 text-sm" />
          <div>
            <SubmitButton variant="secondary">{noun === "bài" ? "Trả lại tác giả" : "Trả lại người soạn"}</SubmitButton>
          </div>
        </form>
      )}
      {isEditor && status === "published" && (
        <form action={action}>
          {hidden}
          <input type="hidden" name="transition" value="archive" />
          <SubmitButton variant="danger">Gỡ {noun}</SubmitButton>
        </form>
      )}
      {isEditor && status === "archived" && (
        <form action={action}>
          {hidden}
          <input type="hidden" name="transition" value="restore_draft" />
          <SubmitButton variant="secondary">Chuyển về nháp</SubmitButton>
        </form>
      )}
      {isEditor && pendingRevisionId && (
        <form action={approve}>
          {hidden}
          <input type="hidden" name="revisionId" value={pendingRevisionId} />
          <SubmitButton>Duyệt bản sửa</SubmitButton>
        </form>
      )}
      <FormMessage state={state} />
      <FormMessage state={approveState} />
    </div>
  );
}
