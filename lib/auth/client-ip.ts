/**
 * The client's IP from request headers. Next fills x-forwarded-for with the socket
 * address only when the request has none, so a client can send its own: the header is
 * only believed as far as TRUST_PROXY says a proxy in front rewrites it (then the last
 * entry is the address that proxy saw). Without a trusted proxy, the first entry is
 * what we have; rate limits keyed on it can be dodged by a forged header, which is why
 * per-account limits exist too.
 */
export function clientIpFrom(headers: Headers): string {
  const forwarded = (headers.get("x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  if (process.env.TRUST_PROXY === "true") return forwarded.at(-1) ?? "unknown";
  return forwarded[0] ?? "unknown";
}
