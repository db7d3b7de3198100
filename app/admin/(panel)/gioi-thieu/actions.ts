"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/index";
import { createLeader, createUnit, deleteLeader, deleteUnit, moveLeader, moveUnit, saveIntro, updateLeader, updateUnit } from "@/db/unit-info";
import { adminAction, type ActionState } from "@/auth/action";
import { invalidateUnit } from "@/lib/cache";
import { id } from "@/lib/form-fields";
import { leaderSchema, orgUnitSchema, unitIntroSchema } from "@/lib/unit-info";

/** Leaders, units and the texts show only on the unit's pages (one tag); the admin lists refresh too. */
function refresh(siteId: number) {
  invalidateUnit(siteId);
  revalidatePath("/admin/gioi-thieu", "layout");
}

const move = z.object({ id: id(), direction: z.enum(["up", "down"], { error: "Hướng không hợp lệ." }) });

export async function saveIntroAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return adminAction("unit.manage", unitIntroSchema, formData, async (actor, input, ip) => {
    await saveIntro(await getDb(), actor, input, ip);
    refresh(actor.siteId);
    return { ok: true, message: "Đã lưu trang Giới thiệu." };
  });
}

export async function createLeaderAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return adminAction("unit.manage", leaderSchema, formData, async (actor, input, ip) => {
    await createLeader(await getDb(), actor, input, ip);
    refresh(actor.siteId);
    return { ok: true, message: `Đã thêm ${input.name}.` };
  });
}

export async function updateLeaderAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return adminAction("unit.manage", leaderSchema.extend({ id: id() }), formData, async (actor, { id: leaderId, ...input }, ip) => {
    await updateLeader(await getDb(), actor, leaderId, input, ip);
    refresh(actor.siteId);
    return { ok: true, message: "Đã lưu." };
  });
}

export async function moveLeaderAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return adminAction("unit.manage", move, formData, async (actor, input, ip) => {
    await moveLeader(await getDb(), actor, input.id, input.direction, ip);
    refresh(actor.siteId);
    return { ok: true, message: "Đã đổi thứ tự." };
  });
}

export async function deleteLeaderAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return adminAction("unit.manage", z.object({ id: id() }), formData, async (actor, input, ip) => {
    await deleteLeader(await getDb(), actor, input.id, ip);
    refresh(actor.siteId);
    return { ok: true, message: "Đã xóa." };
  });
}

export async function createUnitAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return adminAction("unit.manage", orgUnitSchema, formData, async (actor, input, ip) => {
    await createUnit(await getDb(), actor, input, ip);
    refresh(actor.siteId);
    return { ok: true, message: `Đã thêm ${input.name}.` };
  });
}

export async function updateUnitAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return adminAction("unit.manage", orgUnitSchema.extend({ id: id() }), formData, async (actor, { id: unitId, ...input }, ip) => {
    await updateUnit(await getDb(), actor, unitId, input, ip);
    refresh(actor.siteId);
    return { ok: true, message: "Đã lưu." };
  });
}

export async function moveUnitAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return adminAction("unit.manage", move, formData, async (actor, input, ip) => {
    await moveUnit(await getDb(), actor, input.id, input.direction, ip);
    refresh(actor.siteId);
    return { ok: true, message: "Đã đổi thứ tự." };
  });
}

export async function deleteUnitAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return adminAction("unit.manage", z.object({ id: id() }), formData, async (actor, input, ip) => {
    await deleteUnit(await getDb(), actor, input.id, ip);
    refresh(actor.siteId);
    return { ok: true, message: "Đã xóa đơn vị." };
  });
}
