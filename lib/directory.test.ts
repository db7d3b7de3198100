import { describe, expect, it } from "vitest";
import { directoryEntries, filterDirectory } from "./directory";

const units = [
  { id: 1, parentId: null, name: "Văn phòng HĐND và UBND", headName: "Trần Thị Hoa", headTitle: "Chánh Văn phòng", phone: "0221 1", email: "vp@x.example.vn", address: "" },
  { id: 2, parentId: 1, name: "Bộ phận Một cửa", headName: "Lê Văn Đức", headTitle: "Tổ trưởng", phone: "", email: "", address: "" },
  { id: 3, parentId: null, name: "Phòng Kinh tế", headName: "", headTitle: "", phone: "", email: "", address: "" },
];
const leaders = [
  { id: 7, name: "Nguyễn Văn Đông", title: "Chủ tịch UBND", phone: "1", email: "", unitId: null, current: true },
  { id: 8, name: "Phạm Minh Tâm", title: "Phó Chủ tịch UBND", phone: "", email: "", unitId: 3, current: true },
  { id: 9, name: "Đỗ Văn Cũ", title: "Nguyên Chủ tịch", phone: "", email: "", unitId: null, current: false },
];
const entries = directoryEntries(leaders, units, "UBND xã Tân Hòa");

describe("the directory", () => {
  it("lists current leaders and every unit, not former leaders", () => {
    expect(entries.map((e) => e.key)).toEqual(["l7", "l8", "u1", "u2", "u3"]);
  });
  it("finds names typed without accents, whatever the case, word by word", () => {
    expect(filterDirectory(entries, "nguyen van dong", null).map((e) => e.key)).toEqual(["l7"]);
    expect(filterDirectory(entries, "DUC", null).map((e) => e.key)).toEqual(["u2"]);
    expect(filterDirectory(entries, "kinh te", null).map((e) => e.key)).toEqual(["l8", "u3"]);
  });
  it("filters by unit, sub-units included", () => {
    expect(filterDirectory(entries, "", 1).map((e) => e.key)).toEqual(["u1", "u2"]);
    expect(filterDirectory(entries, "tam", 3).map((e) => e.key)).toEqual(["l8"]);
    expect(filterDirectory(entries, "tam", 1)).toEqual([]);
  });
});
