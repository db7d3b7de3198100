"use client";

/** The print layout is the page itself (globals.css @media print); this only opens the dialog. */
export function PrintButton() {
  return (
    <button type="button" onClick={() => window.print()} className="no-print rounded border border-stone-300 bg-white px-3 py-1.5 text-sm font-semibold hover:border-brand-600 hover:text-brand-700">
      In lịch tuần
    </button>
  );
}
