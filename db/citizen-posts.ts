import "server-only";
import { verifyChallenge } from "./challenge";
import { getDb } from "./index";
import { getSecret } from "./secrets";
import { sharedLimiter } from "@/lib/limiter";
import { clientNetwork, keyedHash, visitorId } from "@/lib/visitor";

const HOUR = 3_600_000;

export type Admission = { ok: true; posted: () => void } | { ok: false; reason: "challenge" | "limit" };

/**
 * What stands between a public form (a question, a comment on a draft) and the database:
 * limits per network (an IP's /64) and per visitor, and once a network has posted in the
 * hour, the self-hosted proof-of-work challenge (db/challenge.ts) on its next post. Keys
 * are keyed hashes per site, so no address is kept. Each form has its own guard, so a
 * question does not use up a comment's allowance.
 */
export function citizenPostGuard({ name, perNetwork, perVisitor }: { name: string; perNetwork: number; perVisitor: number }) {
  const networkLimit = sharedLimiter({ name: `${name}-per-network`, points: perNetwork, durationSeconds: HOUR / 1000 });
  const visitorLimit = sharedLimiter({ name: `${name}-per-visitor`, points: perVisitor, durationSeconds: HOUR / 1000 });
  /** Networks that posted in the last hour: their next post needs the challenge solved. */
  const postedRecently = new Map<string, number>();

  return {
    /** Checks the challenge when one is due and counts the post; `posted()` once it is stored. */
    async admit(siteId: number, altcha: string): Promise<Admission> {
      const secret = await getSecret(await getDb(), "visitor");
      const network = `${siteId}:${keyedHash(secret, await clientNetwork())}`;
      const visitor = `${siteId}:${keyedHash(secret, await visitorId())}`;
      const now = Date.now();
      if ((postedRecently.get(network) ?? 0) > now && !(await verifyChallenge(altcha))) return { ok: false, reason: "challenge" };
      if (!(await networkLimit.take(network)) || !(await visitorLimit.take(visitor))) return { ok: false, reason: "limit" };
      return {
        ok: true,
        posted: () => {
          if (postedRecently.size > 10_000) for (const [k, until] of postedRecently) if (until <= now) postedRecently.delete(k);
          postedRecently.set(network, now + HOUR);
        },
      };
    },
  };
}
