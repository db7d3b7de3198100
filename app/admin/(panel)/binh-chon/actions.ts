"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db/index";
import { closePollNow, createPoll, deletePoll, duplicatePoll, pollInputSchema, pollUpdateSchema, updatePoll } from "@/db/polls";
import { adminAction, type ActionState } from "@/lib/auth/action";
import type { Role } from "@/lib/auth/roles";
import { invalidate, tags } from "@/lib/cache";
import { unflattenForm } from "@/lib/form-data";
import { joinDateTimeInputs, vietnamDateTime } from "@/lib/form-fields";

const ROLES: Role[] = ["admin", "editor"];
const LIST = "/admin/binh-chon";

const formFields = z.object({
  question: z.string().default(""),
  options: z.array(z.string()).optional(),
  opensAt: vietnamDateTime(),
  closesAt: vietnamDateTime(),
  showOnHome: z.preprocess((v) => v === "on", z.boolean()),
});
// The data layer's own schemas make the rules and messages; the form only decodes.
const fromForm = (raw: unknown) => joinDateTimeInputs(unflattenForm(raw as Record<string, unknown>), ["opensAt", "closesAt"]);
const createSchema = z.preprocess(fromForm, formFields.pipe(pollInputSchema));
const updateSchema = z.preprocess(fromForm, formFields.pipe(pollUpdateSchema));
const pollId = z.coerce.number().int().positive();

function refreshed(id?: number) {
  // The homepage sidebar and /binh-chon pages read polls under this tag.
  invalidate(tags.polls);
  revalidatePath(LIST);
  if (id) revalidatePath(`${LIST}/${id}`);
}

export async function createPollAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  let created: number | undefined;
  const result = await adminAction(ROLES, createSchema, formData, async (user, input, ip) => {
    created = await createPoll(await getDb(), user, input, ip);
  });
  if (!result.ok || !created) return result;
  refreshed();
  redirect(`${LIST}/${created}?tb=da-tao`);
}

export async function updatePollAction(id: number, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const valid = pollId.safeParse(id);
  if (!valid.success) return { ok: false, message: "Không tìm thấy cuộc bình chọn." };
  const result = await adminAction(ROLES, updateSchema, formData, async (user, input, ip) => {
    await updatePoll(await getDb(), user, valid.data, input, ip);
    return { ok: true, message: "Đã lưu cuộc bình chọn." };
  });
  if (result.ok) refreshed(valid.data);
  return result;
}

export async function closePollAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  let closed: number | undefined;
  const result = await adminAction(ROLES, z.object({ id: pollId }), formData, async (user, input, ip) => {
    await closePollNow(await getDb(), user, input.id, ip);
    closed = input.id;
    return { ok: true, message: "Đã đóng cuộc bình chọn: từ bây giờ không nhận thêm phiếu." };
  });
  if (closed) refreshed(closed);
  return result;
}

export async function duplicatePollAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  let copy: number | undefined;
  const result = await adminAction(ROLES, z.object({ id: pollId }), formData, async (user, input, ip) => {
    copy = await duplicatePoll(await getDb(), user, input.id, ip);
  });
  if (!result.ok || !copy) return result;
  refreshed();
  redirect(`${LIST}/${copy}?tb=da-nhan-ban`);
}

export async function deletePollAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  let deleted = false;
  const result = await adminAction(ROLES, z.object({ id: pollId }), formData, async (user, input, ip) => {
    await deletePoll(await getDb(), user, input.id, ip);
    deleted = true;
  });
  if (!result.ok || !deleted) return result;
  refreshed();
  redirect(`${LIST}?tb=da-xoa`);
}
