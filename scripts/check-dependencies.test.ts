import { describe, expect, it } from "vitest";
import { auditVerdict, compareVersions, versionProblems } from "./check-dependencies.mjs";

describe("compareVersions", () => {
  it.each([
    ["16.4.6", "16.2.6", 1],
    ["16.2.6", "16.2.6", 0],
    ["16.2.5", "16.2.6", -1],
    ["16.10.0", "16.9.9", 1],
    ["16.2.6-canary.3", "16.2.6", -1],
    ["5.0.0-beta.32", "5.0.0-beta.32", 0],
    ["5.0.0-beta.31", "5.0.0-beta.32", -1],
    ["5.0.0-beta.100", "5.0.0-beta.32", 1],
    ["5.0.0", "5.0.0-beta.32", 1],
    ["5.0.0-beta", "5.0.0-beta.1", -1],
    ["5.0.0-alpha.40", "5.0.0-beta.1", -1],
    ["5.0.0-1", "5.0.0-beta", -1],
    ["19.3.1+build.7", "19.3.1", 0],
  ])("%s vs %s → %i", (a, b, expected) => {
    expect(compareVersions(a, b)).toBe(expected);
  });
});

describe("versionProblems", () => {
  it("names every package below its floor or missing", () => {
    expect(versionProblems({ next: "16.4.6", react: "19.3.1", "react-dom": "19.2.5", "next-auth": "5.0.0-beta.29" })).toEqual([
      "react-dom 19.2.5 is below the minimum 19.2.6",
      "next-auth 5.0.0-beta.29 is below the minimum 5.0.0-beta.32",
    ]);
    expect(versionProblems({ next: "16.4.6", react: "19.3.1", "react-dom": "19.3.1" })).toEqual(["next-auth is not installed"]);
  });
});

describe("auditVerdict", () => {
  const report = (severities: string[]) =>
    JSON.stringify({
      vulnerabilities: Object.fromEntries(severities.map((s, i) => [`pkg${i}`, { severity: s }])),
      metadata: { vulnerabilities: { low: 0, moderate: 0, high: severities.filter((s) => s === "high").length, critical: severities.filter((s) => s === "critical").length, total: severities.length } },
    });
  it.each([
    [report([]), "ok"],
    [report(["low", "moderate"]), "ok"],
    [report(["moderate", "high"]), "fail"],
    [report(["critical"]), "fail"],
    [JSON.stringify({ message: "405 Method Not Allowed", statusCode: 405 }), "unavailable"],
    ["npm error network request failed", "unavailable"],
  ])("%s → %s", (output, status) => {
    expect(auditVerdict(output).status).toBe(status);
  });
});
