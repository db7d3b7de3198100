"use client";

import { useEffect, useState } from "react";

/** Renders its children until the instant `at`, then nothing (a cached page's time-bound notice). */
export function HideAfter({ at, children }: { at: string; children: React.ReactNode }) {
  const [hidden, setHidden] = useState(false);
  useEffect(() => {
    const left = new Date(at).getTime() - Date.now();
    if (left <= 0) {
      setHidden(true);
      return;
    }
    // setTimeout caps at about 24.8 days; a longer wait is re-checked on the next visit.
    if (left > 2_000_000_000) return;
    const timer = setTimeout(() => setHidden(true), left);
    return () => clearTimeout(timer);
  }, [at]);
  return hidden ? null : <>{children}</>;
}
