/** Poll arithmetic shared by the server and the poll form (no database access here). */

export type PollView = {
  id: number;
  question: string;
  opensAt: string | null;
  closesAt: string | null;
  options: { id: number; label: string; votes: number }[];
  totalVotes: number;
};

export type PollState = "open" | "not_open" | "closed";

export function pollState(poll: Pick<PollView, "opensAt" | "closesAt">, now = new Date()): PollState {
  if (poll.opensAt && new Date(poll.opensAt) > now) return "not_open";
  if (poll.closesAt && new Date(poll.closesAt) <= now) return "closed";
  return "open";
}

/**
 * Percentages that add up to exactly 100 (largest remainder), so a results table never
 * shows 99 % or 101 %.
 */
export function percentages(votes: number[]): number[] {
  const total = votes.reduce((a, b) => a + b, 0);
  if (total === 0) return votes.map(() => 0);
  const exact = votes.map((v) => (v * 100) / total);
  const floored = exact.map(Math.floor);
  let remaining = 100 - floored.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (remaining <= 0) break;
    floored[i]!++;
    remaining--;
  }
  return floored;
}
