import { percentages, type PollView } from "@/lib/poll";
import { formatNumber } from "@/lib/format";

/** Counts, percentages that sum to 100 and horizontal bars; pure markup, no JS. */
export function PollResults({ poll, highlightOptionId }: { poll: PollView; highlightOptionId?: number }) {
  const shares = percentages(poll.options.map((o) => o.votes));
  return (
    <div>
      <ul className="space-y-3">
        {poll.options.map((option, i) => (
          <li key={option.id}>
            <div className="flex items-baseline justify-between gap-2 text-sm">
              <span className={option.id === highlightOptionId ? "font-bold text-brand-800" : "font-medium"}>
                {option.label}
                {option.id === highlightOptionId && <span className="text-xs font-normal"> (lựa chọn của bạn)</span>}
              </span>
              <span className="whitespace-nowrap tabular-nums text-muted">
                {formatNumber(option.votes)} phiếu · <strong className="text-ink">{shares[i]}%</strong>
              </span>
            </div>
            <div className="mt-1 h-2.5 overflow-hidden rounded-full bg-stone-200" aria-hidden="true">
              <div className="h-full rounded-full bg-brand-600" style={{ width: `${shares[i]}%` }} />
            </div>
          </li>
        ))}
      </ul>
      <p className="mt-3 text-sm text-muted">
        Tổng số phiếu: <strong className="text-ink" data-testid="poll-total">{formatNumber(poll.totalVotes)}</strong>
      </p>
    </div>
  );
}
