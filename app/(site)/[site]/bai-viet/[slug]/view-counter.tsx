"use client";

import { useEffect, useState } from "react";
import { formatNumber } from "@/lib/format";
import { ping, recordView } from "./actions";

/**
 * The benchmark's reference server action (scripts/bench): Next leaves an action out of the
 * build unless client code refers to it, and this export does.
 */
export { ping as benchmarkReferenceAction };

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
