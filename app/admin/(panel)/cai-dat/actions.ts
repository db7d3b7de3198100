"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/index";
import { saveSiteSettings, siteSettingsSchema } from "@/db/settings";
import { adminAction, type ActionState } from "@/lib/auth/action";
import { invalidateSettings } from "@/lib/cache";

// Rows removed in the browser send nothing; a form with none at all means an empty list.
const settingsForm = z.preprocess((form) => {
  const fields = form as Record<string, unknown>;
  return { ...fields, weatherCities: fields.weatherCities ?? [], links: fields.links ?? [] };
}, siteSettingsSchema);

export async function saveSettingsAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await adminAction("settings.edit", settingsForm, formData, async (actor, input, ip) => {
    await saveSiteSettings(await getDb(), actor, input, ip);
    // Header, footer, sidebar and weather read the settings under this tag.
    invalidateSettings(actor.siteId);
    return { ok: true, message: "Đã lưu cài đặt. Trang công khai hiển thị thông tin mới ngay." };
  });
  if (result.ok) revalidatePath("/admin/cai-dat");
  return result;
}
