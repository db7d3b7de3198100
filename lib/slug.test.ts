import { describe, expect, it } from "vitest";
import { isValidSlug, slugify, uniqueSlug } from "./slug";

describe("slugify", () => {
  it("drops Vietnamese diacritics and maps đ to d", () => {
    expect(slugify("Đoàn kiểm tra")).toBe("doan-kiem-tra");
    expect(slugify("Cải cách hành chính")).toBe("cai-cach-hanh-chinh");
    expect(slugify("ĐƯỜNG GIAO THÔNG NÔNG THÔN")).toBe("duong-giao-thong-nong-thon");
  });

  it("gives the same slug for NFD and NFC input", () => {
    const nfc = "Phượng Dực, Hồng Minh";
    expect(slugify(nfc.normalize("NFD"))).toBe(slugify(nfc));
    expect(slugify(nfc)).toBe("phuong-duc-hong-minh");
  });

  it("turns punctuation, emoji and runs of spaces into single dashes", () => {
    expect(slugify("  Tết 2026 🎉 — vui  xuân!  ")).toBe("tet-2026-vui-xuan");
    expect(slugify("a---b___c")).toBe("a-b-c");
  });

  it("returns an empty string when nothing is left", () => {
    expect(slugify("")).toBe("");
    expect(slugify("🎉 !!! ???")).toBe("");
  });

  it("cuts long slugs at a word boundary", () => {
    const slug = slugify("hành chính ".repeat(40), 50);
    expect(slug.length).toBeLessThanOrEqual(50);
    expect(slug.endsWith("-")).toBe(false);
    expect(slug.split("-").every((w) => w === "hanh" || w === "chinh")).toBe(true);
  });
});

describe("uniqueSlug", () => {
  it("adds -2, -3… until a free slug is found", async () => {
    const taken = new Set(["tin-moi", "tin-moi-2"]);
    expect(await uniqueSlug("Tin mới", async (s) => taken.has(s))).toBe("tin-moi-3");
    expect(await uniqueSlug("Tin cũ", async (s) => taken.has(s))).toBe("tin-cu");
  });

  it("uses the fallback when the title has no letters", async () => {
    expect(await uniqueSlug("🎉", async () => false)).toBe("bai-viet");
  });
});

describe("isValidSlug", () => {
  it("accepts only what slugify produces", () => {
    expect(isValidSlug("cai-cach-hanh-chinh")).toBe(true);
    expect(isValidSlug("Cai-cach")).toBe(false);
    expect(isValidSlug("cải-cách")).toBe(false);
    expect(isValidSlug("a--b")).toBe(false);
    expect(isValidSlug("-a")).toBe(false);
    expect(isValidSlug("1' or '1'='1")).toBe(false);
    expect(isValidSlug("")).toBe(false);
    expect(isValidSlug("a".repeat(201))).toBe(false);
  });
});
