import Link from "next/link";
import { Card } from "@/components/admin/card";
import { StateFilter } from "@/components/admin/state-filter";
import { listCommentQueue } from "@/db/drafts";
import { getDb } from "@/db/index";
import { requirePermission } from "@/auth/guard";
import { COMMENT_STATE_LABELS, type CommentState } from "@/lib/drafts";
import { CommentQueue } from "../comment-queue";

export const metadata = { title: "Góp ý dự thảo" };

const FILTERS: { value: CommentState | "tat_ca"; label: string }[] = [...Object.entries(COMMENT_STATE_LABELS).map(([value, label]) => ({ value: value as CommentState, label })), { value: "tat_ca", label: "Tất cả" }];

export default async function CommentQueuePage({ searchParams }: PageProps<"/admin/du-thao/y-kien">) {
  const actor = await requirePermission("draft.moderate");
  const raw = (await searchParams).trang_thai;
  const state = FILTERS.find((f) => f.value === raw)?.value ?? "cho_duyet";
  const rows = await listCommentQueue(await getDb(), actor, { state });
  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm">
        <Link href="/admin/du-thao" className="text-brand-700 hover:underline">
          ← Lấy ý kiến dự thảo
        </Link>
      </p>
      <h1 className="text-2xl font-bold">Góp ý dự thảo</h1>
      <StateFilter basePath="/admin/du-thao/y-kien" filters={FILTERS} current={state} />
      <Card title={`Góp ý (${rows.length})`}>
        <CommentQueue rows={rows} showDraft />
      </Card>
    </div>
  );
}
