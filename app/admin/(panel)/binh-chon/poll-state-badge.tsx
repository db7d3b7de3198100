import type { PollState } from "@/lib/poll";

const STATES: Record<PollState, { label: string; className: string }> = {
  not_open: { label: "Chưa mở", className: "bg-stone-100 text-stone-800" },
  open: { label: "Đang mở", className: "bg-green-100 text-green-800" },
  closed: { label: "Đã đóng", className: "bg-red-100 text-red-800" },
};

export function PollStateBadge({ state }: { state: PollState }) {
  const { label, className } = STATES[state];
  return <span className={`inline-block whitespace-nowrap rounded px-2 py-0.5 text-xs font-semibold ${className}`}>{label}</span>;
}
