import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { CommentForm } from "@/components/site/drafts/comment-form";
import { DraftComments } from "@/components/site/drafts/draft-comments";
import { DraftStateBadge } from "@/components/site/drafts/draft-state-badge";
import { LastUpdated } from "@/components/site/last-updated";
import { PlainParagraphs } from "@/components/site/questions/question-list";
import { PageRating } from "@/components/site/rating/page-rating";
import type { DraftFile } from "@/db/drafts";
import { contactRetentionDays } from "@/db/questions";
import { getDraftPage, getSiteChrome, siteOf } from "@/db/reader-data";
import { attachmentUrl } from "@/lib/attachments";
import { COMMENT_MAX_CHARS, draftState, DRAFT_STATE_LABELS } from "@/lib/drafts";
import { formatBytes, formatMoment, formatNumber } from "@/lib/format";
import { truncateText } from "@/lib/plain-text";
import { pageMetadata } from "@/lib/seo";
import { isValidSlug } from "@/lib/slug";

// Rendered on a reader's first request, then served from the cache until an edit, a
// shown comment, the report, or the opening or closing moment (the scheduler) expires it.
// A comment sent without JavaScript is answered here by the action, for that request only.
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

type Props = PageProps<"/[site]/du-thao/[slug]">;

async function load({ params }: Props) {
  const { slug } = await params;
  if (!isValidSlug(slug)) notFound();
  const site = await siteOf(params);
  const draft = await getDraftPage(site.id, slug);
  if (!draft) notFound();
  return { draft, site };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { draft, site } = await load(props);
  const { settings, origin } = await getSiteChrome(site);
  return pageMetadata({
    title: `${draft.title} | Lấy ý kiến dự thảo | ${settings.portalName}`,
    description: truncateText(`${draft.summary} Lấy ý kiến từ ${formatMoment(draft.opensAt)} đến ${formatMoment(draft.closesAt)}.`, 200),
    path: `/du-thao/${draft.slug}`,
    siteName: settings.portalName,
    origin,
    socialTitle: draft.title,
    feeds: [{ title: `Lấy ý kiến dự thảo | ${settings.portalName}`, url: "/du-thao/rss.xml" }],
  });
}

const KIND_LABEL: Record<string, string> = { "application/pdf": "PDF" };
const kindOf = (f: DraftFile) => KIND_LABEL[f.mimeType] ?? (/word|msword|opendocument\.text/.test(f.mimeType) ? "Word" : "Tệp");

function Files({ files }: { files: DraftFile[] }) {
  return (
    <ul className="flex flex-col gap-2">
      {files.map((f) => (
        <li key={f.id}>
          <a href={attachmentUrl(f.path)} className="font-semibold text-brand-700 hover:underline">
            {f.originalName}
          </a>{" "}
          <span className="text-sm text-muted">
            ({kindOf(f)}, {formatBytes(f.bytes)})
          </span>
        </li>
      ))}
    </ul>
  );
}

export default async function DraftPage(props: Props) {
  const { draft, site } = await load(props);
  const { settings } = await getSiteChrome(site);
  const state = draftState(draft);
  const contact = [settings.email, settings.phone].filter(Boolean).join(", ");
  const row = (label: string, value: React.ReactNode) => (
    <div className="grid gap-1 border-b border-stone-200 py-2 sm:grid-cols-[220px_minmax(0,1fr)]">
      <dt className="font-semibold text-stone-700">{label}</dt>
      <dd className="min-w-0">{value}</dd>
    </div>
  );
  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-4">
      <Breadcrumbs items={[{ label: "Lấy ý kiến dự thảo", href: "/du-thao" }, { label: draft.title }]} />
      <article aria-labelledby="tieu-de-du-thao" className="rounded bg-white p-4 shadow-sm md:p-6">
        <header className="mb-3 flex flex-col gap-2 border-b-2 border-brand-600 pb-3">
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <span className="font-semibold uppercase tracking-wide text-brand-700">Lấy ý kiến dự thảo · {draft.field}</span>
            <DraftStateBadge state={state} />
          </p>
          <h1 id="tieu-de-du-thao" className="text-2xl font-bold">
            {draft.title}
          </h1>
        </header>
        <dl className="text-sm">
          {row("Tình trạng", DRAFT_STATE_LABELS[state])}
          {row("Cơ quan chủ trì soạn thảo", draft.draftingUnit)}
          {row("Lĩnh vực", draft.field)}
          {row("Bắt đầu lấy ý kiến", <time dateTime={draft.opensAt}>{formatMoment(draft.opensAt)}</time>)}
          {row("Kết thúc lấy ý kiến", <time dateTime={draft.closesAt}>{formatMoment(draft.closesAt)}</time>)}
          {draft.contactPerson && row("Người liên hệ", draft.contactPerson)}
        </dl>
        <section aria-labelledby="tom-tat" className="mt-5">
          <h2 id="tom-tat" className="mb-2 text-lg font-bold">
            Tóm tắt nội dung
          </h2>
          <PlainParagraphs text={draft.summary} />
        </section>
        <section aria-labelledby="tep-du-thao" className="mt-5">
          <h2 id="tep-du-thao" className="mb-2 text-lg font-bold">
            Toàn văn dự thảo
          </h2>
          {draft.files.length ? <Files files={draft.files} /> : <p className="text-sm text-muted">Chưa có tệp dự thảo.</p>}
        </section>
        <section aria-labelledby="cach-gop-y" className="mt-5">
          <h2 id="cach-gop-y" className="mb-2 text-lg font-bold">
            Cách thức góp ý
          </h2>
          <PlainParagraphs text={draft.waysToRespond} />
        </section>
        <LastUpdated at={draft.updatedAt} className="mt-5" />
      </article>

      {(draft.reportPublishedAt || draft.reportFiles.length > 0) && (
        <section aria-labelledby="bao-cao" className="rounded border-l-4 border-brand-600 bg-white p-4 shadow-sm md:p-6">
          <h2 id="bao-cao" className="text-xl font-bold">
            Báo cáo tiếp thu, giải trình ý kiến góp ý
          </h2>
          {draft.reportPublishedAt && <p className="mt-1 text-sm text-muted">Công bố lúc {formatMoment(draft.reportPublishedAt)}</p>}
          {draft.report && <div className="prose-article mt-3" dangerouslySetInnerHTML={{ __html: draft.report }} />}
          {draft.reportFiles.length > 0 && (
            <div className="mt-3">
              <h3 className="font-bold">Tệp báo cáo</h3>
              <Files files={draft.reportFiles} />
            </div>
          )}
        </section>
      )}

      <section aria-labelledby="gui-gop-y" className="rounded bg-white p-4 shadow-sm md:p-6">
        <h2 id="gui-gop-y" className="mb-2 text-xl font-bold">
          {state === "dang_lay_y_kien" ? "Gửi góp ý trên cổng" : "Góp ý trên cổng"}
        </h2>
        {state === "dang_lay_y_kien" && (
          <CommentForm slug={draft.slug} moderated={draft.moderated} maxChars={COMMENT_MAX_CHARS} consent={{ agencyName: settings.agencyName, retentionDays: contactRetentionDays(), contact }} />
        )}
        {state === "chua_mo" && (
          <p className="rounded bg-sky-50 px-3 py-2 text-sky-900">
            Dự thảo chưa mở lấy ý kiến. Bạn có thể gửi góp ý từ {formatMoment(draft.opensAt)} đến {formatMoment(draft.closesAt)}.
          </p>
        )}
        {state === "da_ket_thuc" && (
          <p className="rounded bg-stone-100 px-3 py-2 text-stone-800">
            Đã kết thúc lấy ý kiến lúc {formatMoment(draft.closesAt)}. Cổng không nhận thêm góp ý cho dự thảo này.
          </p>
        )}
      </section>

      {state !== "chua_mo" && (
        <section aria-labelledby="y-kien" className="rounded bg-white p-4 shadow-sm md:p-6">
          <h2 id="y-kien" className="mb-1 text-xl font-bold">
            Góp ý đã công khai ({formatNumber(draft.comments.length)})
          </h2>
          <p className="mb-3 text-sm text-muted">
            {draft.moderated ? "Góp ý hiển thị sau khi được kiểm duyệt." : "Góp ý hiển thị ngay khi gửi; cán bộ có thể gỡ góp ý vi phạm."} Thông tin liên hệ của người góp ý không bao giờ hiển thị.
          </p>
          <DraftComments comments={draft.comments} />
        </section>
      )}
      <PageRating path={`/du-thao/${draft.slug}`} />
    </div>
  );
}
