"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createDisclosure, deleteDisclosure, disclosureSchema, type DisclosureInput, type StoredFile } from "@/db/disclosures";
import { getDb } from "@/db/index";
import { adminAction, type ActionState } from "@/auth/action";
import { invalidateDisclosures } from "@/lib/cache";
import { AttachmentRejectedError } from "@/lib/attachments";
import { checkDisclosureFile, storeDisclosureFile } from "@/lib/disclosure-files";
import { id } from "@/lib/form-fields";
import { maxUploadBytes, tooLargeMessage } from "@/lib/media";

const LIST = "/admin/cong-khai";
const raw = (formData: FormData) => Object.fromEntries([...formData].filter(([, v]) => typeof v === "string")) as DisclosureInput;
const MAX_FILES = 5;

/** A report, project or notice with its files (PDF/XLSX, checked by their bytes before anything is written). */
export async function createDisclosureAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return adminAction("disclosure.manage", disclosureSchema, formData, async (actor, input, ip) => {
    const uploads = formData.getAll("files").filter((f): f is File => f instanceof File && f.size > 0);
    if (uploads.length > MAX_FILES) return { ok: false, message: `Mỗi mục tối đa ${MAX_FILES} tệp.`, errors: { files: [`Mỗi mục tối đa ${MAX_FILES} tệp.`] } };
    const buffers: { name: string; bytes: Buffer }[] = [];
    for (const file of uploads) {
      if (file.size > maxUploadBytes()) return { ok: false, message: tooLargeMessage(), errors: { files: [`${file.name}: ${tooLargeMessage()}`] } };
      const bytes = Buffer.from(await file.arrayBuffer());
      try {
        await checkDisclosureFile(bytes, file.name);
      } catch (error) {
        if (error instanceof AttachmentRejectedError) return { ok: false, message: error.message, errors: { files: [`${file.name}: ${error.message}`] } };
        throw error;
      }
      buffers.push({ name: file.name, bytes });
    }
    const stored: StoredFile[] = [];
    for (const { name, bytes } of buffers) stored.push({ label: name.replace(/\.[a-z0-9]+$/i, "").normalize("NFC").slice(0, 200) || "Tệp đính kèm", ...(await storeDisclosureFile(bytes, name)) });
    await createDisclosure(await getDb(), actor, raw(formData), stored, ip);
    invalidateDisclosures(actor.siteId);
    revalidatePath(LIST);
    return { ok: true, message: `Đã đăng: ${input.title}.` };
  });
}

export async function deleteDisclosureAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return adminAction("disclosure.manage", z.object({ id: id("Không tìm thấy mục công khai.") }), formData, async (actor, input, ip) => {
    await deleteDisclosure(await getDb(), actor, input.id, ip);
    invalidateDisclosures(actor.siteId);
    revalidatePath(LIST);
    return { ok: true, message: "Đã xóa mục công khai." };
  });
}
