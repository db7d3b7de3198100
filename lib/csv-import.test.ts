import { describe, expect, it } from "vitest";
import { z } from "zod";
import { csvDocument } from "./csv";
import { csvTemplateRows, parseCsvImport, type CsvColumn } from "./csv-import";

const columns: CsvColumn[] = [
  { key: "number", header: "Số/ký hiệu", required: true, example: "12/QĐ-UBND" },
  { key: "title", header: "Trích yếu", required: true, example: "Về việc…" },
  { key: "note", header: "Ghi chú", example: "" },
];
const schema = z.object({
  number: z.string().min(1, "Thiếu số/ký hiệu."),
  title: z.string().min(1, "Thiếu trích yếu."),
  note: z.string(),
});

describe("CSV import", () => {
  it("reads the template it writes, BOM and all, with headers in any order", () => {
    const template = csvDocument(csvTemplateRows(columns));
    expect(parseCsvImport(template, columns, schema)).toEqual({ ok: true, rows: [{ number: "12/QĐ-UBND", title: "Về việc…", note: "" }] });
    const shuffled = "Trích yếu,SỐ/KÝ HIỆU\nA,1/TB\nB,2/TB\n";
    expect(parseCsvImport(shuffled, columns, schema)).toEqual({ ok: true, rows: [{ number: "1/TB", title: "A", note: "" }, { number: "2/TB", title: "B", note: "" }] });
  });

  it("reads semicolon-separated files as Excel saves them in Vietnamese", () => {
    expect(parseCsvImport("Số/ký hiệu;Trích yếu\n3/KH;Kế hoạch, năm 2026\n", columns, schema)).toMatchObject({ ok: true, rows: [{ number: "3/KH", title: "Kế hoạch, năm 2026" }] });
  });

  it("imports nothing when any row is wrong, and names the rows by spreadsheet number", () => {
    const result = parseCsvImport("Số/ký hiệu,Trích yếu\n1/TB,A\n,B\n3/TB,\n", columns, schema);
    expect(result).toEqual({
      ok: false,
      message: expect.stringContaining("2 dòng có lỗi"),
      errors: [
        { row: 3, messages: ["Thiếu số/ký hiệu."] },
        { row: 4, messages: ["Thiếu trích yếu."] },
      ],
    });
  });

  it("says what is wrong with the file itself", () => {
    expect(parseCsvImport("", columns, schema)).toMatchObject({ ok: false, message: "Tệp CSV trống." });
    expect(parseCsvImport("Trích yếu\nA\n", columns, schema)).toMatchObject({ ok: false, message: expect.stringContaining("thiếu cột: Số/ký hiệu") });
    expect(parseCsvImport('Số/ký hiệu,Trích yếu\n"1/TB,A\n', columns, schema)).toMatchObject({ ok: false, message: expect.stringContaining("không đọc được") });
    expect(parseCsvImport("Số/ký hiệu,Trích yếu\n1,A\n2,B\n", columns, schema, 1)).toMatchObject({ ok: false, message: expect.stringContaining("tối đa 1 dòng") });
  });
});
