"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/index";
import { decideSyndication, sendUp } from "@/db/syndication";
import { adminAction, type ActionState } from "@/auth/action";
import { invalidate, tags } from "@/lib/cache";
import { id } from "@/lib/form-fields";

/** A commune's editor sends a published article up to the province. */
export async function sendUpAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await adminAction("article.syndicate", z.object({ id: id("Không tìm thấy bài viết.") }), formData, async (actor, input, ip) => {
    await sendUp(await getDb(), actor, input.id, ip);
    return { ok: true, message: "Đã gửi lên cổng tỉnh. Bài hiện ở mục “Tin từ xã, phường” khi biên tập viên của tỉnh duyệt." };
  });
  if (result.ok) revalidatePath("/admin/bai-viet");
  return result;
}

/** A provincial editor approves or refuses what was sent up. */
export async function decideAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const schema = z.object({ id: id("Không tìm thấy tin."), decision: z.enum(["approve", "reject"], { error: "Quyết định không hợp lệ." }) });
  const result = await adminAction("syndication.review", schema, formData, async (actor, input, ip) => {
    await decideSyndication(await getDb(), actor, input.id, input.decision === "approve", ip);
    invalidate(tags.sentUp(actor.siteId));
    return { ok: true, message: input.decision === "approve" ? "Đã duyệt: tin hiện trên trang chủ cổng tỉnh." : "Đã từ chối tin này." };
  });
  if (result.ok) revalidatePath("/admin/tin-gui-len");
  return result;
}
