import { notFound } from "next/navigation";
import { Card } from "@/components/admin/card";
import { getSites } from "@/db/site-directory";
import { requirePermission } from "@/auth/guard";
import { parseId } from "@/lib/form-fields";
import { isProvincial, portalName } from "@/lib/site";
import { EditSiteForm } from "../site-forms";
import { BackLink } from "@/components/admin/back-link";

export const metadata = { title: "Sửa trang" };

export default async function EditSitePage({ params }: PageProps<"/admin/trang/[id]">) {
  await requirePermission("site.create");
  const id = parseId((await params).id);
  const sites = await getSites();
  const site = sites.find((s) => s.id === id);
  if (!site) notFound();
  const parents = sites.filter((s) => isProvincial(s.kind)).map((s) => ({ id: s.id, label: portalName(s) }));
  return (
    <div className="flex max-w-4xl flex-col gap-6">
      <BackLink href="/admin/trang">Các trang</BackLink>
      <h1 className="text-2xl font-bold">{portalName(site)}</h1>
      <Card>
        <EditSiteForm site={{ id: site.id, slug: site.slug, kind: site.kind, name: site.name, state: site.state, parentId: site.parentId, hosts: site.hosts }} parents={parents} />
      </Card>
    </div>
  );
}
