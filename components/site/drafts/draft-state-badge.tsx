import { DRAFT_STATE_LABELS, type DraftState } from "@/lib/drafts";

const STYLES: Record<DraftState, string> = {
  dang_lay_y_kien: "border-green-700 bg-green-50 text-green-900",
  chua_mo: "border-sky-700 bg-sky-50 text-sky-900",
  da_ket_thuc: "border-stone-500 bg-stone-100 text-stone-800",
};

/** The draft's state in words (never by colour alone). */
export function DraftStateBadge({ state }: { state: DraftState }) {
  return (
    <span className={`inline-block whitespace-nowrap rounded border px-2 py-0.5 text-xs font-semibold ${STYLES[state]}`} data-testid="draft-state" data-state={state}>
      {DRAFT_STATE_LABELS[state]}
    </span>
  );
}
