import { formatDay } from "./format";

export type PollVoteReport = {
  poll: { id: number; question: string };
  options: { id: number; label: string; votes: number }[];
  /** Calendar days in Việt Nam (YYYY-MM-DD), oldest first, with votes per option id. */
  days: { day: string; votes: Record<number, number> }[];
};

/**
 * One row per day and one column per option, then the totals: a table a spreadsheet
 * sums and charts as it is. Totals come from the options' counters, the source of truth
 * for results.
 */
export function pollReportRows(report: PollVoteReport): (string | number)[][] {
  const header = ["Ngày", ...report.options.map((o) => o.label), "Tổng"];
  const days = report.days.map(({ day, votes }) => {
    const counts = report.options.map((o) => votes[o.id] ?? 0);
    return [formatDay(day), ...counts, counts.reduce((a, b) => a + b, 0)];
  });
  const totals = report.options.map((o) => o.votes);
  return [header, ...days, ["Tổng cộng", ...totals, totals.reduce((a, b) => a + b, 0)]];
}
