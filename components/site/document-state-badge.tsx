import { DOCUMENT_STATE_LABELS, type DocumentState } from "@/lib/document-state";

const STYLES: Record<DocumentState, string> = {
  "con-hieu-luc": "border-green-700 bg-green-50 text-green-900",
  "chua-co-hieu-luc": "border-sky-700 bg-sky-50 text-sky-900",
  "het-hieu-luc": "border-stone-500 bg-stone-100 text-stone-800",
  "bi-thay-the": "border-amber-700 bg-amber-50 text-amber-900",
};

/** Tình trạng, in words (never by colour alone). Expired documents are marked, not hidden. */
export function DocumentStateBadge({ state }: { state: DocumentState }) {
  return <span className={`inline-block whitespace-nowrap rounded border px-2 py-0.5 text-xs font-semibold ${STYLES[state]}`} data-state={state}>{DOCUMENT_STATE_LABELS[state]}</span>;
}
