import Link from "next/link";
import { Card } from "@/components/admin/card";
import { getSites, originOf } from "@/db/site-directory";
import { requirePermission } from "@/auth/guard";
import { isProvincial, portalName, SITE_KIND_LABELS, SITE_STATE_LABELS } from "@/lib/site";
import { CreateSiteForm } from "./site-forms";

export const metadata = { title: "Các trang" };

/** Platform admins: every site of the platform, and a new one with its first admin. */
export default async function SitesPage() {
  await requirePermission("site.create");
  const sites = await getSites();
  const origins = await Promise.all(sites.map(originOf));
  const parents = sites.filter((s) => isProvincial(s.kind)).map((s) => ({ id: s.id, label: portalName(s) }));
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">Các trang trên nền tảng</h1>
      <Card title="Tạo trang mới">
        <CreateSiteForm parents={parents} />
      </Card>
      <Card title={`Danh sách trang (${sites.length})`}>
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-stone-200 text-xs uppercase text-muted">
                <th scope="col" className="py-2 pr-3">Trang</th>
                <th scope="col" className="py-2 pr-3">Loại</th>
                <th scope="col" className="py-2 pr-3">Trực thuộc</th>
                <th scope="col" className="py-2 pr-3">Trạng thái</th>
                <th scope="col" className="py-2 pr-3">Địa chỉ</th>
              </tr>
            </thead>
            <tbody>
              {sites.map((site, i) => (
                <tr key={site.id} className="border-b border-stone-100">
                  <td className="py-2 pr-3">
                    <Link href={`/admin/trang/${site.id}`} className="font-semibold text-brand-700 hover:underline">
                      {portalName(site)}
                    </Link>
                  </td>
                  <td className="py-2 pr-3">{SITE_KIND_LABELS[site.kind]}</td>
                  <td className="py-2 pr-3">{site.parent ? portalName(site.parent) : "—"}</td>
                  <td className="py-2 pr-3">{SITE_STATE_LABELS[site.state]}</td>
                  <td className="py-2 pr-3">
                    <a href={origins[i]} className="text-brand-700 hover:underline">
                      {origins[i]}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
    </div>
  );
}
