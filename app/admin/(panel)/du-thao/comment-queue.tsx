import Link from "next/link";
import type { QueueComment } from "@/db/drafts";
import { COMMENT_STATE_LABELS } from "@/lib/drafts";
import { formatDateTime } from "@/lib/format";
import { CommentContact, ModerationButtons } from "./comment-moderation";

/** Comments for moderation; their text as plain text (a citizen's links are never links here). */
export function CommentQueue({ rows, showDraft = false }: { rows: QueueComment[]; showDraft?: boolean }) {
  if (rows.length === 0) return <p className="text-sm text-muted">Không có góp ý nào.</p>;
  return (
    <ol className="flex flex-col gap-3">
      {rows.map((c) => (
        <li key={c.id} className="rounded border border-stone-200 p-4" data-testid="queue-comment">
          <p className="text-sm text-muted">
            <strong className="text-ink">{c.authorName}</strong> · {formatDateTime(c.createdAt)} · <span className="font-semibold">{COMMENT_STATE_LABELS[c.state]}</span>
            {c.state === "cho_duyet" && c.shownAtOnce && " (đang hiển thị: dự thảo không kiểm duyệt trước)"}
          </p>
          {showDraft && (
            <p className="text-sm">
              Dự thảo:{" "}
              <Link href={`/admin/du-thao/${c.draftId}`} className="text-brand-700 underline">
                {c.draftTitle}
              </Link>
            </p>
          )}
          {c.clause && <p className="mt-1 text-sm">Góp ý vào: {c.clause}</p>}
          <p className="mt-2 whitespace-pre-line break-words">{c.body}</p>
          <div className="mt-3 flex flex-wrap items-start justify-between gap-3">
            <ModerationButtons commentId={c.id} state={c.state} label={c.authorName} />
            {c.hasContact && <CommentContact commentId={c.id} />}
          </div>
        </li>
      ))}
    </ol>
  );
}
