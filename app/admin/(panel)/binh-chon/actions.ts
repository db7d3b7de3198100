"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db/index";
import { closePollNow, createPoll, duplicatePoll, pollInputSchema, pollUpdateSchema, updatePoll } from "@/db/polls";
import { adminAction, type ActionState } from "@/lib/auth/action";
import { invalidatePolls } from "@/lib/cache";
import { nestedForm } from "@/lib/form-data";
import { id } from "@/lib/form-fields";
import { vietnamTime } from "@/lib/format";

const LIST = "/admin/binh-chon";

/** A datetime-local value is wall-clock time in Việt Nam; empty means "not set". */
const localTime = z
  .string()
  .optional()
  .transform((value, ctx) => {
    if (!value?.trim()) return null;
    try {
      return vietnamTime(value.trim());
    } catch {
      ctx.addIssue({ code: "custom", message: "Thời gian không hợp lệ, ví dụ 01/05/2026 08:00." });
      return z.NEVER;
    }
  });

const formFields = z.object({
  question: z.string().default(""),
  options: z.array(z.string()).optional(),
  opensAt: localTime,
  closesAt: localTime,
  showOnHome: z.preprocess((v) => v === "on", z.boolean()),
});
// The data layer's own schemas make the rules and messages; the form only decodes.
const createSchema = nestedForm(formFields.pipe(pollInputSchema));
const updateSchema = nestedForm(formFields.pipe(pollUpdateSchema));
const pollId = id("Không tìm thấy cuộc bình chọn.");

function refreshed(siteId: number, pollId?: number) {
  // The homepage sidebar and /binh-chon pages read polls under this tag.
  invalidatePolls(siteId);
  revalidatePath(LIST);
  if (pollId) revalidatePath(`${LIST}/${pollId}`);
}

export async function createPollAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  let created: number | undefined;
  const result = await adminAction("poll.manage", createSchema, formData, async (user, input, ip) => {
    created = await createPoll(await getDb(), user, input, ip);
    refreshed(user.siteId);
  });
  if (!result.ok || !created) return result;
  redirect(`${LIST}/${created}?tb=da-tao`);
}

export async function updatePollAction(id: number, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const valid = pollId.safeParse(id);
  if (!valid.success) return { ok: false, message: "Không tìm thấy cuộc bình chọn." };
  const result = await adminAction("poll.manage", updateSchema, formData, async (user, input, ip) => {
    await updatePoll(await getDb(), user, valid.data, input, ip);
    refreshed(user.siteId, valid.data);
    return { ok: true, message: "Đã lưu cuộc bình chọn." };
  });
  return result;
}

export async function closePollAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await adminAction("poll.manage", z.object({ id: pollId }), formData, async (user, input, ip) => {
    await closePollNow(await getDb(), user, input.id, ip);
    refreshed(user.siteId, input.id);
    return { ok: true, message: "Đã đóng cuộc bình chọn: từ bây giờ không nhận thêm phiếu." };
  });
  return result;
}

export async function duplicatePollAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  let copy: number | undefined;
  const result = await adminAction("poll.manage", z.object({ id: pollId }), formData, async (user, input, ip) => {
    copy = await duplicatePoll(await getDb(), user, input.id, ip);
    refreshed(user.siteId);
  });
  if (!result.ok || !copy) return result;
  redirect(`${LIST}/${copy}?tb=da-nhan-ban`);
}
