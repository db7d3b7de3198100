"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db/index";
import { cancelSchedule, cancelScheduleEntry, createScheduleEntry, getScheduleEntryForAdmin, scheduleEntrySchema, updateScheduleEntry, type ScheduleEntryInput } from "@/db/schedule";
import { adminAction, type ActionState } from "@/auth/action";
import { invalidateSchedule } from "@/lib/cache";
import { id } from "@/lib/form-fields";
import { isoWeekOf } from "@/lib/schedule-week";

const LIST = "/admin/lich-cong-tac";
const raw = (formData: FormData) => Object.fromEntries([...formData].filter(([, v]) => typeof v === "string")) as ScheduleEntryInput;
const entryId = id("Không tìm thấy lịch công tác.");

function refreshed(siteId: number, days: string[], entry?: number) {
  invalidateSchedule(siteId, days);
  revalidatePath(LIST);
  if (entry) revalidatePath(`${LIST}/${entry}`);
}

export async function createScheduleEntryAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  let week: string | undefined;
  const result = await adminAction("schedule.manage", scheduleEntrySchema, formData, async (actor, input, ip) => {
    // The data layer checks the form's own values again (it is called from seeds and tests too).
    await createScheduleEntry(await getDb(), actor, raw(formData), ip);
    refreshed(actor.siteId, [input.day]);
    week = isoWeekOf(input.day);
  });
  if (!result.ok || !week) return result;
  redirect(`${LIST}?tuan=${week}&tb=da-them`);
}

export async function updateScheduleEntryAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return adminAction("schedule.manage", scheduleEntrySchema.and(z.object({ id: entryId })), formData, async (actor, input, ip) => {
    const db = await getDb();
    const before = await getScheduleEntryForAdmin(db, actor, input.id);
    const { changed } = await updateScheduleEntry(db, actor, input.id, raw(formData), ip);
    refreshed(actor.siteId, [input.day, ...(before ? [before.day] : [])], input.id);
    return { ok: true, message: changed ? "Đã lưu. Bạn đọc thấy lịch được đánh dấu “đã thay đổi” cùng nội dung thay đổi." : "Không có gì thay đổi." };
  });
}

export async function cancelScheduleEntryAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return adminAction("schedule.manage", cancelSchedule, formData, async (actor, input, ip) => {
    const db = await getDb();
    const before = await getScheduleEntryForAdmin(db, actor, input.id);
    await cancelScheduleEntry(db, actor, input.id, { reason: input.cancelReason }, ip);
    refreshed(actor.siteId, before ? [before.day] : [], input.id);
    return { ok: true, message: "Đã hủy lịch. Lịch vẫn hiện cho bạn đọc, đánh dấu “đã hủy” cùng lý do." };
  });
}
