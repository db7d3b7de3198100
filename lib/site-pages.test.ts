import { describe, expect, it } from "vitest";
import { vietnamTime } from "./format";
import { defaultMenu, defaultStatement, resolveMenu, shortNoticeWarning, suspensionFormSchema, suspensionVisible, suspensionWindow } from "./site-pages";

const categories = [
  { id: 1, slug: "tin-tuc", name: "Tin tức", parentId: null },
  { id: 2, slug: "thong-bao", name: "Thông báo", parentId: null },
  { id: 3, slug: "tin-xa", name: "Tin xã", parentId: 1 },
];
const labels = (items: { label: string; visible: boolean }[]) => items.filter((i) => i.visible).map((i) => i.label);

describe("the main menu", () => {
  it("by default: Giới thiệu, the top categories, the sections lib/sections.ts puts in the menu, the directory, Sơ đồ cổng", () => {
    expect(labels(defaultMenu(categories, true))).toEqual(["Giới thiệu", "Tin tức", "Thông báo", "Văn bản", "Lịch công tác", "Thủ tục hành chính", "Xã, phường", "Sơ đồ cổng"]);
    expect(labels(defaultMenu(categories, false))).not.toContain("Xã, phường");
  });

  it("applies the stored order, labels and visibility; drops what no longer exists; slots new categories in", () => {
    const stored = [
      { ref: "section:/so-do-cong", label: "", visible: true },
      { ref: "category:2", label: "Thông báo mới", visible: true },
      { ref: "section:/gioi-thieu", label: "Về chúng tôi", visible: true },
      { ref: "category:99", label: "Đã xóa", visible: true },
      { ref: "section:/van-ban", label: "", visible: false },
    ];
    const menu = resolveMenu(stored, categories, false);
    const shown = labels(menu);
    expect(shown.slice(0, 3)).toEqual(["Sơ đồ cổng", "Thông báo mới", "Về chúng tôi"]);
    expect(shown).not.toContain("Đã xóa");
    expect(shown).not.toContain("Văn bản");
    // Tin tức (not stored) comes right after Giới thiệu, where the default order has it.
    expect(shown[3]).toBe("Tin tức");
    expect(menu.find((m) => m.ref === "section:/gioi-thieu")).toMatchObject({ href: "/gioi-thieu", defaultLabel: "Giới thiệu" });
  });
});

describe("the planned suspension (NĐ 224/2026 Điều 13)", () => {
  const now = vietnamTime("2026-12-07 23:30"); // Monday evening, Việt Nam time
  it("warns below 7 working days of notice, counting weekends and days off", () => {
    expect(shortNoticeWarning(vietnamTime("2026-12-15 08:00"), now, new Set())).toMatch(/chưa đủ 7 ngày làm việc.*16\/12\/2026/);
    expect(shortNoticeWarning(vietnamTime("2026-12-16 00:00"), now, new Set())).toBeNull();
    expect(shortNoticeWarning(vietnamTime("2026-12-16 08:00"), now, new Set(["2026-12-10"]))).toMatch(/17\/12\/2026/);
  });

  it("shows from saving until the window ends, worded so a cached page stays right", () => {
    const s = { startsAt: vietnamTime("2026-12-20 22:00").toISOString(), endsAt: vietnamTime("2026-12-21 02:00").toISOString(), message: "Nâng cấp", savedAt: now.toISOString() };
    expect(suspensionVisible(s, now)).toBe(true);
    expect(suspensionVisible(s, vietnamTime("2026-12-21 01:59"))).toBe(true);
    expect(suspensionVisible(s, vietnamTime("2026-12-21 02:00"))).toBe(false);
    expect(suspensionVisible(null, now)).toBe(false);
    expect(suspensionWindow(s)).toBe("từ 22:00 ngày 20/12/2026 đến 02:00 ngày 21/12/2026");
  });

  it("reads the form's dd/mm/yyyy HH:mm in Việt Nam time and refuses 31/02 and an end before the start", () => {
    const ok = suspensionFormSchema.safeParse({ startsAt: "20/12/2026|22:00", endsAt: "21/12/2026|02:00", message: "Nâng cấp hạ tầng máy chủ." });
    expect(ok.success && ok.data.startsAt.toISOString()).toBe("2026-12-20T15:00:00.000Z");
    const bad = suspensionFormSchema.safeParse({ startsAt: "31/02/2026|22:00", endsAt: "21/12/2026|02:00", message: "Nâng cấp hạ tầng máy chủ." });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(["startsAt"]);
    const reversed = suspensionFormSchema.safeParse({ startsAt: "21/12/2026|22:00", endsAt: "21/12/2026|02:00", message: "Nâng cấp hạ tầng máy chủ." });
    expect(reversed.error?.issues).toEqual([expect.objectContaining({ path: ["endsAt"], message: "Thời điểm kết thúc phải sau thời điểm bắt đầu." })]);
  });
});

describe("the statements' default texts", () => {
  it("name the site's agency and contact, escaped", () => {
    const html = defaultStatement("chinh-sach-bao-ve-du-lieu-ca-nhan", { agencyName: "UBND xã <Tân Hòa>", portalName: "Trang xã", address: "", phone: "0221 1", email: "ubnd@tanhoa.example.vn" });
    expect(html).toContain("91/2025/QH15");
    expect(html).toContain("UBND xã &lt;Tân Hòa&gt;");
    expect(html).toContain('href="mailto:ubnd@tanhoa.example.vn"');
    expect(defaultStatement("kha-nang-tiep-can", { agencyName: "A", portalName: "B", address: "", phone: "", email: "" })).toContain("WCAG");
  });
});
