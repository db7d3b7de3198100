"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db/index";
import { createProcedure, deleteProcedure, importProcedures, PROCEDURE_CSV_COLUMNS, procedureSchema, updateProcedure, type ProcedureInput } from "@/db/procedures";
import { adminAction, type ActionState } from "@/auth/action";
import { invalidateProcedures } from "@/lib/cache";
import { parseCsvImport } from "@/lib/csv-import";
import { id } from "@/lib/form-fields";

const LIST = "/admin/thu-tuc-hanh-chinh";
const procedureId = id("Không tìm thấy thủ tục hành chính.");
const raw = (formData: FormData) => Object.fromEntries([...formData].filter(([, v]) => typeof v === "string")) as ProcedureInput;
/** A spreadsheet of a few thousand procedures is well under this. */
const MAX_CSV_BYTES = 2 * 1024 * 1024;

export async function createProcedureAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  let created: number | undefined;
  const result = await adminAction("procedure.manage", procedureSchema, formData, async (actor, _input, ip) => {
    const { id: newId, slug } = await createProcedure(await getDb(), actor, raw(formData), ip);
    invalidateProcedures(actor.siteId, [slug]);
    revalidatePath(LIST);
    created = newId;
  });
  if (!result.ok || !created) return result;
  redirect(`${LIST}/${created}?tb=da-them`);
}

export async function updateProcedureAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return adminAction("procedure.manage", procedureSchema.and(z.object({ id: procedureId })), formData, async (actor, input, ip) => {
    const { slug } = await updateProcedure(await getDb(), actor, input.id, raw(formData), ip);
    invalidateProcedures(actor.siteId, [slug]);
    revalidatePath(LIST);
    revalidatePath(`${LIST}/${input.id}`);
    return { ok: true, message: "Đã lưu thủ tục." };
  });
}

export async function deleteProcedureAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  let deleted = false;
  const result = await adminAction("procedure.manage", z.object({ id: procedureId }), formData, async (actor, input, ip) => {
    const { slug } = await deleteProcedure(await getDb(), actor, input.id, ip);
    invalidateProcedures(actor.siteId, [slug]);
    revalidatePath(LIST);
    deleted = true;
  });
  if (!result.ok || !deleted) return result;
  redirect(`${LIST}?tb=da-xoa`);
}

const importForm = z.object({
  file: z
    .instanceof(File, { error: "Vui lòng chọn tệp CSV." })
    .refine((f) => f.size > 0, "Tệp trống: vui lòng chọn tệp CSV có dữ liệu.")
    .refine((f) => f.size <= MAX_CSV_BYTES, "Tệp quá lớn: tối đa 2 MB."),
});

/** All or nothing (lib/csv-import.ts): a wrong row is named and nothing is written. */
export async function importProceduresAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return adminAction("procedure.manage", importForm, formData, async (actor, input, ip) => {
    const text = new TextDecoder("utf-8", { fatal: false }).decode(await input.file.arrayBuffer());
    const parsed = parseCsvImport(text, PROCEDURE_CSV_COLUMNS, procedureSchema);
    const refused = (message: string, errors: { row: number; messages: string[] }[]) => ({ ok: false, message, errors: { rows: errors.map((e) => `Dòng ${e.row}: ${e.messages.join(" ")}`) } });
    if (!parsed.ok) return refused(parsed.message, parsed.errors);
    const result = await importProcedures(await getDb(), actor, parsed.rows.map((row, i) => ({ row: i + 2, input: row })), ip);
    if (!result.ok) return refused(result.message, result.errors);
    invalidateProcedures(actor.siteId, result.slugs);
    revalidatePath(LIST);
    return { ok: true, message: `Đã nhập: ${result.created} thủ tục mới, ${result.updated} thủ tục cập nhật.` };
  });
}
