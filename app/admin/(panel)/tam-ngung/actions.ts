"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/index";
import { clearSuspension, saveSuspension } from "@/db/site-pages";
import { adminAction, type ActionState } from "@/auth/action";
import { invalidateSettings } from "@/lib/cache";
import { joinDateTimeInputs } from "@/lib/form-fields";
import { suspensionFormSchema } from "@/lib/site-pages";

const form = z.preprocess((raw) => joinDateTimeInputs(raw, ["startsAt", "endsAt"]), suspensionFormSchema);

/** The banner is part of every page's chrome (settings tag): saving shows it on the next request. */
export async function saveSuspensionAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return adminAction("suspension.manage", form, formData, async (actor, input, ip) => {
    const { warning } = await saveSuspension(await getDb(), actor, input, ip);
    invalidateSettings(actor.siteId);
    revalidatePath("/admin/tam-ngung");
    return { ok: true, message: warning ? `Đã lưu và đăng thông báo. ${warning}` : "Đã lưu. Thông báo tạm ngừng hiện trên mọi trang của cổng từ bây giờ đến khi hết thời gian tạm ngừng." };
  });
}

export async function clearSuspensionAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return adminAction("suspension.manage", z.object({}), formData, async (actor, _input, ip) => {
    await clearSuspension(await getDb(), actor, ip);
    invalidateSettings(actor.siteId);
    revalidatePath("/admin/tam-ngung");
    return { ok: true, message: "Đã gỡ thông báo tạm ngừng." };
  });
}
