import { describe, expect, it } from "vitest";
import { htmlToLines, textDiff } from "./text-diff";

describe("htmlToLines", () => {
  it("keeps paragraphs apart and decodes entities", () => {
    expect(htmlToLines("<p>Một &amp; hai</p><p>Ba<br>bốn</p>")).toBe("Một & hai\nBa\nbốn");
  });
});

describe("textDiff", () => {
  it("marks added and removed words", () => {
    const parts = textDiff("Cải cách hành chính huyện", "Cải cách thủ tục hành chính huyện");
    expect(parts.filter((p) => p.kind === "added").map((p) => p.text.trim())).toEqual(["thủ tục"]);
    expect(parts.filter((p) => p.kind === "removed")).toEqual([]);
    expect(textDiff("a b", "a").some((p) => p.kind === "removed" && p.text.includes("b"))).toBe(true);
  });
});
