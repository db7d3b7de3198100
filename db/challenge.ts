import "server-only";
import { createChallenge, randomInt, verifySolution, type Challenge, type Payload } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import { getDb } from "@/db/index";
import { getSecret } from "@/db/secrets";

/**
 * The self-hosted proof-of-work challenge (ALTCHA): asked of a network that has already
 * posted in the hour. The challenge comes from our own route (/api/thu-thach), the widget
 * solves it in the browser, the form posts the solution in the `altcha` field and the
 * server checks it here. Nothing is loaded from another origin. A solution is accepted
 * once (kept in memory until it would expire anyway).
 */
const ALGORITHM = "PBKDF2/SHA-256";
const LIFETIME_SECONDS = 10 * 60;
const used = new Map<string, number>();

async function secrets() {
  const secret = await getSecret(await getDb(), "challenge");
  return { hmacSignatureSecret: `sig:${secret}`, hmacKeySignatureSecret: `key:${secret}` };
}

export async function newChallenge(cost = Number(process.env.CHALLENGE_COST) || 5_000): Promise<Challenge> {
  return createChallenge({
    algorithm: ALGORITHM,
    cost,
    counter: randomInt(cost, cost * 2),
    deriveKey,
    expiresAt: Math.floor(Date.now() / 1000) + LIFETIME_SECONDS,
    ...(await secrets()),
  });
}

/** True for a valid, unexpired, unused solution (the form's `altcha` field, base64 JSON). */
export async function verifyChallenge(field: string): Promise<boolean> {
  if (!field || field.length > 4000) return false;
  let payload: Payload;
  try {
    payload = JSON.parse(Buffer.from(field, "base64").toString("utf8")) as Payload;
  } catch {
    return false;
  }
  if (!payload?.challenge?.parameters || !payload.solution) return false;
  const key = payload.challenge.signature ?? "";
  const now = Date.now();
  for (const [k, until] of used) if (until <= now) used.delete(k);
  if (!key || used.has(key)) return false;
  try {
    const result = await verifySolution({ challenge: payload.challenge, solution: payload.solution, deriveKey, ...(await secrets()) });
    if (!result.verified) return false;
  } catch {
    return false;
  }
  used.set(key, now + LIFETIME_SECONDS * 1000);
  return true;
}
