"use server";

import { z } from "zod";
import { getDb } from "@/db/index";
import { getSecret } from "@/db/secrets";
import { sharedViewBuffer } from "@/db/view-buffer";
import { recordArticleView } from "@/db/views";
import { limitFromEnv, sharedLimiter } from "@/lib/limiter";
import { clientNetwork, isAutomatedRequest, keyedHash, visitorId } from "@/lib/visitor";

const articleIdSchema = z.number().int().positive();

// A client without the visitor cookie would otherwise count a view on every call.
const viewsPerIp = sharedLimiter({ name: "views-per-network", points: limitFromEnv("VIEWS_PER_IP_PER_MINUTE", 60), durationSeconds: 60 });

/**
 * Called by the article page after it loads, so the page itself stays cacheable.
 * Returns the fresh count (database plus views still buffered), or null when nothing
 * was (or could be) recorded.
 * It never revalidates a page: a view is not an edit.
 */
export async function recordView(articleId: number): Promise<number | null> {
  const parsed = articleIdSchema.safeParse(articleId);
  if (!parsed.success || (await isAutomatedRequest())) return null;
  if (!(await viewsPerIp.take(await clientNetwork()))) return null;
  try {
    const db = await getDb();
    const secret = await getSecret(db, "visitor");
    return await recordArticleView(db, sharedViewBuffer(getDb), parsed.data, keyedHash(secret, await visitorId()));
  } catch (error) {
    console.error("[recordView] failed:", error instanceof Error ? error.message : error);
    return null;
  }
}

/**
 * Does nothing: the benchmark's reference (scripts/bench), a server action posted to the
 * same page through the same proxy, so recordView's own cost can be told from Next's.
 */
export async function ping(): Promise<number> {
  return 0;
}
