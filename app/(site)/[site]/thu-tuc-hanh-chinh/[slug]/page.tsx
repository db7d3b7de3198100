import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { PROCEDURE_LEVEL_HINTS } from "@/db/procedures";
import { getProcedure, getSiteChrome, siteOf } from "@/db/reader-data";
import { dublinCore } from "@/lib/dublin-core";
import { formatDateTime } from "@/lib/format";
import { pageMetadata } from "@/lib/seo";
import { isValidSlug } from "@/lib/slug";

export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

type Props = PageProps<"/[site]/thu-tuc-hanh-chinh/[slug]">;

async function load({ params }: Props) {
  const { slug } = await params;
  if (!isValidSlug(slug)) notFound();
  const site = await siteOf(params);
  const procedure = await getProcedure(site.id, slug);
  if (!procedure) notFound();
  return { site, procedure };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { site, procedure } = await load(props);
  const { settings, origin } = await getSiteChrome(site);
  const path = `/thu-tuc-hanh-chinh/${procedure.slug}`;
  const description = `Thủ tục ${procedure.name} (mã ${procedure.code}), lĩnh vực ${procedure.field}: mức độ ${procedure.level}, thời hạn ${procedure.processingTime || "theo quy định"}, ${procedure.fee || "phí theo quy định"}.`;
  const metadata = pageMetadata({ title: `${procedure.name} | ${settings.portalName}`, description, path, siteName: settings.portalName, origin, socialTitle: procedure.name });
  return {
    ...metadata,
    other: dublinCore({
      title: procedure.name,
      identifier: `${origin}${path}`,
      publisher: settings.agencyName,
      subject: procedure.field,
      description,
      modified: procedure.updatedAt,
      type: "Service",
      relation: procedure.portalUrl,
    }),
  };
}

export default async function ProcedurePage(props: Props) {
  const { procedure } = await load(props);
  const rows: [string, string][] = [
    ["Mã thủ tục (mã TTHC)", procedure.code],
    ["Lĩnh vực", procedure.field],
    ["Mức độ", `${procedure.level} - ${PROCEDURE_LEVEL_HINTS[procedure.level as keyof typeof PROCEDURE_LEVEL_HINTS] ?? ""}`],
    ["Thời hạn giải quyết", procedure.processingTime || "Theo quy định"],
    ["Phí, lệ phí", procedure.fee || "Theo quy định"],
    ["Cơ quan thực hiện", procedure.agency || "—"],
  ];
  return (
    <div className="flex flex-col gap-4">
      <Breadcrumbs items={[{ label: "Thủ tục hành chính", href: "/thu-tuc-hanh-chinh" }, { label: procedure.name }]} />
      <article aria-labelledby="tthc-ten" className="rounded bg-white p-4 shadow-sm">
        <p className="text-sm font-semibold uppercase tracking-wide text-muted">Thủ tục hành chính</p>
        <h1 id="tthc-ten" className="mb-4 border-b-2 border-brand-600 pb-2 text-2xl font-bold text-brand-800">
          {procedure.name}
        </h1>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[14rem_minmax(0,1fr)]">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-semibold text-muted">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        <div className="mt-6 rounded border border-brand-100 bg-brand-50 p-4">
          <p className="mb-3">
            Thành phần hồ sơ, biểu mẫu, trình tự thực hiện và nộp hồ sơ trực tuyến: xem trên Cổng Dịch vụ công quốc gia, nơi thủ tục được công bố chính thức.
          </p>
          <a href={procedure.portalUrl} rel="noopener" className="inline-block rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
            Xem và nộp hồ sơ trên Cổng Dịch vụ công quốc gia
          </a>
        </div>
        <p className="mt-4 text-sm text-muted">Cập nhật lần cuối: {formatDateTime(procedure.updatedAt)}</p>
      </article>
    </div>
  );
}
