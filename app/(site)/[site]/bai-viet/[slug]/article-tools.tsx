"use client";

import { useEffect, useState } from "react";

const SCALES = [0.875, 1, 1.125, 1.25, 1.375];
const STORAGE_KEY = "co-chu";

/** A-/A+ and print: the article's only interactive controls, kept in one small island. */
export function ArticleTools({ targetId }: { targetId: string }) {
  const [index, setIndex] = useState(1);

  useEffect(() => {
    const stored = localStorage.getItem(STORAGE_KEY);
    const saved = stored === null ? NaN : Number(stored);
    if (Number.isInteger(saved) && saved >= 0 && saved < SCALES.length) setIndex(saved);
  }, []);

  useEffect(() => {
    document.getElementById(targetId)?.style.setProperty("--article-scale", String(SCALES[index]));
  }, [index, targetId]);

  function change(step: number) {
    const next = Math.min(SCALES.length - 1, Math.max(0, index + step));
    setIndex(next);
    localStorage.setItem(STORAGE_KEY, String(next));
  }

  const button = "flex h-9 min-w-9 items-center justify-center rounded border border-stone-300 bg-white px-2 text-sm font-semibold hover:border-brand-600 hover:text-brand-700 disabled:opacity-40";
  return (
    <div className="no-print flex items-center gap-1.5" role="group" aria-label="Công cụ bài viết">
      <button type="button" className={button} onClick={() => change(-1)} disabled={index === 0} aria-label="Giảm cỡ chữ">
        A-
      </button>
      <button type="button" className={button} onClick={() => change(1)} disabled={index === SCALES.length - 1} aria-label="Tăng cỡ chữ">
        A+
      </button>
      <button type="button" className={button} onClick={() => window.print()}>
        <svg aria-hidden="true" width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" className="mr-1">
          <path d="M6 9V2h12v7M6 18H4a2 2 0 0 1-2-2v-5a2 2 0 0 1 2-2h16a2 2 0 0 1 2 2v5a2 2 0 0 1-2 2h-2M6 14h12v8H6z" />
        </svg>
        In bài
      </button>
    </div>
  );
}
