import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { PageRating } from "@/components/site/rating/page-rating";
import { QuestionFinder } from "@/components/site/questions/question-finder";
import { QuestionList } from "@/components/site/questions/question-list";
import { getLatestQuestions, getSiteChrome, siteOf } from "@/db/reader-data";
import { formatNumber } from "@/lib/format";
import { pageMetadata } from "@/lib/seo";
import { sectionOf } from "@/lib/sections";

// Cached whole; publishing an answer expires the site's `questions` tag.
export const revalidate = 300;

type Props = PageProps<"/[site]/hoi-dap">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { settings, origin } = await getSiteChrome(await siteOf(params));
  return pageMetadata({
    title: `Hỏi đáp | ${settings.portalName}`,
    description: sectionOf("/hoi-dap").description,
    path: "/hoi-dap",
    siteName: settings.portalName,
    origin,
  });
}

export default async function QuestionsPage({ params }: Props) {
  const site = await siteOf(params);
  const { settings } = await getSiteChrome(site);
  const latest = await getLatestQuestions(site.id);
  return (
    <div className="flex flex-col gap-4">
      <Breadcrumbs items={[{ label: "Hỏi đáp" }]} />
      <div>
        <h1 className="text-2xl font-bold">Hỏi đáp</h1>
        <p className="mt-1 text-muted">Gửi câu hỏi tới {settings.agencyName} và xem các câu trả lời đã công khai. Người hỏi chỉ hiện bằng chữ cái đầu của họ tên.</p>
      </div>
      <QuestionFinder />
      <section aria-labelledby="da-tra-loi" className="rounded bg-white p-4 shadow-sm">
        <h2 id="da-tra-loi" className="mb-2 text-lg font-bold">
          Câu hỏi đã trả lời ({formatNumber(latest.total)})
        </h2>
        <QuestionList items={latest.items} />
        {latest.total > latest.items.length && (
          <p className="mt-3 text-sm">
            <a href="/hoi-dap/tim-kiem" className="text-brand-700 hover:underline">
              Xem tất cả câu hỏi đã trả lời ›
            </a>
          </p>
        )}
      </section>
      <PageRating path="/hoi-dap" />
    </div>
  );
}
