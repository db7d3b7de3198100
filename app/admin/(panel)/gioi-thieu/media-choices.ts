import "server-only";
import type { Database } from "@/db/client";
import { getMediaChoice } from "@/db/media";
import type { Actor } from "@/lib/auth/policy";
import { toMediaChoiceView, type MediaChoiceView } from "@/lib/media-choice";

/** The library images a form shows as already chosen (missing ones dropped). */
export async function mediaChoices(db: Database, actor: Actor, ids: (number | null)[]): Promise<MediaChoiceView[]> {
  const rows = await Promise.all(ids.filter((id): id is number => id !== null).map((id) => getMediaChoice(db, actor, id)));
  return rows.flatMap((row) => (row ? [toMediaChoiceView(row, actor)] : []));
}
