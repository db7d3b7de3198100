import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { PlainParagraphs } from "@/components/site/questions/question-list";
import { getDb } from "@/db/index";
import { findQuestionByCode, formatDue } from "@/db/questions";
import { getSiteChrome, siteOf } from "@/db/reader-data";
import { formatDate } from "@/lib/format";
import { pageMetadata } from "@/lib/seo";

// One asker's question: never cached, never indexed.
export const dynamic = "force-dynamic";

type Props = PageProps<"/[site]/hoi-dap/tra-cuu">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { settings, origin } = await getSiteChrome(await siteOf(params));
  return pageMetadata({ title: `Tra cứu câu hỏi | ${settings.portalName}`, description: "Theo dõi câu hỏi bằng mã tra cứu.", path: "/hoi-dap/tra-cuu", siteName: settings.portalName, origin, noindex: true });
}

export default async function TrackPage({ params, searchParams }: Props) {
  const site = await siteOf(params);
  const raw = (await searchParams).ma;
  const code = (Array.isArray(raw) ? raw[0] : raw)?.trim().toUpperCase().slice(0, 20) ?? "";
  const question = code ? await findQuestionByCode(await getDb(), site.id, code) : null;
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-4">
      <Breadcrumbs items={[{ label: "Hỏi đáp", href: "/hoi-dap" }, { label: "Tra cứu" }]} />
      <h1 className="text-2xl font-bold">Tra cứu câu hỏi</h1>
      <form action="/hoi-dap/tra-cuu" method="get" className="flex flex-wrap items-end gap-3 rounded bg-white p-4 shadow-sm">
        <div>
          <label htmlFor="tra-cuu-ma" className="text-sm font-medium">
            Mã tra cứu
          </label>
          <input id="tra-cuu-ma" name="ma" defaultValue={code} required maxLength={20} autoComplete="off" className="mt-1 block rounded border border-stone-300 px-3 py-2 font-mono uppercase" />
        </div>
        <button type="submit" className="rounded bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
          Tra cứu
        </button>
      </form>
      {code && !question && (
        <p role="alert" className="rounded bg-amber-50 px-3 py-2 text-amber-900">
          Không tìm thấy câu hỏi với mã “{code}”. Vui lòng kiểm tra lại mã tra cứu.
        </p>
      )}
      {question && (
        <article className="rounded bg-white p-5 shadow-sm">
          <p className="text-sm">
            Trạng thái: <strong data-testid="question-state">{question.stateLabel}</strong>
            {question.state !== "da_tra_loi" && question.state !== "tu_choi" && <> · Hạn trả lời: {formatDue(question.dueOn)}</>}
          </p>
          <h2 className="mt-2 text-xl font-bold">{question.title}</h2>
          <p className="text-sm text-muted">
            {question.field} · Gửi ngày {formatDate(question.createdAt)}
          </p>
          <PlainParagraphs text={question.body} className="mt-3" />
          {question.state === "tu_choi" && question.rejectReason && <p className="mt-4 rounded bg-stone-100 p-3 text-sm">Lý do từ chối: {question.rejectReason}</p>}
          {question.answer && (
            <section aria-labelledby="tra-loi" className="mt-5 rounded border-l-4 border-brand-600 bg-stone-50 p-4">
              <h3 id="tra-loi" className="mb-2 font-bold">
                Trả lời
              </h3>
              <PlainParagraphs text={question.answer} />
              {question.slug && (
                <p className="mt-3 text-sm">
                  <Link href={`/hoi-dap/${question.slug}`} className="text-brand-700 hover:underline">
                    Xem trang trả lời công khai
                  </Link>
                </p>
              )}
            </section>
          )}
        </article>
      )}
    </div>
  );
}
