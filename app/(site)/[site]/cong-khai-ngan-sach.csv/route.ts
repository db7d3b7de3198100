import { BUDGET_STAGES, DISCLOSURE_KINDS } from "@/db/disclosures";
import { getDisclosures, getSiteChrome, siteOf } from "@/db/reader-data";
import { csvDocument } from "@/lib/csv";
import { disclosureQuery } from "@/lib/disclosure-query";
import { openDataHeaders } from "@/lib/open-data";

export async function GET(request: Request, { params }: RouteContext<"/[site]/cong-khai-ngan-sach.csv">) {
  const site = await siteOf(params);
  const filter = disclosureQuery(new URL(request.url).searchParams);
  const [{ origin }, items] = await Promise.all([getSiteChrome(site), getDisclosures(site.id, filter)]);
  const stage = (key: string | null) => BUDGET_STAGES.find((s) => s.key === key)?.label ?? "";
  const header = ["Loại", "Tên", "Năm", "Giai đoạn", "Chủ đầu tư", "Giá trị (đồng)", "Ngày bắt đầu", "Ngày kết thúc", "Tình trạng", "Ngày công bố", "Liên kết", "Tệp"];
  const rows = items.map((d) => [
    DISCLOSURE_KINDS[d.kind],
    d.title,
    d.year ?? "",
    stage(d.stage),
    d.investor,
    d.valueVnd ?? "",
    d.startDate ?? "",
    d.endDate ?? "",
    d.status,
    d.publishedOn,
    d.link,
    d.files.map((f) => `${origin}${f.url}`).join(" "),
  ]);
  return new Response(csvDocument([header, ...rows]), {
    headers: openDataHeaders({ "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="cong-khai-ngan-sach.csv"' }),
  });
}
