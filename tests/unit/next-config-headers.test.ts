import path from "node:path";
import type { NextConfig } from "next";
import { afterEach, describe, expect, it, vi } from "vitest";

const CONFIG = path.join(import.meta.dirname, "../../next.config.mjs");

// next.config.mjs reads SITE_URL when it is loaded (at build): load it fresh per case.
async function configFor(siteUrl: string | undefined) {
  vi.resetModules();
  if (siteUrl === undefined) vi.stubEnv("SITE_URL", "");
  else vi.stubEnv("SITE_URL", siteUrl);
  const { default: config } = (await import(/* @vite-ignore */ CONFIG)) as { default: NextConfig };
  const rules = await config.headers!();
  const headers = Object.fromEntries(rules.find((r) => r.source === "/:path*")!.headers.map((h) => [h.key.toLowerCase(), h.value]));
  return { headers, allowedOrigins: config.experimental?.serverActions?.allowedOrigins };
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("next.config.mjs security settings", () => {
  it("sends HSTS only for an https SITE_URL", async () => {
    expect((await configFor("https://hungha.gov.vn")).headers["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
    expect((await configFor("http://localhost:3000")).headers["strict-transport-security"]).toBeUndefined();
    expect((await configFor(undefined)).headers["strict-transport-security"]).toBeUndefined();
  });

  it("allows server actions from SITE_URL's host, and from no other", async () => {
    expect((await configFor("https://hungha.gov.vn")).allowedOrigins).toEqual(["hungha.gov.vn"]);
    expect((await configFor("https://portal.example.vn:8443/")).allowedOrigins).toEqual(["portal.example.vn:8443"]);
    expect((await configFor(undefined)).allowedOrigins).toEqual([]);
  });

  it("keeps the headers every response must carry", async () => {
    const { headers } = await configFor("https://hungha.gov.vn");
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");
  });
});
