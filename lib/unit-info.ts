import { z } from "zod";
import { toPlainText } from "./sanitize";

/**
 * The unit itself (Giới thiệu, Lãnh đạo, Cơ cấu tổ chức, Danh bạ, /en): the one schema per
 * entity that the admin forms and the data layer (db/unit-info.ts) share. Pure, so
 * client components may import the labels.
 */

export const UNIT_KINDS = ["phong", "ban", "truc-thuoc", "khac"] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  phong: "Phòng chuyên môn",
  ban: "Ban",
  "truc-thuoc": "Cơ quan, đơn vị trực thuộc",
  khac: "Khác",
};
export const UNIT_KIND_LABELS_EN: Record<UnitKind, string> = {
  phong: "Specialised office",
  ban: "Board",
  "truc-thuoc": "Affiliated agency",
  khac: "Other",
};

/** Plain text with Vietnamese messages (tags dropped, NFC, spaces folded). */
const line = (max: number, label: string, required = false) =>
  z
    .string({ error: `${label} không hợp lệ.` })
    .default("")
    .transform(toPlainText)
    .pipe(required ? z.string().min(1, `Vui lòng nhập ${label.toLowerCase()}.`).max(max, `${label} tối đa ${max} ký tự.`) : z.string().max(max, `${label} tối đa ${max} ký tự.`));

/** Several paragraphs of plain text (line breaks kept, each line cleaned). */
const paragraphs = (max: number, label: string) =>
  z
    .string({ error: `${label} không hợp lệ.` })
    .default("")
    .transform((v) =>
      v
        .split(/\r?\n/)
        .map(toPlainText)
        .filter(Boolean)
        .join("\n"),
    )
    .pipe(z.string().max(max, `${label} tối đa ${max} ký tự.`));

const phone = (label: string) =>
  line(40, label).refine((v) => v === "" || /^\+?[0-9][0-9 .()-]{4,}$/.test(v), `${label} chỉ gồm chữ số, dấu cách và các ký tự + ( ) . -, ví dụ 0227 3861 234.`);

const email = () =>
  z
    .string({ error: "Email không hợp lệ." })
    .trim()
    .default("")
    .pipe(z.string().max(120, "Email tối đa 120 ký tự."))
    .refine((v) => v === "" || z.email().safeParse(v).success, "Email không hợp lệ, ví dụ vanphong@tanhoa.example.vn.");

/** A select of ids with an empty "none" option, as posted by a form or passed by code. */
const optionalRef = () =>
  z.preprocess(
    (v) => (v === "" || v === undefined || v === null ? null : typeof v === "string" && /^\d{1,9}$/.test(v) ? Number(v) : v),
    z.number({ error: "Lựa chọn không hợp lệ." }).int("Lựa chọn không hợp lệ.").positive("Lựa chọn không hợp lệ.").nullable(),
  );

const flag = () => z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

export const leaderSchema = z.object({
  name: line(120, "Họ và tên", true),
  title: line(200, "Chức vụ", true),
  titleEn: line(200, "Chức vụ (tiếng Anh)"),
  term: line(60, "Nhiệm kỳ"),
  photoMediaId: optionalRef(),
  biography: paragraphs(4000, "Tiểu sử tóm tắt"),
  biographyEn: paragraphs(4000, "Tiểu sử (tiếng Anh)"),
  duties: paragraphs(4000, "Nhiệm vụ đảm nhiệm"),
  dutiesEn: paragraphs(4000, "Nhiệm vụ (tiếng Anh)"),
  phone: phone("Điện thoại công vụ"),
  email: email(),
  unitId: optionalRef(),
  current: flag(),
});
export type LeaderInput = Partial<z.input<typeof leaderSchema>>;
export type LeaderValues = z.infer<typeof leaderSchema>;

export const orgUnitSchema = z.object({
  name: line(200, "Tên đơn vị", true),
  nameEn: line(200, "Tên đơn vị (tiếng Anh)"),
  kind: z.enum(UNIT_KINDS, { error: "Loại đơn vị không hợp lệ." }).default("phong"),
  parentId: optionalRef(),
  functions: paragraphs(6000, "Chức năng, nhiệm vụ"),
  functionsEn: paragraphs(6000, "Chức năng, nhiệm vụ (tiếng Anh)"),
  headName: line(120, "Người đứng đầu"),
  headTitle: line(120, "Chức vụ người đứng đầu"),
  address: line(240, "Địa chỉ"),
  phone: phone("Điện thoại"),
  email: email(),
});
export type OrgUnitInput = Partial<z.input<typeof orgUnitSchema>>;
export type OrgUnitValues = z.infer<typeof orgUnitSchema>;

/** The sections of /gioi-thieu, in the order NĐ 224/2026 Điều 9 k1 c lists them. */
export const INTRO_SECTIONS = [
  { key: "organization", label: "Tổ chức bộ máy hành chính", labelEn: "Administrative organisation" },
  { key: "map", label: "Bản đồ địa giới hành chính", labelEn: "Administrative boundary map" },
  { key: "nature", label: "Điều kiện tự nhiên", labelEn: "Natural conditions" },
  { key: "history", label: "Lịch sử", labelEn: "History" },
  { key: "culture", label: "Truyền thống văn hóa", labelEn: "Cultural traditions" },
  { key: "landmarks", label: "Di tích và danh thắng", labelEn: "Monuments and landscapes" },
] as const;
export type IntroSectionKey = (typeof INTRO_SECTIONS)[number]["key"];

const MAX_HTML = 100_000;
const html = (label: string) => z.string({ error: `${label} không hợp lệ.` }).default("").pipe(z.string().max(MAX_HTML, `${label} quá dài (tối đa ${MAX_HTML.toLocaleString("vi-VN")} ký tự).`));

/** A list of library image ids, posted as "12,15,20" or given as numbers. */
const mediaIdList = z.preprocess(
  (v) => (typeof v === "string" ? v.split(/[\s,]+/).filter(Boolean).map((s) => (/^\d{1,9}$/.test(s) ? Number(s) : s)) : (v ?? [])),
  z.array(z.number({ error: "Danh sách ảnh không hợp lệ." }).int().positive()).max(24, "Tối đa 24 ảnh di tích, danh thắng."),
);

/** The texts of /gioi-thieu and /en (rich text: sanitized on save by the data layer). */
export const unitIntroSchema = z.object({
  organization: html("Tổ chức bộ máy hành chính"),
  map: html("Bản đồ địa giới hành chính"),
  nature: html("Điều kiện tự nhiên"),
  history: html("Lịch sử"),
  culture: html("Truyền thống văn hóa"),
  landmarks: html("Di tích và danh thắng"),
  mapMediaId: optionalRef(),
  landmarkMediaIds: mediaIdList,
  /** /en: the unit in English, and its functions. */
  overviewEn: html("Giới thiệu (tiếng Anh)"),
  functionsEn: html("Chức năng, nhiệm vụ (tiếng Anh)"),
  nameEn: line(200, "Tên đơn vị (tiếng Anh)"),
});
export type UnitIntro = z.infer<typeof unitIntroSchema>;
/** Missing fields take their defaults (empty text, no images). */
export type UnitIntroInput = Partial<z.input<typeof unitIntroSchema>>;

/** Splits stored plain paragraphs for rendering. */
export function paragraphList(text: string): string[] {
  return text.split("\n").map((p) => p.trim()).filter(Boolean);
}

export type TreeNode<T> = T & { children: TreeNode<T>[] };

/** Rows with parentId → a tree in position order; a row whose parent is missing becomes a root. */
export function buildTree<T extends { id: number; parentId: number | null }>(rows: T[]): TreeNode<T>[] {
  const nodes = new Map(rows.map((r) => [r.id, { ...r, children: [] as TreeNode<T>[] }]));
  const roots: TreeNode<T>[] = [];
  for (const row of rows) {
    const node = nodes.get(row.id)!;
    const parent = row.parentId === null ? undefined : nodes.get(row.parentId);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}
