"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db/index";
import { closePollNow, createPoll, deletePoll, duplicatePoll, pollInputSchema, pollUpdateSchema, updatePoll } from "@/db/polls";
import { adminAction, type ActionState } from "@/auth/action";
import { invalidatePolls } from "@/lib/cache";
import { nestedForm } from "@/lib/form-data";
import { id, joinDateTimeInputs, vietnamDateTime } from "@/lib/form-fields";

const LIST = "/admin/binh-chon";

const formFields = z.object({
  question: z.string().default(""),
  options: z.array(z.string()).optional(),
  opensAt: vietnamDateTime(),
  closesAt: vietnamDateTime(),
  showOnHome: z.preprocess((v) => v === "on", z.boolean()),
});
// The data layer's own schemas make the rules and messages; the form only decodes.
const createSchema = nestedForm(formFields.pipe(pollInputSchema), (form) => joinDateTimeInputs(form, ["opensAt", "closesAt"]) as Record<string, unknown>);
const updateSchema = nestedForm(formFields.pipe(pollUpdateSchema), (form) => joinDateTimeInputs(form, ["opensAt", "closesAt"]) as Record<string, unknown>);
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

export async function deletePollAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  let deleted = false;
  const result = await adminAction("poll.manage", z.object({ id: pollId }), formData, async (user, input, ip) => {
    await deletePoll(await getDb(), user, input.id, ip);
    refreshed(user.siteId);
    deleted = true;
  });
  if (!result.ok || !deleted) return result;
  redirect(`${LIST}?tb=da-xoa`);
}
