import "server-only";
import { createHmac } from "node:crypto";
import { isbot } from "isbot";
import { cookies, headers } from "next/headers";
import { clientIpFrom, networkKey } from "@/lib/auth/client-ip";
import { VISITOR_COOKIE, isVisitorId, newVisitorId, visitorCookieOptions } from "@/lib/visitor-cookie.mjs";

/**
 * The anonymous visitor id (random, httpOnly cookie). proxy.ts mints it for a reader's
 * server-action request without one, so it is normally there; it is created here only
 * when a request reached the action some other way. Only callable where cookies may be
 * set: server actions and route handlers.
 */
export async function visitorId(): Promise<string> {
  const jar = await cookies();
  const existing = jar.get(VISITOR_COOKIE)?.value;
  if (isVisitorId(existing)) return existing;
  const id = newVisitorId();
  jar.set(VISITOR_COOKIE, id, visitorCookieOptions());
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
