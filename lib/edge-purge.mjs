// The edge cache in front of the instances (Varnish with xkey, deploy/varnish.vcl) holds
// reader pages under the same tags as the app's own cache: each cached page names them in
// an `xkey` header (lib/cache-handler.mjs), and every invalidation the app makes is sent
// to each edge as PURGE with `xkey-purge`, before the editor's request returns, so a
// published article is on the very next request through the edge too.

/** EDGE_PURGE_URLS: comma-separated addresses of the edges' PURGE endpoints. */
export function edgeUrls() {
  return (process.env.EDGE_PURGE_URLS ?? "")
    .split(",")
    .map((u) => u.trim())
    .filter(Boolean);
}

export async function purgeEdges(tags, urls = edgeUrls()) {
  if (!urls.length || !tags.length) return;
  await Promise.all(
    urls.map(async (url) => {
      try {
        const response = await fetch(url, { method: "PURGE", headers: { "xkey-purge": tags.join(" ") }, signal: AbortSignal.timeout(2_000) });
        if (!response.ok) console.error(`[edge] purge refused by ${new URL(url).host}: ${response.status}`);
      } catch (error) {
        console.error(`[edge] purge failed at ${new URL(url).host}:`, error instanceof Error ? error.message : error);
      }
    }),
  );
}
