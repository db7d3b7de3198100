import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { Pagination } from "@/components/site/pagination";
import { QuestionFinder } from "@/components/site/questions/question-finder";
import { QuestionList } from "@/components/site/questions/question-list";
import { getDb } from "@/db/index";
import { listPublishedQuestions } from "@/db/questions";
import { getSiteChrome, siteOf } from "@/db/reader-data";
import { formatNumber } from "@/lib/format";
import { QUESTION_FIELDS } from "@/lib/questions";
import { cleanQuery } from "@/lib/search-query";
import { pageMetadata } from "@/lib/seo";

// Each search is its own answer: rendered per request.
export const dynamic = "force-dynamic";

type Props = PageProps<"/[site]/hoi-dap/tim-kiem">;

function parse(params: Record<string, string | string[] | undefined>) {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
  const field = QUESTION_FIELDS.find((f) => f === one(params["linh-vuc"])) ?? "";
  const page = Math.min(1000, Math.max(1, Number.parseInt(one(params.trang), 10) || 1));
  return { q: cleanQuery(one(params.q)).text, field, page };
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { settings, origin } = await getSiteChrome(await siteOf(params));
  return pageMetadata({
    title: `Tìm câu hỏi đã trả lời | ${settings.portalName}`,
    description: `Tìm trong các câu hỏi đã được ${settings.agencyName} trả lời công khai.`,
    path: "/hoi-dap/tim-kiem",
    siteName: settings.portalName,
    origin,
    noindex: Boolean((await searchParams).q),
  });
}

export default async function QuestionSearchPage({ params, searchParams }: Props) {
  const site = await siteOf(params);
  const { q, field, page } = parse(await searchParams);
  const result = await listPublishedQuestions(await getDb(), site.id, { query: q, field: field || undefined, page });
  const href = (p: number) => `/hoi-dap/tim-kiem?${new URLSearchParams({ ...(q && { q }), ...(field && { "linh-vuc": field }), ...(p > 1 && { trang: String(p) }) })}`;
  return (
    <div className="flex flex-col gap-4">
      <Breadcrumbs items={[{ label: "Hỏi đáp", href: "/hoi-dap" }, { label: "Tìm kiếm" }]} />
      <h1 className="text-2xl font-bold">Tìm câu hỏi đã trả lời</h1>
      <QuestionFinder query={q} field={field} />
      <section aria-labelledby="ket-qua" className="rounded bg-white p-4 shadow-sm">
        <h2 id="ket-qua" className="mb-2 text-lg font-bold">
          {formatNumber(result.total)} câu hỏi{field ? ` thuộc lĩnh vực ${field}` : ""}
          {q ? ` có “${q}”` : ""}
        </h2>
        <QuestionList items={result.items} />
        <Pagination current={page} count={result.pageCount} hrefFor={href} />
      </section>
    </div>
  );
}
