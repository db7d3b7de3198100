// `npm run check:deps` (part of `npm test`): the installed versions of the packages
// whose older releases have known exploitable flaws are at or above their floors, and
// `npm audit` reports no high or critical advisory for the production dependencies.
// An unreachable audit endpoint (offline mirror, proxy) is a warning, not a failure.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import semver from "semver";

export const FLOORS = {
  next: "16.2.6",
  react: "19.2.6",
  "react-dom": "19.2.6",
  "next-auth": "5.0.0-beta.32",
};

/** -1, 0 or 1, by SemVer 2.0.0 precedence (a prerelease comes before its release). */
export function compareVersions(a, b) {
  return semver.compare(a, b);
}

/** Packages below their floor, as messages. */
export function versionProblems(installed, floors = FLOORS) {
  return Object.entries(floors).flatMap(([name, floor]) => {
    const version = installed[name];
    if (!version) return [`${name} is not installed`];
    return compareVersions(version, floor) < 0 ? [`${name} ${version} is below the minimum ${floor}`] : [];
  });
}

/**
 * What `npm audit --json` printed: high/critical findings fail; output without a
 * vulnerability summary means the audit could not run.
 */
export function auditVerdict(output) {
  let report;
  try {
    report = JSON.parse(output);
  } catch {
    return { status: "unavailable", detail: output.trim().split("\n")[0] ?? "" };
  }
  const counts = report?.metadata?.vulnerabilities;
  if (!counts) return { status: "unavailable", detail: report?.message ?? report?.error?.summary ?? "no report" };
  const serious = Object.entries(report.vulnerabilities ?? {})
    .filter(([, v]) => v.severity === "high" || v.severity === "critical")
    .map(([name, v]) => `${name} (${v.severity})`);
  if (serious.length === 0 && (counts.high ?? 0) + (counts.critical ?? 0) > 0) serious.push(`${counts.high} high, ${counts.critical} critical`);
  return serious.length ? { status: "fail", detail: serious.join(", ") } : { status: "ok", detail: `${counts.total ?? 0} low/moderate at most` };
}

function installedVersions(root) {
  return Object.fromEntries(
    Object.keys(FLOORS).map((name) => {
      try {
        return [name, JSON.parse(readFileSync(path.join(root, "node_modules", name, "package.json"), "utf8")).version];
      } catch {
        return [name, undefined];
      }
    }),
  );
}

function main() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  let failed = false;
  const problems = versionProblems(installedVersions(root));
  for (const p of problems) console.error(`✗ ${p}`);
  if (problems.length) failed = true;
  else console.log(`✓ versions at or above ${Object.entries(FLOORS).map(([n, v]) => `${n} ${v}`).join(", ")}`);

  const audit = spawnSync("npm", ["audit", "--omit=dev", "--audit-level=high", "--json"], { cwd: root, encoding: "utf8", timeout: 60_000 });
  const verdict = auditVerdict(audit.stdout ?? "");
  if (verdict.status === "fail") {
    console.error(`✗ npm audit: high or critical advisories: ${verdict.detail}`);
    failed = true;
  } else if (verdict.status === "unavailable") {
    console.warn(`! npm audit could not run (${verdict.detail}); the advisory check was skipped`);
  } else {
    console.log(`✓ npm audit: no high or critical advisory (${verdict.detail})`);
  }
  process.exit(failed ? 1 : 0);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
