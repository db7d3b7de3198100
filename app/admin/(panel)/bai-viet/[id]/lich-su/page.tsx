import { can } from "@/lib/auth/policy";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card } from "@/components/admin/card";
import { getRevisions, listRevisions } from "@/db/article-editor";
import { getDb } from "@/db/index";
import { parseId } from "@/lib/form-fields";
import { forbiddenUnless, requirePermission } from "@/auth/guard";
import { formatDateTime } from "@/lib/format";
import { htmlToLines, textDiff, type DiffPart } from "@/lib/text-diff";
import { RestoreRevisionButton } from "@/components/admin/restore-revision-button";
import { restoreRevisionAction } from "../../actions";

export const metadata = { title: "Lịch sử phiên bản" };

function Diff({ label, parts }: { label: string; parts: DiffPart[] }) {
  return (
    <div>
      <h3 className="mb-1 text-sm font-bold">{label}</h3>
      <p className="whitespace-pre-wrap rounded border border-stone-200 bg-stone-50 p-3 text-sm leading-relaxed">
        {parts.map((p, i) =>
          p.kind === "added" ? (
            <ins key={i} className="bg-green-100 text-green-900 no-underline">
              {p.text}
            </ins>
          ) : p.kind === "removed" ? (
            <del key={i} className="bg-red-100 text-red-900">
              {p.text}
            </del>
          ) : (
            <span key={i}>{p.text}</span>
          ),
        )}
      </p>
    </div>
  );
}

export default async function HistoryPage({ params, searchParams }: PageProps<"/admin/bai-viet/[id]/lich-su">) {
  const user = await requirePermission("admin.access");
  const id = parseId((await params).id);
  if (!id) notFound();
  const db = await getDb();
  const history = await forbiddenUnless(listRevisions(db, user, id));
  if (!history) notFound();
  const q = await searchParams;
  const a = parseId(q.a);
  const b = parseId(q.b);
  const compared = a && b ? await forbiddenUnless(getRevisions(db, user, id, [a, b])) : [];
  const older = compared.find((r) => r.id === Math.min(a ?? 0, b ?? 0));
  const newer = compared.find((r) => r.id === Math.max(a ?? 0, b ?? 0));
  const canRestore = can(user, "article.publish") || (history.article.authorId === user.id && history.article.status === "draft");
  return (
    <div className="flex max-w-5xl flex-col gap-6">
      <div>
        <Link href={`/admin/bai-viet/${id}`} className="text-sm text-brand-700 hover:underline">
          ← {history.article.title}
        </Link>
        <h1 className="mt-1 text-2xl font-bold">Lịch sử phiên bản</h1>
      </div>
      {older && newer && older.id !== newer.id && (
        <Card title={`So sánh #${older.id} → #${newer.id}`}>
          <div className="flex flex-col gap-4">
            <Diff label="Tiêu đề" parts={textDiff(older.title, newer.title)} />
            <Diff label="Sapo" parts={textDiff(older.summary, newer.summary)} />
            <Diff label="Nội dung" parts={textDiff(htmlToLines(older.body), htmlToLines(newer.body))} />
          </div>
        </Card>
      )}
      <Card title={`${history.revisions.length} phiên bản`}>
        {/* Radios join this form through their form attribute: the restore buttons in the
            rows are forms of their own, and forms cannot nest. */}
        <form id="so-sanh" method="get" aria-label="Chọn hai phiên bản để so sánh" />
        <div className="flex flex-col gap-3">
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead className="border-b border-stone-200 text-xs uppercase text-muted">
                <tr>
                  <th scope="col" className="py-2 pr-2">Cũ</th>
                  <th scope="col" className="py-2 pr-2">Mới</th>
                  <th scope="col" className="py-2 pr-3">Phiên bản</th>
                  <th scope="col" className="py-2 pr-3">Thời gian</th>
                  <th scope="col" className="py-2 pr-3">Người lưu</th>
                  <th scope="col" className="py-2 pr-3">Ghi chú</th>
                  <th scope="col" className="py-2"><span className="sr-only">Thao tác</span></th>
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-100">
                {history.revisions.map((r, i) => (
                  <tr key={r.id}>
                    <td className="py-2 pr-2">
                      <input type="radio" form="so-sanh" name="a" value={r.id} defaultChecked={a ? a === r.id : i === 1} aria-label={`Phiên bản cũ #${r.id}`} />
                    </td>
                    <td className="py-2 pr-2">
                      <input type="radio" form="so-sanh" name="b" value={r.id} defaultChecked={b ? b === r.id : i === 0} aria-label={`Phiên bản mới #${r.id}`} />
                    </td>
                    <td className="py-2 pr-3">
                      #{r.id} {r.pending && <span className="rounded bg-amber-100 px-1.5 text-xs text-amber-900">chờ duyệt</span>}
                      <span className="block text-xs text-muted">{r.title.slice(0, 80)}</span>
                    </td>
                    <td className="whitespace-nowrap py-2 pr-3">{formatDateTime(r.createdAt)}</td>
                    <td className="py-2 pr-3">{r.author ?? "—"}</td>
                    <td className="py-2 pr-3">{r.note}</td>
                    <td className="py-2">
                      <div className="flex flex-col items-start gap-1">
                        <Link href={`/admin/xem-truoc/${id}?phien-ban=${r.id}`} className="text-brand-700 hover:underline">
                          Xem
                        </Link>
                        {canRestore && i > 0 && <RestoreRevisionButton action={restoreRevisionAction} id={id} revisionId={r.id} />}
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {history.revisions.length > 1 && (
            <div>
              <button type="submit" form="so-sanh" className="rounded bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
                So sánh
              </button>
            </div>
          )}
        </div>
      </Card>
    </div>
  );
}
