import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleTools } from "@/app/(site)/[site]/bai-viet/[slug]/article-tools";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { DocumentStateBadge } from "@/components/site/document-state-badge";
import { JsonLd } from "@/components/site/json-ld";
import { getDocumentPage } from "@/db/documents-reader";
import { getSiteChrome, siteOf } from "@/db/reader-data";
import { documentTitle, dublinCore, legislationJsonLd } from "@/lib/document-export";
import { DOCUMENT_FILE_LABELS, type DocumentFileExt } from "@/lib/document-files";
import { formatBytes } from "@/lib/format";
import { DOCUMENT_STATE_LABELS, RELATION_KINDS, RELATION_LABELS } from "@/lib/document-state";
import { formatDate, formatDay, formatTime } from "@/lib/format";
import { truncateText } from "@/lib/plain-text";
import { pageMetadata } from "@/lib/seo";
import { isValidSlug } from "@/lib/slug";
import { breadcrumbList, governmentOrganization } from "@/lib/structured-data";

// Rendered on a reader's first request, then served from the cache until an edit of the
// document (or of a related one) expires it.
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

type Props = PageProps<"/[site]/van-ban/[slug]">;

async function load({ params }: Props) {
  const { slug } = await params;
  if (!isValidSlug(slug)) notFound();
  const site = await siteOf(params);
  const doc = await getDocumentPage(site.id, slug);
  if (!doc) notFound();
  return { doc, site };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { doc, site } = await load(props);
  const { settings, origin } = await getSiteChrome(site);
  const metadata = pageMetadata({
    title: `${doc.type.name} ${doc.number} | ${settings.portalName}`,
    description: truncateText(`${doc.summary}. ${doc.issuer.name}, ban hành ngày ${formatDay(doc.issuedOn)}. Tình trạng: ${DOCUMENT_STATE_LABELS[doc.state]}.`, 200),
    path: `/van-ban/${doc.slug}`,
    siteName: settings.portalName,
    origin,
    socialTitle: documentTitle(doc),
    article: { publishedTime: doc.publishedAt ?? `${doc.issuedOn}T00:00:00+07:00`, modifiedTime: doc.updatedAt, section: doc.type.name, authors: [doc.issuer.name] },
    feeds: [{ title: `${doc.type.name} | ${settings.portalName}`, url: `/van-ban/loai/${doc.type.slug}/rss.xml` }],
  });
  return { ...metadata, other: dublinCore(doc, origin, settings.agencyName) };
}

const extOf = (url: string) => url.slice(url.lastIndexOf(".") + 1) as DocumentFileExt;

export default async function DocumentPage(props: Props) {
  const { doc, site } = await load(props);
  const chrome = await getSiteChrome(site);
  const { origin } = chrome;
  const row = (label: string, value: React.ReactNode) =>
    value ? (
      <div className="grid gap-1 border-b border-stone-200 py-2 sm:grid-cols-[200px_minmax(0,1fr)]">
        <dt className="font-semibold text-stone-700">{label}</dt>
        <dd>{value}</dd>
      </div>
    ) : null;
  const day = (d: string | null) => d && <time dateTime={d}>{formatDay(d)}</time>;
  const groups = RELATION_KINDS.flatMap((kind) =>
    (["outgoing", "incoming"] as const).map((direction) => ({ kind, direction, label: RELATION_LABELS[kind][direction], items: doc.relations.filter((r) => r.kind === kind && r.direction === direction) })),
  ).filter((g) => g.items.length > 0);
  return (
    <div className="flex flex-col gap-4">
      <JsonLd data={legislationJsonLd(doc, origin, governmentOrganization(chrome))} />
      <JsonLd data={breadcrumbList([{ name: "Văn bản", path: "/van-ban" }, { name: `${doc.type.name} ${doc.number}`, path: `/van-ban/${doc.slug}` }], origin)} />
      <Breadcrumbs items={[{ label: "Văn bản", href: "/van-ban" }, { label: doc.number }]} />
      <article id="van-ban-chi-tiet" aria-labelledby="tieu-de-van-ban" className="document-detail rounded bg-white p-4 shadow-sm md:p-6">
        <header className="mb-4 flex flex-col gap-2 border-b-2 border-brand-600 pb-3">
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <Link href={`/van-ban?loai=${doc.type.slug}`} className="font-semibold uppercase tracking-wide text-brand-700 hover:underline">
              {doc.type.name}
            </Link>
            <DocumentStateBadge state={doc.state} />
          </p>
          <h1 id="tieu-de-van-ban" className="text-2xl font-bold text-brand-800">
            {doc.type.name} số {doc.number}
          </h1>
          <p className="text-lg leading-relaxed">{doc.summary}</p>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <p className="text-sm text-muted">
              Cập nhật lần cuối{" "}
              <time dateTime={doc.updatedAt}>
                {formatDate(doc.updatedAt)} {formatTime(doc.updatedAt)}
              </time>
            </p>
            <ArticleTools targetId="van-ban-chi-tiet" />
          </div>
        </header>
        {doc.state === "bi-thay-the" || doc.state === "het-hieu-luc" ? (
          <p className="mb-4 rounded border border-amber-700 bg-amber-50 px-3 py-2 text-amber-900" role="note">
            {doc.state === "bi-thay-the" ? "Văn bản này đã bị thay thế (xem văn bản thay thế bên dưới)." : `Văn bản này đã hết hiệu lực${doc.expiresOn ? ` từ ngày ${formatDay(doc.expiresOn)}` : ""}.`} Nội dung được giữ lại để tra cứu.
          </p>
        ) : null}
        <h2 className="sr-only">Thông tin văn bản</h2>
        <dl className="mb-6">
          {row("Số/ký hiệu", doc.number)}
          {row("Loại văn bản", doc.type.name)}
          {row("Cơ quan ban hành", doc.issuer.name)}
          {row("Lĩnh vực", doc.fields.map((f) => f.name).join(", "))}
          {row("Người ký", doc.signer && `${doc.signer}${doc.signerTitle ? ` (${doc.signerTitle})` : ""}`)}
          {row("Ngày ban hành", day(doc.issuedOn))}
          {row("Ngày có hiệu lực", day(doc.effectiveOn ?? doc.issuedOn))}
          {row("Ngày hết hiệu lực", day(doc.expiresOn))}
          {row("Tình trạng", DOCUMENT_STATE_LABELS[doc.state])}
          {row(
            "Nguồn chính thức",
            doc.sourceUrl && (
              <a href={doc.sourceUrl} className="break-all text-brand-700 underline" rel="noopener">
                {doc.sourceUrl}
              </a>
            ),
          )}
        </dl>
        <section aria-labelledby="tep-dinh-kem" className="mb-6">
          <h2 id="tep-dinh-kem" className="mb-2 text-lg font-bold">
            Tệp đính kèm
          </h2>
          {doc.files.length === 0 ? (
            <p className="text-muted">Văn bản chưa có tệp đính kèm.</p>
          ) : (
            <ul className="flex flex-col gap-2">
              {doc.files.map((f) => (
                <li key={f.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded border border-stone-200 px-3 py-2">
                  <span className="min-w-0 basis-full break-words font-medium sm:basis-auto sm:flex-1">{f.originalName}</span>
                  <span className="text-sm text-muted">
                    {DOCUMENT_FILE_LABELS[extOf(f.url)] ?? "Tệp"}, {formatBytes(f.bytes)}
                  </span>
                  <span className="no-print flex gap-2">
                    {f.mimeType === "application/pdf" && (
                      <a href={f.url} className="rounded border border-stone-300 px-3 py-1.5 text-sm font-semibold hover:border-brand-600 hover:text-brand-700">
                        Xem<span className="sr-only"> {f.originalName}</span>
                      </a>
                    )}
                    <a href={f.url} download={f.originalName} className="rounded bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-700">
                      Tải về<span className="sr-only"> {f.originalName}</span>
                    </a>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        {groups.length > 0 && (
          <section aria-labelledby="van-ban-lien-quan">
            <h2 id="van-ban-lien-quan" className="mb-2 text-lg font-bold">
              Văn bản liên quan
            </h2>
            <dl className="flex flex-col gap-3">
              {groups.map((g) => (
                <div key={`${g.kind}-${g.direction}`}>
                  <dt className="font-semibold text-stone-700">{g.label}</dt>
                  <dd>
                    <ul className="mt-1 flex flex-col gap-1">
                      {g.items.map((r) => (
                        <li key={r.slug} className="flex flex-wrap items-center gap-2">
                          <Link href={`/van-ban/${r.slug}`} className="font-semibold text-brand-700 underline">
                            {r.number}
                          </Link>
                          <span>{r.summary}</span>
                          <DocumentStateBadge state={r.state} />
                        </li>
                      ))}
                    </ul>
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        )}
      </article>
    </div>
  );
}
