import { describe, expect, it } from "vitest";
import { isSameOriginRequest } from "./origin";

describe("isSameOriginRequest", () => {
  it.each([
    [{ origin: "http://127.0.0.1:3400", host: "127.0.0.1:3400" }, undefined, true],
    [{ origin: "https://hungha.gov.vn", host: "10.0.0.5:3000", "x-forwarded-host": "hungha.gov.vn" }, undefined, true],
    [{ origin: "https://hungha.gov.vn", host: "10.0.0.5:3000" }, "https://hungha.gov.vn", true],
    [{ origin: "HTTPS://HUNGHA.GOV.VN", host: "hungha.gov.vn" }, undefined, true],
    [{ origin: "https://evil.example", host: "hungha.gov.vn" }, "https://hungha.gov.vn", false],
    [{ origin: "https://hungha.gov.vn.evil.example", host: "hungha.gov.vn" }, undefined, false],
    [{ origin: "null", host: "hungha.gov.vn" }, undefined, false],
    [{ host: "hungha.gov.vn" }, "https://hungha.gov.vn", false],
    [{ origin: "not a url", host: "hungha.gov.vn" }, undefined, false],
    [{ origin: "http://127.0.0.1:3401", host: "127.0.0.1:3400" }, undefined, false],
  ])("%j with SITE_URL %s → %s", (headers, siteUrl, expected) => {
    expect(isSameOriginRequest(new Headers(headers as Record<string, string>), siteUrl)).toBe(expected);
  });
});
