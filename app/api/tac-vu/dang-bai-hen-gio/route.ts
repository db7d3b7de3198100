import { timingSafeEqual } from "node:crypto";
import { connection } from "next/server";
import { publishDueArticles } from "@/db/article-editor";
import { publishDueDocuments } from "@/db/documents";
import { claimDraftTransitions, eraseExpiredDraftContacts } from "@/db/drafts";
import { getDb } from "@/db/index";
import { eraseExpiredContacts } from "@/db/questions";
import { invalidateArticle, invalidateDocuments, invalidateDraft, invalidateOnNewDay } from "@/lib/cache";

/**
 * Publishes scheduled articles whose time has come, and opens and closes drafts for comment. Called every few seconds by this
 * server's own scheduler (instrumentation.ts) with a per-process key, so it runs in a
 * request context where cache tags can be expired. Each instance calls itself; the
 * single UPDATE keeps two instances from publishing one article twice.
 */
let nextRetentionRun = 0;

export async function POST(request: Request) {
  await connection();
  const expected = process.env.INTERNAL_TASK_KEY ?? "";
  const given = request.headers.get("x-task-key") ?? "";
  if (!expected || given.length !== expected.length || !timingSafeEqual(Buffer.from(given), Buffer.from(expected))) {
    return new Response("Không có quyền", { status: 403 });
  }
  // The same tick turns the day over for what shows "today" (lib/cache.ts).
  invalidateOnNewDay();
  const published = await publishDueArticles(await getDb());
  for (const article of published) invalidateArticle({ siteId: article.siteId, slugs: [article.slug], categoryIds: [article.categoryId] });
  // Documents share the articles' workflow, scheduling included.
  const documents = await publishDueDocuments(await getDb());
  for (const doc of documents) invalidateDocuments(doc.siteId, [doc.slug, ...doc.relatedSlugs]);
  // Drafts for comment whose opening or closing moment has passed: their pages change now.
  const transitions = await claimDraftTransitions(await getDb(), (claimed) => {
    for (const draft of claimed) invalidateDraft(draft.siteId, draft.slug);
  });
  // Contacts past their retention period (Luật 91/2025/QH15): at most once an hour.
  let erased = 0;
  if (Date.now() >= nextRetentionRun) {
    nextRetentionRun = Date.now() + 3_600_000;
    erased = (await eraseExpiredContacts(await getDb())) + (await eraseExpiredDraftContacts(await getDb()));
  }
  return Response.json({ published: published.length, documents: documents.length, drafts: transitions.length, erased }, { headers: { "Cache-Control": "no-store" } });
}
