import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { LastUpdated } from "@/components/site/last-updated";
import { Contact, Panel } from "@/components/site/unit-info";
import { getSiteChrome, getUnitInfo, siteOf } from "@/db/reader-data";
import { SECTIONS, type SectionPath } from "@/lib/sections";
import { pageMetadata } from "@/lib/seo";

// Cached whole: the sections are code, the contact is the site's settings.
export const revalidate = 300;

type Props = PageProps<"/[site]/tiep-can-thong-tin">;

/** Luật Tiếp cận thông tin 2016: which kind of information each section makes public. */
const LAW_BASIS: Partial<Record<SectionPath, string>> = {
  "/gioi-thieu": "Điều 17 khoản 1 điểm c: cơ cấu tổ chức, chức năng, nhiệm vụ, quyền hạn",
  "/gioi-thieu/lanh-dao": "Điều 17 khoản 1 điểm c; Nghị định 224/2026 Điều 9: tiểu sử tóm tắt, nhiệm vụ của lãnh đạo",
  "/gioi-thieu/co-cau-to-chuc": "Điều 17 khoản 1 điểm c: cơ cấu tổ chức, chức năng, nhiệm vụ",
  "/danh-ba": "Điều 17 khoản 1 điểm c: đầu mối liên hệ",
  "/van-ban": "Điều 17 khoản 1 điểm a, b: văn bản quy phạm pháp luật, văn bản hành chính có giá trị áp dụng chung",
  "/lich-cong-tac": "Điều 17 khoản 1 điểm đ: thông tin về hoạt động của cơ quan",
  "/thu-tuc-hanh-chinh": "Điều 17 khoản 1 điểm b: thủ tục hành chính, quy trình giải quyết công việc",
  "/cong-khai-ngan-sach": "Điều 17 khoản 1 điểm e, g, h: dự toán, quyết toán ngân sách, dự án đầu tư, mua sắm công",
  "/hoi-dap": "Điều 17 khoản 1 điểm p: trả lời, giải thích của cơ quan",
  "/du-thao": "Điều 17 khoản 1 điểm d: dự thảo văn bản lấy ý kiến nhân dân",
  "/tiep-can-thong-tin": "Điều 17 khoản 1 điểm q; Điều 19: danh mục thông tin phải công khai, đầu mối cung cấp thông tin",
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { settings, origin } = await getSiteChrome(await siteOf(params));
  return pageMetadata({
    title: `Tiếp cận thông tin | ${settings.portalName}`,
    description: `Thông tin ${settings.agencyName} công khai trên cổng, ở đâu, và cách yêu cầu cung cấp thông tin theo Luật Tiếp cận thông tin 2016.`,
    path: "/tiep-can-thong-tin",
    siteName: settings.portalName,
    origin,
    socialTitle: "Tiếp cận thông tin",
  });
}

export default async function AccessToInformationPage({ params }: Props) {
  const site = await siteOf(params);
  const [{ settings }, { updated }] = await Promise.all([getSiteChrome(site), getUnitInfo(site.id)]);
  return (
    <div className="flex flex-col gap-4">
      <Breadcrumbs items={[{ label: "Tiếp cận thông tin" }]} />
      <Panel title="Tiếp cận thông tin" id="tiep-can-thong-tin">
        <p className="mb-4">
          Theo Luật Tiếp cận thông tin năm 2016 (Điều 17, Điều 19), {settings.agencyName} công khai trên cổng các thông tin dưới đây. Thông tin chưa có trên cổng, công dân có thể yêu cầu cung cấp theo hướng dẫn ở cuối trang.
        </p>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">Danh mục thông tin công khai và nơi đăng tải</caption>
            <thead>
              <tr className="bg-brand-50 text-left">
                <th scope="col" className="border border-stone-300 px-3 py-2">Thông tin</th>
                <th scope="col" className="border border-stone-300 px-3 py-2">Nội dung</th>
                <th scope="col" className="border border-stone-300 px-3 py-2">Căn cứ</th>
              </tr>
            </thead>
            <tbody>
              {SECTIONS.filter((s) => LAW_BASIS[s.path]).map((s) => (
                <tr key={s.path}>
                  <th scope="row" className="border border-stone-300 px-3 py-2 text-left font-semibold">
                    <Link href={s.path} className="text-brand-700 hover:underline">
                      {s.label}
                    </Link>
                  </th>
                  <td className="border border-stone-300 px-3 py-2">{s.description}</td>
                  <td className="border border-stone-300 px-3 py-2 text-muted">{LAW_BASIS[s.path]}</td>
                </tr>
              ))}
              <tr>
                <th scope="row" className="border border-stone-300 px-3 py-2 text-left font-semibold">
                  <Link href="/" className="text-brand-700 hover:underline">Tin tức, thông báo</Link>
                </th>
                <td className="border border-stone-300 px-3 py-2">Tin hoạt động, thông báo, chỉ đạo điều hành theo chuyên mục.</td>
                <td className="border border-stone-300 px-3 py-2 text-muted">Điều 17 khoản 1 điểm đ, p</td>
              </tr>
            </tbody>
          </table>
        </div>
        <section aria-labelledby="yeu-cau" className="mt-6">
          <h2 id="yeu-cau" className="mb-2 text-xl font-bold text-brand-800">Yêu cầu cung cấp thông tin</h2>
          <p className="mb-2">
            Công dân yêu cầu cung cấp thông tin bằng phiếu yêu cầu (Điều 23, Điều 24 Luật Tiếp cận thông tin), gửi trực tiếp, qua bưu điện, fax hoặc thư điện tử tới đầu mối dưới đây. Thông tin có sẵn được cung cấp ngay hoặc trong 3 ngày làm việc; thông tin cần tập hợp, trong 10 ngày làm việc (Điều 28).
          </p>
          {settings.responsiblePerson && <p className="mb-2">Người phụ trách: {settings.responsiblePerson}</p>}
          <p className="font-semibold">{settings.agencyName}</p>
          <Contact address={settings.address} phone={settings.phone} email={settings.email} />
          <p className="mt-2 text-sm">
            Xem thêm: <Link href="/danh-ba" className="text-brand-700 underline">Danh bạ</Link> · <Link href="/chinh-sach-bao-ve-du-lieu-ca-nhan" className="text-brand-700 underline">Chính sách bảo vệ dữ liệu cá nhân</Link>
          </p>
        </section>
        <LastUpdated at={updated.units} className="mt-6 border-t border-stone-200 pt-3" />
      </Panel>
    </div>
  );
}
