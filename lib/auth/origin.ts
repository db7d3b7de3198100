/**
 * Whether a state-changing request says it comes from this site. Next already refuses a
 * server action whose Origin names another host, but lets one without any Origin run
 * (a "handcrafted" request); every browser sends Origin with a POST, so admin actions
 * refuse that case too, and an opaque `Origin: null` (sandboxed frames, data: pages).
 */
export function isSameOriginRequest(headers: Headers, siteUrl = process.env.SITE_URL): boolean {
  const origin = headers.get("origin");
  if (!origin || origin === "null") return false;
  let host: string;
  try {
    host = new URL(origin).host.toLowerCase();
  } catch {
    return false;
  }
  const own = [headers.get("x-forwarded-host")?.split(",")[0], headers.get("host"), siteUrl && URL.canParse(siteUrl) ? new URL(siteUrl).host : undefined];
  return own.some((h) => h?.trim().toLowerCase() === host);
}
