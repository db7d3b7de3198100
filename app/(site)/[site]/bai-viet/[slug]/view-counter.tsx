"use client";

import { useEffect, useState } from "react";
import { formatNumber } from "@/lib/format";
import { recordView } from "./actions";

/** Shows the rendered count, then the fresh one once this visit is recorded. */
export function ViewCounter({ articleId, initialCount }: { articleId: number; initialCount: number }) {
  const [count, setCount] = useState(initialCount);
  useEffect(() => {
    let cancelled = false;
    recordView(articleId)
      .then((fresh) => {
        if (!cancelled && fresh !== null) setCount(fresh);
      })
      .catch(() => {});
    return () => {
      cancelled = true;
    };
  }, [articleId]);
  return <span data-testid="view-count">{formatNumber(count)}</span>;
}
