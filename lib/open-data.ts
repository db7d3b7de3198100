/**
 * Headers of the reusable data files (/lich-cong-tac.json, /thu-tuc-hanh-chinh.csv…):
 * any portal may read them from the browser (NĐ 224/2026 Điều 11 k5), caches keep them briefly.
 */
export function openDataHeaders(extra: Record<string, string> = {}): HeadersInit {
  return { "Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=300", ...extra };
}
