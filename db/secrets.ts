import "server-only";
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Database } from "./client";
import { platformSettings } from "./schema";

const cache = new Map<string, string>();

/**
 * A server secret generated on first use and kept in the database, so every app
 * instance on the same database shares it and a new install needs no configuration.
 * An environment variable of the same name (upper-cased) wins when set.
 */
export async function getSecret(db: Database, name: "visitor" | "auth" | "contacts" | "challenge"): Promise<string> {
  const fromEnv = process.env[`${name.toUpperCase()}_SECRET`];
  if (fromEnv) return fromEnv;
  const known = cache.get(name);
  if (known) return known;
  const key = `secret:${name}`;
  // Two instances racing both insert; the first wins and both read the winner.
  await db
    .insert(platformSettings)
    .values({ key, value: randomBytes(32).toString("base64url") })
    .onConflictDoNothing();
  const [row] = await db.select({ value: platformSettings.value }).from(platformSettings).where(eq(platformSettings.key, key));
  const secret = String(row!.value);
  cache.set(name, secret);
  return secret;
}
