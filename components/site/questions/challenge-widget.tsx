"use client";

import { solveChallenge, type Challenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/web/pbkdf2";
import { useEffect, useState } from "react";

type Status = { state: "working" } | { state: "done"; payload: string } | { state: "failed" };

/**
 * The proof-of-work (ALTCHA protocol), asked once a network has posted in the hour: the
 * challenge comes from our own /api/thu-thach, is solved here with Web Crypto (no worker,
 * nothing from another origin, nothing the page's CSP has to allow), and the solution
 * goes with the form in the `altcha` field, checked by db/challenge.ts.
 */
export function ChallengeWidget({ what = "câu hỏi" }: { what?: string }) {
  const [status, setStatus] = useState<Status>({ state: "working" });
  useEffect(() => {
    const controller = new AbortController();
    (async () => {
      try {
        const response = await fetch("/api/thu-thach", { cache: "no-store", signal: controller.signal });
        const challenge = (await response.json()) as Challenge;
        const solution = await solveChallenge({ challenge, deriveKey, controller });
        if (!solution) throw new Error("unsolved");
        setStatus({ state: "done", payload: btoa(JSON.stringify({ challenge, solution })) });
      } catch {
        if (!controller.signal.aborted) setStatus({ state: "failed" });
      }
    })();
    return () => controller.abort();
  }, []);
  return (
    <div role="status" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="challenge">
      {status.state === "working" && "Đang xác minh trình duyệt (vài giây)…"}
      {status.state === "done" && (
        <>
          <input type="hidden" name="altcha" value={status.payload} />
          Đã xác minh. Bạn có thể gửi {what}.
        </>
      )}
      {status.state === "failed" && "Chưa xác minh được trình duyệt. Vui lòng tải lại trang và thử lại."}
    </div>
  );
}
