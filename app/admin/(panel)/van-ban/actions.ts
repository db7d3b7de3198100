"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { createListEntry, deleteListEntry, renameListEntry } from "@/db/document-lists";
import { addDocumentRelation, createDocument, importDocuments, removeDocumentRelation, restoreDocumentRevision, saveDocument, transitionDocument } from "@/db/documents";
import { getDb } from "@/db/index";
import { TRANSITIONS, type Transition } from "@/db/workflow";
import { adminAction, type ActionState } from "@/auth/action";
import { invalidateDocumentLists, invalidateDocuments } from "@/lib/cache";
import { parseCsvImport } from "@/lib/csv-import";
import { DOCUMENT_CSV_COLUMNS, documentCsvSchema, documentFormSchema } from "@/lib/document-form";
import { RELATION_KINDS } from "@/lib/document-state";
import { checkbox, id as idField, joinDateTimeInputs, vietnamDateTime } from "@/lib/form-fields";
import { nestedForm } from "@/lib/form-data";

const id = idField();

/** The editors' own pages show the new state after the action. */
function refreshAdmin(documentId?: number) {
  if (documentId) revalidatePath(`/admin/van-ban/${documentId}`);
  revalidatePath("/admin/van-ban");
}

/** Lĩnh vực come as fieldIds.0, fieldIds.1… (checkboxes): nested names (lib/form-data.ts). */
const formSchema = nestedForm(documentFormSchema);

export type ImportState = ActionState & { rowErrors?: { row: number; messages: string[] }[] };

export async function createDocumentAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  let created: number | undefined;
  const result = await adminAction("document.write", formSchema, formData, async (user, input, ip) => {
    created = (await createDocument(await getDb(), user, input, ip)).id;
  });
  if (result.ok && created) {
    refreshAdmin();
    redirect(`/admin/van-ban/${created}?tb=da-tao`);
  }
  return result;
}

export async function saveDocumentAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return adminAction("document.write", nestedForm(documentFormSchema.and(z.object({ id }))), formData, async (user, input, ip) => {
    const saved = await saveDocument(await getDb(), user, input.id, input, ip);
    if (saved.status === "published") invalidateDocuments(user.siteId, [saved.slug, ...saved.relatedSlugs]);
    refreshAdmin(input.id);
    return { ok: true, message: saved.status === "published" ? "Đã lưu. Thay đổi hiển thị ngay trên cổng thông tin." : "Đã lưu." };
  });
}

const transitionSchema = z.preprocess(
  (raw) => joinDateTimeInputs(raw, ["publishAt"]),
  z
    .object({ id, transition: z.enum(TRANSITIONS), publishAt: vietnamDateTime(), comment: z.string().max(500).optional() })
    .superRefine((input, ctx) => {
      if (input.transition === "schedule" && !input.publishAt) ctx.addIssue({ code: "custom", path: ["publishAt"], message: "Vui lòng nhập ngày và giờ đăng." });
    }),
);

const TRANSITION_DONE: Record<Transition, string> = {
  submit: "Đã gửi văn bản cho biên tập viên duyệt.",
  publish: "Đã xuất bản. Văn bản hiển thị ngay trên cổng thông tin.",
  schedule: "Đã hẹn giờ đăng.",
  send_back: "Đã trả lại văn bản cho người soạn.",
  archive: "Đã gỡ văn bản khỏi cổng thông tin.",
  restore_draft: "Đã chuyển văn bản về bản nháp.",
};

/** The articles' workflow panel posts here for documents (same fields, same steps). */
export async function documentTransitionAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return adminAction("document.write", transitionSchema, formData, async (user, input, ip) => {
    const done = await transitionDocument(await getDb(), user, input.id, input.transition, { publishAt: input.publishAt ?? undefined, comment: input.comment, ip });
    invalidateDocuments(user.siteId, [done.slug, ...done.relatedSlugs]);
    refreshAdmin(input.id);
    return { ok: true, message: TRANSITION_DONE[input.transition] };
  });
}

const relationSchema = z.object({ id, targetId: idField("Vui lòng chọn văn bản liên quan."), kind: z.enum(RELATION_KINDS, { error: "Vui lòng chọn quan hệ." }) });

export async function addRelationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return adminAction("document.publish", relationSchema, formData, async (user, input, ip) => {
    const done = await addDocumentRelation(await getDb(), user, input.id, input.targetId, input.kind, ip);
    invalidateDocuments(user.siteId, done.slugs);
    refreshAdmin(input.id);
    return { ok: true, message: "Đã thêm quan hệ. Văn bản liên quan cũng hiển thị quan hệ này." };
  });
}

export async function removeRelationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const schema = z.object({ id, fromId: id, toId: id, kind: z.enum(RELATION_KINDS) });
  return adminAction("document.publish", schema, formData, async (user, input, ip) => {
    const done = await removeDocumentRelation(await getDb(), user, input.fromId, input.toId, input.kind, ip);
    invalidateDocuments(user.siteId, done.slugs);
    refreshAdmin(input.id);
    return { ok: true, message: "Đã gỡ quan hệ." };
  });
}

export async function restoreDocumentRevisionAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return adminAction("document.write", z.object({ id, revisionId: id }), formData, async (user, input, ip) => {
    const saved = await restoreDocumentRevision(await getDb(), user, input.id, input.revisionId, ip);
    if (saved.status === "published") invalidateDocuments(user.siteId, [saved.slug, ...saved.relatedSlugs]);
    refreshAdmin(input.id);
    revalidatePath(`/admin/van-ban/${input.id}/lich-su`);
    return { ok: true, message: "Đã khôi phục phiên bản." };
  });
}

const listKind = z.enum(["types", "issuers", "fields"]);
const listName = z.string().trim().min(2, "Tên cần ít nhất 2 ký tự.").max(160, "Tên tối đa 160 ký tự.");

function refreshLists(siteId: number) {
  invalidateDocumentLists(siteId);
  revalidatePath("/admin/van-ban/danh-muc");
}

export async function createListEntryAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return adminAction("document.lists", z.object({ kind: listKind, name: listName }), formData, async (user, input, ip) => {
    await createListEntry(await getDb(), user, input.kind, input.name, ip);
    refreshLists(user.siteId);
    return { ok: true, message: `Đã thêm "${input.name}".` };
  });
}

export async function renameListEntryAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return adminAction("document.lists", z.object({ kind: listKind, id, name: listName }), formData, async (user, input, ip) => {
    await renameListEntry(await getDb(), user, input.kind, input.id, input.name, ip);
    refreshLists(user.siteId);
    return { ok: true, message: "Đã lưu." };
  });
}

export async function deleteListEntryAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return adminAction("document.lists", z.object({ kind: listKind, id }), formData, async (user, input, ip) => {
    await deleteListEntry(await getDb(), user, input.kind, input.id, ip);
    refreshLists(user.siteId);
    return { ok: true, message: "Đã xóa." };
  });
}

/** A spreadsheet of at most MAX_IMPORT_ROWS rows is far below a megabyte. */
const MAX_CSV_BYTES = 900_000;

const importSchema = z.object({
  file: z
    .instanceof(File, { message: "Vui lòng chọn tệp CSV." })
    .refine((f) => f.size > 0, "Vui lòng chọn tệp CSV.")
    .refine((f) => f.size <= MAX_CSV_BYTES, "Tệp CSV quá lớn (tối đa 900 KB, khoảng 2.000 dòng)."),
  publish: checkbox(),
});

/** All rows or none (lib/csv-import.ts, then the lists and numbers in db/documents.ts). */
export async function importDocumentsAction(_previous: ImportState, formData: FormData): Promise<ImportState> {
  let rowErrors: ImportState["rowErrors"];
  const result = await adminAction("document.publish", importSchema, formData, async (user, input, ip) => {
    const text = new TextDecoder("utf-8", { fatal: false }).decode(await input.file.arrayBuffer());
    const parsed = parseCsvImport(text, DOCUMENT_CSV_COLUMNS, documentCsvSchema);
    if (!parsed.ok) {
      rowErrors = parsed.errors;
      return { ok: false, message: parsed.message };
    }
    const done = await importDocuments(await getDb(), user, parsed.rows.map((data, i) => ({ row: i + 2, data })), { publish: input.publish, ip });
    if (!done.ok) {
      rowErrors = done.errors;
      return { ok: false, message: done.message };
    }
    if (input.publish) invalidateDocuments(user.siteId, done.slugs);
    refreshAdmin();
    return { ok: true, message: `Đã nhập ${done.created.toLocaleString("vi-VN")} văn bản${input.publish ? " và xuất bản" : " (bản nháp)"}.` };
  });
  return { ...result, rowErrors };
}
