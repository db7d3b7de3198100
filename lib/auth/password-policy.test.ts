import { describe, expect, it } from "vitest";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblem, passwordSchema } from "./password-policy";

const person = { name: "Nguyễn Văn An", email: "an.nguyen@hungha.gov.vn" };

describe("passwordProblem", () => {
  it.each([
    // What the penetration test saw accepted, and their kin.
    ["1234567890123456", /dễ đoán/],
    ["aaaaaaaaaaaaaaaa", /lặp lại/],
    ["qwertyuiopasdfgh", /dễ đoán/],
    ["password12345678", /dễ đoán/],
    ["iloveyou12345678", /dễ đoán/],
    ["abc123abc123abc123", /lặp lại/],
    ["matkhau123456789", /dễ đoán/],
  ])("refuses the common or guessable %s, saying why", (password, why) => {
    expect(passwordProblem(password, person)).toMatch(why);
  });

  it.each(["NguyenVanAn2026!!", "an.nguyen@2026#!", "Hungha-Nguyen-An-1990", "nguyễn văn an 2026", "AnNguyen-AnNguyen-2026"])(
    "refuses %s: built from the person's own name or email",
    (password) => {
      expect(passwordProblem(password, person)).toBe("Mật khẩu không được ghép từ họ tên hay email của bạn: đó là những gì kẻ dò mật khẩu thử trước tiên.");
    },
  );

  it("refuses passwords shorter than the minimum, counting characters as a person does", () => {
    expect(passwordProblem("1234567890", person)).toBe(`Mật khẩu cần ít nhất ${PASSWORD_MIN_LENGTH} ký tự.`);
    expect(passwordProblem("aaaaaaaaaa", person)).toBe(`Mật khẩu cần ít nhất ${PASSWORD_MIN_LENGTH} ký tự.`);
    expect(passwordProblem("Ngắn-quá-2026", person)).toBe(`Mật khẩu cần ít nhất ${PASSWORD_MIN_LENGTH} ký tự.`);
    // 15 letters of Vietnamese in NFD are more UTF-16 units than 15, still 15 characters.
    expect(passwordProblem("Đường lên đỉnh núi".normalize("NFD"), person)).toBeNull();
  });

  it.each(["Song Hồng chảy qua cánh đồng lúa", "tuyet-roi-tren-dinh-fansipan", "Ca phe sua da luc bay gio sang", "Bientap-anninh-2026"])("accepts the passphrase %s", (password) => {
    expect(passwordProblem(password, person)).toBeNull();
  });

  it(`accepts up to ${PASSWORD_MAX_LENGTH} characters (at least 64, as NIST asks) and no more`, () => {
    const long = "mây trắng bay qua đồi chè xanh ".repeat(5).slice(0, PASSWORD_MAX_LENGTH);
    expect(long.length).toBe(PASSWORD_MAX_LENGTH);
    expect(passwordProblem(long, person)).toBeNull();
    expect(passwordProblem(`${long}x`, person)).toBe(`Mật khẩu tối đa ${PASSWORD_MAX_LENGTH} ký tự.`);
  });

  it("gives forms the length rule as a zod schema", () => {
    expect(passwordSchema.safeParse("ngan").success).toBe(false);
    expect(passwordSchema.safeParse("đủ dài rồi đấy nhé").success).toBe(true);
  });
});
