import { Card } from "@/components/admin/card";
import { getDb } from "@/db/index";
import { getSites, originOf } from "@/db/site-directory";
import { listSyndicationQueue } from "@/db/syndication";
import { requirePermission } from "@/auth/guard";
import { formatDateTime } from "@/lib/format";
import { unitTitle } from "@/lib/site";
import { DecideForms } from "./syndication-forms";

export const metadata = { title: "Tin từ xã, phường" };

const STATUS = { pending: "Chờ duyệt", approved: "Đã đăng lại", rejected: "Đã từ chối" } as const;

/** What the province's components sent up: approve to show it on the province's homepage. */
export default async function SentUpPage() {
  const actor = await requirePermission("syndication.review");
  const [queue, sites] = await Promise.all([listSyndicationQueue(await getDb(), actor), getSites()]);
  const origins = new Map(await Promise.all(sites.map(async (s) => [s.id, await originOf(s)] as const)));
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">Tin từ xã, phường</h1>
      <Card title={`Tin được gửi lên (${queue.length})`}>
        {queue.length === 0 ? (
          <p className="text-sm text-muted">Chưa có tin nào được gửi lên.</p>
        ) : (
          <ul className="divide-y divide-stone-200">
            {queue.map((item) => (
              <li key={item.articleId} className="grid gap-2 py-3 md:grid-cols-[1fr_auto] md:items-center">
                <div>
                  <a href={`${origins.get(item.siteId)}/bai-viet/${item.slug}`} className="font-semibold text-brand-700 hover:underline">
                    {item.title}
                  </a>
                  <p className="text-xs text-muted">
                    {unitTitle({ kind: item.siteKind, name: item.siteName })} · gửi lúc {formatDateTime(item.requestedAt)} · {STATUS[item.status]}
                  </p>
                </div>
                {item.status === "pending" && <DecideForms articleId={item.articleId} title={item.title} />}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
