"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db/index";
import { saveStatement } from "@/db/site-pages";
import { adminAction, type ActionState } from "@/auth/action";
import { invalidateStatements } from "@/lib/cache";
import { statementSchema } from "@/lib/site-pages";

export async function saveStatementAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return adminAction("pages.edit", statementSchema, formData, async (actor, input, ip) => {
    await saveStatement(await getDb(), actor, input, ip);
    invalidateStatements(actor.siteId);
    revalidatePath("/admin/trang-thong-tin");
    return { ok: true, message: "Đã lưu. Để trống nội dung rồi lưu để dùng lại văn bản mặc định." };
  });
}
