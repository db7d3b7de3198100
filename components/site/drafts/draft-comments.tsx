import type { PublicComment } from "@/db/drafts";
import { formatMoment } from "@/lib/format";
import { URL_PATTERN } from "@/lib/questions";

/**
 * A paragraph of a citizen's text. Web addresses become links only in a comment staff
 * approved (and then as user content: nofollow ugc, no referrer); until then they are
 * text. Everything is rendered by React, escaped.
 */
function Paragraph({ text, links }: { text: string; links: boolean }) {
  if (!links) return <p className="whitespace-pre-line break-words">{text}</p>;
  const parts: React.ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(new RegExp(URL_PATTERN.source, URL_PATTERN.flags))) {
    const url = match[0].replace(/[.,;:!?)]+$/, "");
    const start = match.index;
    if (start > last) parts.push(text.slice(last, start));
    parts.push(
      <a key={start} href={url} rel="nofollow ugc noopener noreferrer" className="text-brand-700 underline">
        {url}
      </a>,
    );
    last = start + url.length;
  }
  parts.push(text.slice(last));
  return <p className="whitespace-pre-line break-words">{parts}</p>;
}

export function DraftComments({ comments }: { comments: PublicComment[] }) {
  if (comments.length === 0) return <p className="text-sm text-muted">Chưa có góp ý nào được công khai.</p>;
  return (
    <ol className="flex flex-col gap-3">
      {comments.map((c) => (
        <li key={c.id} className="rounded border border-stone-200 p-4" data-testid="draft-comment">
          <p className="text-sm text-muted">
            <strong className="text-ink">{c.authorName}</strong> · <time dateTime={c.createdAt}>{formatMoment(c.createdAt)}</time>
            {c.clause && <> · Góp ý vào: {c.clause}</>}
          </p>
          <div className="mt-2 space-y-2">
            {c.body.split(/\n{2,}/).map((p, i) => (
              <Paragraph key={i} text={p} links={c.approved} />
            ))}
          </div>
        </li>
      ))}
    </ol>
  );
}
