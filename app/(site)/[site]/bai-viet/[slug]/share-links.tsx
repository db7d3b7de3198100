"use client";

import { useState } from "react";

/**
 * Sharing as Vietnamese readers share: Zalo, Facebook and the link itself. Plain links —
 * no third-party script, nothing loaded from those sites until a reader clicks. "Sao
 * chép liên kết" is the article's own URL (long-press copies it without JavaScript); with
 * JavaScript a click copies it and says so.
 */
export function ShareLinks({ url, title }: { url: string; title: string }) {
  const [copied, setCopied] = useState(false);
  const encoded = encodeURIComponent(url);
  const link = "inline-flex h-9 items-center gap-1.5 rounded border border-stone-300 bg-white px-3 text-sm font-semibold hover:border-brand-600 hover:text-brand-700";
  return (
    <div className="no-print mt-6 flex flex-wrap items-center gap-2 border-t border-stone-200 pt-4" role="group" aria-label="Chia sẻ bài viết">
      <span className="text-sm font-semibold text-muted">Chia sẻ:</span>
      <a href={`https://sp.zalo.me/share_inline?url=${encoded}`} target="_blank" rel="noopener noreferrer" className={link}>
        Zalo<span className="sr-only"> (mở trong thẻ mới)</span>
      </a>
      <a href={`https://www.facebook.com/sharer/sharer.php?u=${encoded}`} target="_blank" rel="noopener noreferrer" className={link}>
        Facebook<span className="sr-only"> (mở trong thẻ mới)</span>
      </a>
      <a
        href={url}
        className={link}
        title={title}
        onClick={(event) => {
          if (!navigator.clipboard) return;
          event.preventDefault();
          void navigator.clipboard.writeText(url).then(
            () => setCopied(true),
            () => setCopied(false),
          );
        }}
      >
        Sao chép liên kết
      </a>
      <span aria-live="polite" className="text-sm text-green-800">
        {copied ? "Đã sao chép liên kết." : ""}
      </span>
    </div>
  );
}
