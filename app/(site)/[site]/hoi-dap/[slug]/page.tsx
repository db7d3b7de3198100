import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { PageRating } from "@/components/site/rating/page-rating";
import { PlainParagraphs } from "@/components/site/questions/question-list";
import { getQuestionPage, getSiteChrome, siteOf } from "@/db/reader-data";
import { formatDate } from "@/lib/format";
import { responsiveImage } from "@/lib/media-url";
import { truncateText } from "@/lib/plain-text";
import { pageMetadata } from "@/lib/seo";
import { isValidSlug } from "@/lib/slug";

export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

type Props = PageProps<"/[site]/hoi-dap/[slug]">;

async function load({ params }: Props) {
  const { slug } = await params;
  if (!isValidSlug(slug)) notFound();
  const site = await siteOf(params);
  const question = await getQuestionPage(site.id, slug);
  if (!question) notFound();
  return { question, site };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { question, site } = await load(props);
  const { settings, origin } = await getSiteChrome(site);
  return pageMetadata({
    title: `${question.title} | Hỏi đáp | ${settings.portalName}`,
    description: truncateText(question.body, 200),
    path: `/hoi-dap/${question.slug}`,
    siteName: settings.portalName,
    origin,
    socialTitle: question.title,
  });
}

export default async function QuestionPage(props: Props) {
  const { question, site } = await load(props);
  const { settings } = await getSiteChrome(site);
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-4">
      <Breadcrumbs items={[{ label: "Hỏi đáp", href: "/hoi-dap" }, { label: question.title }]} />
      <article className="rounded bg-white p-5 shadow-sm">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Hỏi đáp · {question.field}</p>
        <h1 className="mt-1 text-2xl font-bold">{question.title}</h1>
        <p className="mt-2 text-sm text-muted">
          Người hỏi: <span data-testid="asker">{question.askerInitials}</span> · Ngày hỏi {formatDate(question.createdAt)}
        </p>
        <section aria-labelledby="cau-hoi" className="mt-4">
          <h2 id="cau-hoi" className="mb-2 font-bold">
            Câu hỏi
          </h2>
          <PlainParagraphs text={question.body} />
        </section>
        <section aria-labelledby="tra-loi" className="mt-5 rounded border-l-4 border-brand-600 bg-stone-50 p-4">
          <h2 id="tra-loi" className="mb-2 font-bold">
            Trả lời của {question.unitName || settings.agencyName}
          </h2>
          <PlainParagraphs text={question.answer} />
          <p className="mt-3 text-sm text-muted">Ngày trả lời {formatDate(question.publishedAt)}</p>
          {question.attachments.length > 0 && (
            <div className="mt-3">
              <h3 className="text-sm font-bold">Tệp đính kèm</h3>
              <ul className="mt-1 list-disc pl-5 text-sm">
                {question.attachments.map((a) => (
                  <li key={a.id}>
                    <a href={responsiveImage(a, 1600).src} className="text-brand-700 hover:underline">
                      {a.alt || a.name}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </section>
      </article>
      <PageRating path={`/hoi-dap/${question.slug}`} />
    </div>
  );
}
