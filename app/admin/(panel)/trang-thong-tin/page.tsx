import { Card } from "@/components/admin/card";
import { getDb } from "@/db/index";
import { getSiteSettings } from "@/db/settings";
import { getStatement } from "@/db/site-pages";
import { getSites } from "@/db/site-directory";
import { requirePermission } from "@/auth/guard";
import { formatDate, formatTime } from "@/lib/format";
import { maxUploadBytes } from "@/lib/media";
import { defaultStatement, STATEMENT_KEYS, STATEMENT_PAGES } from "@/lib/site-pages";
import { StatementForm } from "./statement-form";

export const metadata = { title: "Trang thông tin" };

export default async function StatementsAdminPage() {
  const actor = await requirePermission("pages.edit");
  const db = await getDb();
  const site = (await getSites()).find((s) => s.id === actor.siteId)!;
  const settings = await getSiteSettings(db, site);
  const pages = await Promise.all(STATEMENT_KEYS.map(async (key) => ({ key, ...STATEMENT_PAGES[key], stored: await getStatement(db, actor.siteId, key) })));
  return (
    <div className="flex max-w-5xl flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">Trang thông tin</h1>
        <p className="text-sm text-muted">Tuyên bố về khả năng tiếp cận và chính sách bảo vệ dữ liệu cá nhân của cổng. Chưa sửa thì cổng dùng văn bản mặc định, đã điền tên và liên hệ của cơ quan.</p>
      </div>
      {pages.map((page) => (
        <Card key={page.key} title={page.title}>
          <p className="mb-3 text-sm text-muted">
            <a className="text-brand-700 underline" href={page.path}>{page.path}</a> ·{" "}
            {page.stored.updatedAt ? `Sửa lần cuối ${formatDate(page.stored.updatedAt)} ${formatTime(page.stored.updatedAt)}` : "Đang dùng văn bản mặc định"}
          </p>
          <StatementForm page={page.key} title={page.title} html={page.stored.html ?? defaultStatement(page.key, settings)} maxUploadBytes={maxUploadBytes()} />
        </Card>
      ))}
    </div>
  );
}
