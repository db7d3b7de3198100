import Link from "next/link";
import type { PublicQuestionCard } from "@/db/questions";
import { formatDate } from "@/lib/format";

/** Published questions as readers see them: title, field, the asker's initials, dates. */
export function QuestionList({ items }: { items: PublicQuestionCard[] }) {
  if (items.length === 0) return <p className="text-sm text-muted">Chưa có câu hỏi nào được trả lời công khai.</p>;
  return (
    <ul className="divide-y divide-stone-200">
      {items.map((q) => (
        <li key={q.slug} className="py-3">
          <Link href={`/hoi-dap/${q.slug}`} className="font-semibold text-brand-800 hover:underline">
            {q.title}
          </Link>
          <p className="mt-1 text-sm text-muted">
            {q.field} · Người hỏi: {q.askerInitials} · Hỏi ngày {formatDate(q.createdAt)} · Trả lời ngày {formatDate(q.publishedAt)}
          </p>
        </li>
      ))}
    </ul>
  );
}

/**
 * Citizens' text, as plain paragraphs. Web addresses stay text (not links): a citizen's
 * link is not one the portal vouches for.
 */
export function PlainParagraphs({ text, className = "" }: { text: string; className?: string }) {
  return (
    <div className={`space-y-3 ${className}`}>
      {text.split(/\n{2,}/).map((p, i) => (
        <p key={i} className="whitespace-pre-line break-words">
          {p}
        </p>
      ))}
    </div>
  );
}
