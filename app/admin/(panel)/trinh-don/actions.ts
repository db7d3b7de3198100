"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/index";
import { saveMenu } from "@/db/site-pages";
import { adminAction, type ActionState } from "@/auth/action";
import { invalidateSettings } from "@/lib/cache";
import { nestedForm } from "@/lib/form-data";
import { checkbox } from "@/lib/form-fields";
import { MAX_MENU_ITEMS } from "@/lib/site-pages";

/** Rows items.<n>.ref / .label / .visible, in the order the editor arranged them (the data layer validates refs and labels). */
const menuForm = nestedForm(
  z.object({
    items: z
      .array(z.object({ ref: z.string(), label: z.string().default(""), visible: checkbox() }))
      .max(MAX_MENU_ITEMS, `Tối đa ${MAX_MENU_ITEMS} mục.`)
      .default([]),
  }),
);

/** The menu is part of every page's chrome (settings tag). */
function refresh(siteId: number) {
  invalidateSettings(siteId);
  revalidatePath("/admin/trinh-don");
}

export async function saveMenuAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return adminAction("menu.manage", menuForm, formData, async (actor, input, ip) => {
    await saveMenu(await getDb(), actor, input.items, ip);
    refresh(actor.siteId);
    return { ok: true, message: "Đã lưu trình đơn." };
  });
}

export async function resetMenuAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return adminAction("menu.manage", z.object({}), formData, async (actor, _input, ip) => {
    await saveMenu(await getDb(), actor, null, ip);
    refresh(actor.siteId);
    return { ok: true, message: "Đã khôi phục trình đơn mặc định." };
  });
}
