import { describe, expect, it } from "vitest";
import { parsePageParam } from "./params";

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
