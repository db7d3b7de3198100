"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db/index";
import { saveSiteSettings } from "@/db/settings";
import { adminAction, type ActionState } from "@/auth/action";
import { invalidateSettings } from "@/lib/cache";
import { nestedForm } from "@/lib/form-data";
import { siteSettingsSchema } from "@/lib/site-settings";

// Rows removed in the browser send nothing; a form with none at all means an empty list.
const settingsForm = nestedForm(siteSettingsSchema, (form) => ({ ...form, weatherCities: form.weatherCities ?? [], links: form.links ?? [] }));

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
