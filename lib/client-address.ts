import http from "node:http";

/**
 * What X-Forwarded-For should say when the application reads it. Next fills the header
 * from the socket only when a request has none (`??=` in its base server, checked on
 * 16.4), so whatever a client sends would be believed. Without a trusted proxy the
 * socket address replaces it; behind one (TRUST_PROXY=true) the header is kept, and the
 * proxy's own entry, the last, is what lib/auth/client-ip.ts reads.
 */
export function forwardedForFromSocket(header: string | string[] | undefined, socketAddress: string | undefined, trustProxy: boolean): string | undefined {
  const sent = Array.isArray(header) ? header.join(", ") : header;
  if (trustProxy && sent?.trim()) return sent;
  return socketAddress;
}

const INSTALLED = Symbol.for("portal.clientAddressStamp");

/**
 * Rewrites X-Forwarded-For on every request an HTTP server in this process receives,
 * before Next sees it. Installed once from instrumentation.ts (Node runtime).
 */
export function installClientAddressStamp(trustProxy: boolean): void {
  const proto = http.Server.prototype as http.Server & { [INSTALLED]?: boolean };
  if (proto[INSTALLED]) return;
  proto[INSTALLED] = true;
  const emit = proto.emit;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      const value = forwardedForFromSocket(request.headers["x-forwarded-for"], request.socket?.remoteAddress, trustProxy);
      if (value) request.headers["x-forwarded-for"] = value;
      else delete request.headers["x-forwarded-for"];
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof proto.emit;
}
