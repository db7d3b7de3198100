import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientIpFrom, networkKey } from "./auth/client-ip";
import { forwardedForFromSocket, installClientAddressStamp } from "./client-address";

describe("forwardedForFromSocket", () => {
  it.each([
    // header sent by the client, socket, TRUST_PROXY → what the app reads
    ["6.6.6.6", "203.0.113.7", false, "203.0.113.7"],
    ["6.6.6.6, 7.7.7.7", "203.0.113.7", false, "203.0.113.7"],
    [undefined, "203.0.113.7", false, "203.0.113.7"],
    ["6.6.6.6, 198.51.100.4", "10.0.0.2", true, "6.6.6.6, 198.51.100.4"],
    [["6.6.6.6", "198.51.100.4"], "10.0.0.2", true, "6.6.6.6, 198.51.100.4"],
    [undefined, "10.0.0.2", true, "10.0.0.2"],
    ["  ", "10.0.0.2", true, "10.0.0.2"],
  ] as const)("%j from %s (trust proxy: %s) → %s", (header, socket, trust, expected) => {
    expect(forwardedForFromSocket(header as string | string[] | undefined, socket, trust)).toBe(expected);
  });
});

describe("clientIpFrom", () => {
  it.each([
    ["203.0.113.7", "203.0.113.7"],
    ["6.6.6.6, 198.51.100.4", "198.51.100.4"],
    [" 6.6.6.6 ,, 198.51.100.4 ", "198.51.100.4"],
    ["", "unknown"],
  ])("reads %j as %s", (header, expected) => {
    expect(clientIpFrom(new Headers(header ? { "x-forwarded-for": header } : {}))).toBe(expected);
  });
});

describe("networkKey", () => {
  it.each([
    ["203.0.113.7", "203.0.113.7"],
    ["::ffff:203.0.113.7", "203.0.113.7"],
    ["::ffff:cb00:7107", "203.0.113.7"],
    ["2001:db8:1:2::1", "2001:db8:1:2::/64"],
    ["2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64"],
    ["2001:0DB8:0001:0002:0000:0000:0000:0009", "2001:db8:1:2::/64"],
    ["2001:db8::1", "2001:db8:0:0::/64"],
    ["2001:db8::1:0:0:1", "2001:db8:0:0::/64"],
    ["[2001:db8:1:2::1]", "2001:db8:1:2::/64"],
    ["fe80::1%eth0", "fe80:0:0:0::/64"],
    ["::1", "0:0:0:0::/64"],
    ["64:ff9b::198.51.100.7", "64:ff9b:0:0::/64"],
    ["unknown", "unknown"],
  ])("%s counts as %s", (ip, expected) => {
    expect(networkKey(ip)).toBe(expected);
  });

  it("gives every address of one /64 the same key and the next /64 another", () => {
    const keys = new Set(["2001:db8:a:b::1", "2001:db8:a:b:ffff:ffff:ffff:ffff", "2001:db8:a:b:1234::5678"].map(networkKey));
    expect(keys.size).toBe(1);
    expect(networkKey("2001:db8:a:c::1")).not.toBe(networkKey("2001:db8:a:b::1"));
    expect(networkKey("203.0.113.8")).not.toBe(networkKey("203.0.113.7"));
  });
});

describe("installClientAddressStamp", () => {
  // A real HTTP server in this process: the client's forged header never reaches the handler.
  let server: http.Server;
  let port: number;
  beforeAll(async () => {
    installClientAddressStamp(false);
    server = http.createServer((req, res) => res.end(req.headers["x-forwarded-for"] ?? ""));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("replaces a client-sent X-Forwarded-For with the socket address", async () => {
    for (const forged of ["6.6.6.6", "6.6.6.6, 127.0.0.2", ""]) {
      const response = await fetch(`http://127.0.0.1:${port}/`, { headers: forged ? { "x-forwarded-for": forged } : {} });
      expect(await response.text()).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
    }
  });
});
