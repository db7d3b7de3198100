import { parse } from "csv-parse/sync";
import type { z } from "zod";

/**
 * Bulk import from a spreadsheet saved as CSV (documents, procedures…): every row is
 * checked with the same zod schema as the form, and the import is all or nothing, so the
 * caller writes only when `ok`. Row numbers are the spreadsheet's (the header is row 1).
 */
export type CsvColumn = { key: string; header: string; required?: boolean; example: string };

export type RowError = { row: number; messages: string[] };

export type CsvImport<T> = { ok: true; rows: T[] } | { ok: false; message: string; errors: RowError[] };

export const MAX_IMPORT_ROWS = 2000;

const normalise = (header: string) => header.normalize("NFC").trim().toLowerCase().replace(/\s+/g, " ").replace(/\s*\*$/, "");

/** The file editors download, fill in and upload: the headers and one example row. */
export function csvTemplateRows(columns: readonly CsvColumn[]): string[][] {
  return [columns.map((c) => (c.required ? `${c.header} *` : c.header)), columns.map((c) => c.example)];
}

export function parseCsvImport<T>(text: string, columns: readonly CsvColumn[], schema: z.ZodType<T>, maxRows = MAX_IMPORT_ROWS): CsvImport<T> {
  let records: string[][];
  try {
    // Excel writes ";" where the list separator is a comma in the decimal, as in vi-VN.
    const firstLine = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
    const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
    records = parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return { ok: false, message: `Tệp CSV không đọc được${line ? ` (dòng ${line})` : ""}: kiểm tra dấu ngoặc kép và dấu phân cách.`, errors: [] };
  }
  const [header, ...body] = records;
  if (!header) return { ok: false, message: "Tệp CSV trống.", errors: [] };
  const positions = new Map(header.map((h, i) => [normalise(h), i]));
  const missing = columns.filter((c) => c.required && !positions.has(normalise(c.header)));
  if (missing.length) {
    return { ok: false, message: `Tệp thiếu cột: ${missing.map((c) => c.header).join(", ")}. Hãy dùng tệp mẫu.`, errors: [] };
  }
  if (body.length === 0) return { ok: false, message: "Tệp CSV không có dòng dữ liệu nào.", errors: [] };
  if (body.length > maxRows) return { ok: false, message: `Mỗi lần nhập tối đa ${maxRows.toLocaleString("vi-VN")} dòng; tệp có ${body.length.toLocaleString("vi-VN")} dòng.`, errors: [] };

  const rows: T[] = [];
  const errors: RowError[] = [];
  body.forEach((cells, index) => {
    const raw: Record<string, string> = {};
    for (const column of columns) {
      const at = positions.get(normalise(column.header));
      raw[column.key] = (at === undefined ? "" : (cells[at] ?? "")).normalize("NFC");
    }
    const result = schema.safeParse(raw);
    if (result.success) rows.push(result.data);
    else errors.push({ row: index + 2, messages: result.error.issues.map((issue) => issue.message) });
  });
  if (errors.length) {
    return { ok: false, message: `Không nhập dòng nào: ${errors.length.toLocaleString("vi-VN")} dòng có lỗi. Sửa các dòng dưới đây rồi tải lại tệp.`, errors };
  }
  return { ok: true, rows };
}
