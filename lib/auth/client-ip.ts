import { isIPv4, isIPv6 } from "node:net";

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

/** The eight 16-bit groups of an IPv6 address (an embedded IPv4 tail included), or null. */
function ipv6Groups(address: string): number[] | null {
  if (!isIPv6(address)) return null;
  let text = address.toLowerCase();
  const v4 = text.match(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split("::") as [string, string | undefined];
  const parse = (part: string | undefined) => (part ? part.split(":").map((g) => parseInt(g, 16)) : []);
  const left = parse(head);
  const right = parse(tail);
  const groups = tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill(0), ...right];
  return groups.length === 8 ? groups : null;
}

/**
 * What a per-IP limit counts: the address itself for IPv4, its /64 for IPv6. An IPv6
 * subscriber is given a whole /64 (2^64 addresses to rotate through for free), so an
 * exact-address key would hand each one an endless supply of fresh allowances. IPv4
 * addresses written as IPv6 (`::ffff:198.51.100.7`, what a dual-stack socket reports)
 * count as the IPv4 address. Anything unparseable is its own key.
 */
export function networkKey(ip: string): string {
  const address = ip.trim().replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  if (isIPv4(address)) return address;
  const groups = ipv6Groups(address);
  if (!groups) return ip;
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    return [groups[6]! >> 8, groups[6]! & 255, groups[7]! >> 8, groups[7]! & 255].join(".");
  }
  return `${groups.slice(0, 4).map((g) => g.toString(16)).join(":")}::/64`;
}
