import "server-only";
import { createHmac, randomBytes } from "node:crypto";
import { isbot } from "isbot";
import { cookies, headers } from "next/headers";
import { clientIpFrom, networkKey } from "@/lib/auth/client-ip";

const VISITOR_COOKIE = "vid";
const ONE_YEAR = 60 * 60 * 24 * 365;

/**
 * The anonymous visitor id (random, httpOnly cookie), created on first need. Only
 * callable where cookies may be set: server actions and route handlers.
 */
export async function visitorId(): Promise<string> {
  const jar = await cookies();
  const existing = jar.get(VISITOR_COOKIE)?.value;
  if (existing && /^[A-Za-z0-9_-]{22}$/.test(existing)) return existing;
  const id = randomBytes(16).toString("base64url");
  jar.set(VISITOR_COOKIE, id, {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.SITE_URL?.startsWith("https://") ?? false,
    path: "/",
    maxAge: ONE_YEAR,
  });
  return id;
}

/** Keyed hash: the database never holds a raw cookie value or IP address. */
export function keyedHash(secret: string, value: string): string {
  return createHmac("sha256", secret).update(value).digest("base64url");
}

/** The client's IP (see lib/auth/client-ip.ts for how far headers are believed). */
export async function clientIp(): Promise<string> {
  return clientIpFrom(await headers());
}

/** What every per-IP limit counts (votes, views, sign-ins): see networkKey. */
export async function clientNetwork(): Promise<string> {
  return networkKey(await clientIp());
}

/** Crawlers, previews and prefetches are not readers. */
export async function isAutomatedRequest(): Promise<boolean> {
  const h = await headers();
  const purpose = `${h.get("sec-purpose") ?? ""} ${h.get("purpose") ?? ""}`;
  return isbot(h.get("user-agent") ?? "") || /prefetch|prerender/i.test(purpose) || !h.get("user-agent");
}
