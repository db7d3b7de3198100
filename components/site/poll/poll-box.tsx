import { pollState } from "@/db/polls";
import { getSidebarPoll } from "@/db/reader-data";
import { SectionHeading } from "../section-heading";
import { PollForm } from "./poll-form";

export async function PollBox({ siteId }: { siteId: number }) {
  const poll = await getSidebarPoll(siteId);
  if (!poll) return null;
  return (
    <section aria-labelledby="binh-chon" className="rounded bg-white p-4 shadow-sm">
      <SectionHeading id="binh-chon" title="Bình chọn" />
      <PollForm poll={poll} open={pollState(poll) === "open"} idPrefix="sidebar-poll" />
    </section>
  );
}
