import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { PollForm } from "@/components/site/poll/poll-form";
import { PollResults } from "@/components/site/poll/poll-results";
import { pollState } from "@/db/polls";
import { formatDateTime } from "@/lib/format";
import { getPollResults, getSiteChrome, siteOf } from "@/db/reader-data";
import { parseId } from "@/lib/form-fields";
import { pageMetadata } from "@/lib/seo";

type Props = PageProps<"/[site]/binh-chon/[id]">;

async function load({ params }: Props) {
  const id = parseId((await params).id);
  if (!id) notFound();
  const site = await siteOf(params);
  const poll = await getPollResults(site.id, id);
  if (!poll) notFound();
  return { ...poll, site };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const poll = await load(props);
  const { settings, origin } = await getSiteChrome(poll.site);
  return pageMetadata({
    title: `Kết quả bình chọn: ${poll.question} | ${settings.portalName}`,
    description: `Kết quả bình chọn “${poll.question}” trên ${settings.portalName}: số phiếu và tỷ lệ của từng phương án.`,
    path: `/binh-chon/${poll.id}`,
    siteName: settings.portalName,
    origin,
    socialTitle: `Kết quả bình chọn: ${poll.question}`,
  });
}

const STATE_LABEL = { open: "Đang nhận phiếu", not_open: "Chưa bắt đầu", closed: "Đã kết thúc" } as const;

export default async function PollPage(props: Props) {
  const poll = await load(props);
  const state = pollState(poll);
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-4">
      <Breadcrumbs items={[{ label: "Bình chọn" }]} />
      <section className="rounded bg-white p-5 shadow-sm">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Kết quả bình chọn · {STATE_LABEL[state]}</p>
        <h1 className="mt-1 text-2xl font-bold">{poll.question}</h1>
        {poll.closesAt && <p className="mt-1 text-sm text-muted">Kết thúc: {formatDateTime(poll.closesAt)}</p>}
        <div className="mt-5">
          <PollResults poll={poll} />
        </div>
      </section>
      {state === "open" && (
        <section aria-labelledby="tham-gia" className="rounded bg-white p-5 shadow-sm">
          <h2 id="tham-gia" className="mb-3 text-lg font-bold">
            Tham gia bình chọn
          </h2>
          <PollForm poll={poll} open idPrefix="poll-page" resultsLink={false} />
        </section>
      )}
    </div>
  );
}
