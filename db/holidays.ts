import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { assertCan, type Actor } from "@/lib/auth/policy";
import { parseVietnamDate } from "@/lib/format";
import type { DaysOff } from "@/lib/working-days";
import { recordAudit } from "./audit";
import type { Database } from "./client";
import { platformSettings } from "./schema";

/**
 * The days off (nghỉ lễ, Tết, days the Government moves) that working-day counts skip
 * (lib/working-days.ts). Platform-wide: the province's IT centre keeps one list for every
 * site, kept in platform_settings so it needs no table of its own.
 */
const KEY = "days_off";

export type DayOff = { day: string; name: string };

export const dayOffSchema = z.object({
  /** dd/mm/yyyy as editors type it, stored as YYYY-MM-DD. */
  day: z.string().transform((text, ctx) => {
    const parsed = parseVietnamDate(text);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: parsed.message });
      return z.NEVER;
    }
    return parsed.value;
  }),
  name: z.string().trim().min(1, "Vui lòng nhập tên ngày nghỉ.").max(120, "Tên ngày nghỉ tối đa 120 ký tự."),
});

const storedSchema = z.array(z.object({ day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), name: z.string() }));

export async function listDaysOff(db: Database): Promise<DayOff[]> {
  const [row] = await db.select({ value: platformSettings.value }).from(platformSettings).where(eq(platformSettings.key, KEY));
  const parsed = storedSchema.safeParse(row?.value ?? []);
  return parsed.success ? parsed.data.sort((a, b) => a.day.localeCompare(b.day)) : [];
}

export async function daysOffSet(db: Database): Promise<DaysOff> {
  return new Set((await listDaysOff(db)).map((d) => d.day));
}

/** Replaces the whole list (the admin form edits it as one list). */
export async function saveDaysOff(db: Database, actor: Actor, list: DayOff[]): Promise<void> {
  assertCan(actor, "platform.days_off");
  const unique = [...new Map(list.map((d) => [d.day, d])).values()].sort((a, b) => a.day.localeCompare(b.day));
  await db.transaction(async (tx) => {
    await tx
      .insert(platformSettings)
      .values({ key: KEY, value: unique })
      .onConflictDoUpdate({ target: platformSettings.key, set: { value: unique, updatedAt: new Date() } });
    await recordAudit(tx, { userId: actor.id, action: "platform.days_off", entityType: "platform", summary: `${unique.length} ngày nghỉ` });
  });
}
