import Link from "next/link";
import { notFound } from "next/navigation";
import { Card } from "@/components/admin/card";
import { readDocumentLists } from "@/db/document-lists";
import { listDocumentRevisions } from "@/db/documents";
import { getDb } from "@/db/index";
import { forbiddenUnless, requirePermission } from "@/auth/guard";
import { can } from "@/lib/auth/policy";
import { parseId } from "@/lib/form-fields";
import { formatDateTime, formatDay } from "@/lib/format";
import { RestoreRevisionButton } from "@/components/admin/restore-revision-button";
import { restoreDocumentRevisionAction } from "../../actions";

export const metadata = { title: "Lịch sử văn bản" };

/** Every saved version with what changed from the one before it; any can be restored. */
export default async function DocumentHistoryPage({ params }: PageProps<"/admin/van-ban/[id]/lich-su">) {
  const user = await requirePermission("document.write");
  const id = parseId((await params).id);
  if (!id) notFound();
  const db = await getDb();
  const found = await forbiddenUnless(listDocumentRevisions(db, user, id));
  if (!found) notFound();
  const lists = await readDocumentLists(db, user.siteId);
  const name = (entries: { id: number; name: string }[], entryId: number) => entries.find((e) => e.id === entryId)?.name ?? `#${entryId}`;
  const describe = (c: (typeof found.revisions)[number]["content"]): [string, string][] => [
    ["Số/ký hiệu", c.number],
    ["Loại", name(lists.types, c.typeId)],
    ["Cơ quan ban hành", name(lists.issuers, c.issuerId)],
    ["Lĩnh vực", (c.fieldIds ?? []).map((f) => name(lists.fields, f)).join(", ")],
    ["Người ký", [c.signer, c.signerTitle].filter(Boolean).join(", ")],
    ["Ngày ban hành", c.issuedOn ? formatDay(c.issuedOn) : ""],
    ["Ngày có hiệu lực", c.effectiveOn ? formatDay(c.effectiveOn) : ""],
    ["Ngày hết hiệu lực", c.expiresOn ? formatDay(c.expiresOn) : ""],
    ["Trích yếu", c.summary],
    ["Nguồn", c.sourceUrl],
  ];
  const canRestore = can(user, "document.publish") || (found.document.authorId === user.id && found.document.status === "draft");
  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm">
        <Link href={`/admin/van-ban/${id}`} className="text-brand-700 hover:underline">
          ← {found.document.number}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">Lịch sử sửa đổi: {found.document.number}</h1>
      <Card title={`${found.revisions.length} phiên bản`}>
        <ol className="flex flex-col divide-y divide-stone-200">
          {found.revisions.map((r, i) => {
            const fields = describe(r.content);
            const previous = found.revisions[i + 1] ? describe(found.revisions[i + 1]!.content) : null;
            const changed = previous ? fields.filter(([label, value]) => previous.find(([l]) => l === label)?.[1] !== value) : fields;
            return (
              <li key={r.id} className="grid gap-3 py-3 md:grid-cols-[220px_minmax(0,1fr)_auto]">
                <div className="text-sm">
                  <p className="font-semibold">#{r.id} · {r.note}</p>
                  <p className="text-muted">
                    {formatDateTime(r.createdAt)}
                    {r.author && ` · ${r.author}`}
                  </p>
                </div>
                <dl className="text-sm">
                  {changed.length === 0 ? (
                    <p className="text-muted">Không thay đổi thông tin.</p>
                  ) : (
                    changed.map(([label, value]) => (
                      <div key={label} className="flex gap-2">
                        <dt className="font-semibold">{label}:</dt>
                        <dd>{value || "—"}</dd>
                      </div>
                    ))
                  )}
                </dl>
                {i > 0 && canRestore && <RestoreRevisionButton action={restoreDocumentRevisionAction} id={id} revisionId={r.id} />}
              </li>
            );
          })}
        </ol>
      </Card>
    </div>
  );
}
