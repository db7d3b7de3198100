import "server-only";
import { ForbiddenError } from "@/lib/auth/policy";
import type { ArticleStatus } from "./schema";
import { UserRuleError } from "./users";

/**
 * The editorial workflow shared by articles and documents: draft → pending → published
 * (or scheduled) → archived. Only the rules live here; each entity applies the step to
 * its own row, revisions and audit entry in its own transaction.
 */
export type Transition = "submit" | "publish" | "schedule" | "send_back" | "archive" | "restore_draft";
export const TRANSITIONS = ["submit", "publish", "schedule", "send_back", "archive", "restore_draft"] as const satisfies readonly Transition[];

export const TRANSITION_LABELS: Record<Transition, string> = {
  submit: "Gửi duyệt",
  publish: "Xuất bản",
  schedule: "Hẹn giờ đăng",
  send_back: "Trả lại",
  archive: "Gỡ bài",
  restore_draft: "Chuyển về nháp",
};

export type WorkflowItem = { status: ArticleStatus; authorId: number | null; publishedAt: Date | null };

export type StepOptions = {
  /** May publish, schedule, send back and archive (article.publish / document.publish). */
  isEditor: boolean;
  actorId: number;
  publishAt?: Date;
  now: Date;
  /** How messages name the item: "bài" for articles, "văn bản" for documents. */
  noun?: string;
};

/** The new state after `transition`, or the Vietnamese reason it is refused. */
export function workflowStep(item: WorkflowItem, transition: Transition, options: StepOptions): { status: ArticleStatus; publishedAt?: Date } {
  const { isEditor, now } = options;
  const noun = options.noun ?? "bài";
  const Noun = noun.charAt(0).toUpperCase() + noun.slice(1);
  const from = item.status;
  switch (transition) {
    case "submit":
      if (from !== "draft") throw new UserRuleError("Chỉ gửi duyệt được bản nháp.");
      if (!isEditor && item.authorId !== options.actorId) throw new ForbiddenError();
      return { status: "pending" };
    case "publish":
      if (!isEditor) throw new ForbiddenError("Chỉ biên tập viên được xuất bản.");
      if (!["draft", "pending", "scheduled", "archived"].includes(from)) throw new UserRuleError(`${Noun} đã được đăng.`);
      return { status: "published", publishedAt: from === "archived" && item.publishedAt ? item.publishedAt : now };
    case "schedule":
      if (!isEditor) throw new ForbiddenError("Chỉ biên tập viên được hẹn giờ đăng.");
      if (!options.publishAt || options.publishAt <= now) throw new UserRuleError("Thời điểm đăng phải ở tương lai.");
      if (!["draft", "pending", "scheduled"].includes(from)) throw new UserRuleError(`Không thể hẹn giờ ${noun} đang ở trạng thái này.`);
      return { status: "scheduled", publishedAt: options.publishAt };
    case "send_back":
      if (!isEditor) throw new ForbiddenError();
      if (from !== "pending" && from !== "scheduled") throw new UserRuleError(`Chỉ trả lại được ${noun} chờ duyệt.`);
      return { status: "draft" };
    case "archive":
      if (!isEditor) throw new ForbiddenError(`Chỉ biên tập viên được gỡ ${noun}.`);
      if (from !== "published") throw new UserRuleError(`Chỉ gỡ được ${noun} đang đăng.`);
      return { status: "archived" };
    case "restore_draft":
      if (!isEditor) throw new ForbiddenError();
      if (from !== "archived") throw new UserRuleError(`Chỉ khôi phục được ${noun} đã gỡ.`);
      return { status: "draft" };
  }
}
