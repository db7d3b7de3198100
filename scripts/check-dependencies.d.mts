export const FLOORS: Record<string, string>;
export function compareVersions(a: string, b: string): -1 | 0 | 1;
export function versionProblems(installed: Record<string, string | undefined>, floors?: Record<string, string>): string[];
export function auditVerdict(output: string): { status: "ok" | "fail" | "unavailable"; detail: string };
