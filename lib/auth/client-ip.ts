/**
 * The client's IP from request headers. lib/client-address.ts (installed at start) has
 * already made X-Forwarded-For trustworthy: without TRUST_PROXY it holds only the socket
 * address (a client's own header is dropped); with TRUST_PROXY=true the proxy in front
 * appended the address it saw, the last entry. Either way the last entry is the one.
 */
export function clientIpFrom(headers: Headers): string {
  const forwarded = (headers.get("x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  return forwarded.at(-1) ?? "unknown";
}
