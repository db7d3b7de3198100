import { getDocumentList } from "@/db/documents-reader";
import { getSiteChrome, siteOf } from "@/db/reader-data";
import { documentJson } from "@/lib/document-export";
import { documentsHref, parseDocumentParams, searchParamsRecord } from "@/lib/document-query";

const PAGE_SIZE = 100;

/**
 * The register as JSON with the page's filters (?q=&loai=&co-quan=&linh-vuc=&nam=&tinh-trang=
 * &pham-vi=toan-tinh&trang=): other portals list, link and integrate documents from it; the
 * province lists its components' documents with pham-vi=toan-tinh.
 */
export async function GET(request: Request, { params }: RouteContext<"/[site]/van-ban.json">) {
  const site = await siteOf(params);
  const query = parseDocumentParams(searchParamsRecord(new URL(request.url)));
  const [data, { settings, origin }] = await Promise.all([getDocumentList(site, query, PAGE_SIZE), getSiteChrome(site)]);
  const page = (n: number) => `${origin}${documentsHref({ ...query, page: n }, "/van-ban.json")}`;
  const body = {
    nguon: settings.portalName,
    coQuan: settings.agencyName,
    trang: query.page,
    soTrang: data.pageCount,
    tong: data.total,
    gioiHan: data.capped,
    ...(query.page < data.pageCount && { trangSau: page(query.page + 1) }),
    ...(query.page > 1 && { trangTruoc: page(query.page - 1) }),
    vanBan: data.items.map((item) => documentJson(item, origin)),
  };
  return Response.json(body, { headers: { "Cache-Control": "public, max-age=60", "Access-Control-Allow-Origin": "*" } });
}
