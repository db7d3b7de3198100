import { describe, expect, it } from "vitest";
import { parsePageParam, parseTextParam } from "./params";

describe("parsePageParam", () => {
  it("reads plain positive integers", () => {
    expect(parsePageParam("1")).toBe(1);
    expect(parsePageParam("7")).toBe(7);
  });

  it("falls back to page 1 for anything else", () => {
    for (const bad of ["-1", "0", "abc", "1.5", "1e3", "", " 2", "999999999", "2;drop table articles"]) {
      expect(parsePageParam(bad)).toBe(1);
    }
    expect(parsePageParam(undefined)).toBe(1);
    expect(parsePageParam(["2", "3"])).toBe(1);
  });
});

describe("parseTextParam", () => {
  it.each([
    ["cải cách", "cải cách"],
    ["  a\u0000b\tc\n ", "a b c"],
    ["\u0000", ""],
    [["a", "b"], ""],
    [undefined, ""],
    ["x".repeat(150), "x".repeat(100)],
    ["' OR '1'='1", "' OR '1'='1"],
  ] as const)("%j → %j", (raw, expected) => {
    expect(parseTextParam(raw as string | string[] | undefined)).toBe(expected);
  });
});
