// No "server-only": the first-admin step at server start uses it too. Never import it
// from a client component: the dictionaries weigh about a megabyte.
import { ZxcvbnFactory, type FeedbackType } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";
import { z } from "zod";

/**
 * One password rule for every place that sets one, after NIST SP 800-63B (rev. 4,
 * §3.1.1.2): length is what counts (at least 15 characters for a password that is the
 * only factor, as here; up to 128 accepted, spaces and any Unicode too), no rules about
 * character classes, and a refusal, with the reason, for a password that is common or
 * guessable (zxcvbn-ts with its common-password and keyboard dictionaries) or built from
 * the person's own name or email. Checked when a password is set, never at sign-in.
 */
export const PASSWORD_MIN_LENGTH = 15;
export const PASSWORD_MAX_LENGTH = 128;
/** zxcvbn's "safely unguessable" and up: at least 10^8 guesses. */
const MIN_SCORE = 3;

export const PASSWORD_HINT = `Ít nhất ${PASSWORD_MIN_LENGTH} ký tự. Nên dùng một cụm vài từ dễ nhớ với bạn nhưng người khác khó đoán; không dùng tên, email hay mật khẩu phổ biến.`;

/** Code points, as a person counts them (NFC: "ệ" is one). */
const length = (password: string) => [...password.normalize("NFC")].length;

/** For forms: the length rule, so a too short or too long password is marked at its field. */
export const passwordSchema = z
  .string()
  .refine((p) => length(p) >= PASSWORD_MIN_LENGTH, `Mật khẩu cần ít nhất ${PASSWORD_MIN_LENGTH} ký tự.`)
  .refine((p) => length(p) <= PASSWORD_MAX_LENGTH, `Mật khẩu tối đa ${PASSWORD_MAX_LENGTH} ký tự.`);

// Levenshtein matching is left off: it made a check 10× slower (up to 0.2 s) and changed
// no verdict on the passwords tried.
const zxcvbn = new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });

/** The words of this service itself, which guessers try first (NIST's "context-specific words"). */
const SERVICE_WORDS = ["matkhau", "quantri", "quantrivien", "congthongtin", "dientu", "admin", "portal"];

const WARNINGS: Record<string, string> = {
  straightRow: "các phím liền nhau trên bàn phím rất dễ đoán",
  keyPattern: "kiểu gõ theo hình trên bàn phím rất dễ đoán",
  simpleRepeat: 'ký tự lặp lại như "aaaa" rất dễ đoán',
  extendedRepeat: 'chuỗi lặp lại như "abcabcabc" rất dễ đoán',
  sequences: 'dãy như "abcd" hay "123456" rất dễ đoán',
  recentYears: "năm gần đây rất dễ đoán",
  dates: "ngày tháng rất dễ đoán",
  topTen: "đây là một trong mười mật khẩu phổ biến nhất",
  topHundred: "đây là một trong một trăm mật khẩu phổ biến nhất",
  common: "đây là một mật khẩu phổ biến",
  similarToCommon: "mật khẩu này gần giống một mật khẩu phổ biến",
  wordByItself: "một từ đứng riêng rất dễ đoán",
  namesByThemselves: "tên riêng rất dễ đoán",
  commonNames: "tên phổ biến rất dễ đoán",
  userInputs: "mật khẩu có chứa thông tin cá nhân hoặc tên của cổng",
  pwned: "mật khẩu này đã bị lộ trong một vụ rò rỉ dữ liệu",
};

/** Lower case, without Vietnamese marks (đ → d), letters and digits only. */
function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

export type PasswordOwner = { name?: string; email?: string };

/** The person's own words: each part of the name and of the email, and each whole. */
function ownWords(owner: PasswordOwner): string[] {
  const [local = "", domain = ""] = (owner.email ?? "").split("@");
  const groups = [fold(owner.name ?? ""), fold(local), ...fold(domain).split(" ").filter((label) => label.length >= 4)];
  const words = groups.flatMap((group) => [...group.split(" "), group.replace(/ /g, "")]);
  return [...new Set(words.filter((w) => w.length >= 2))].sort((a, b) => b.length - a.length);
}

/** Whether, with the person's words taken out, fewer than 4 letters are left. */
function builtFromOwnWords(password: string, owner: PasswordOwner): boolean {
  let letters = fold(password).replace(/[^a-z]/g, "");
  if (!letters) return false;
  for (const word of ownWords(owner)) letters = letters.split(word).join("");
  return letters.length < 4;
}

function reasonOf(feedback: FeedbackType): string {
  return (feedback.warning && WARNINGS[feedback.warning]) || "mật khẩu này quá ngắn gọn so với cách người ta dò mật khẩu";
}

/**
 * Why `password` may not be set for `owner`, in Vietnamese, or null when it may.
 * Takes a few milliseconds.
 */
export function passwordProblem(password: string, owner: PasswordOwner): string | null {
  const parsed = passwordSchema.safeParse(password);
  if (!parsed.success) return parsed.error.issues[0]!.message;
  if (builtFromOwnWords(password, owner)) {
    return "Mật khẩu không được ghép từ họ tên hay email của bạn: đó là những gì kẻ dò mật khẩu thử trước tiên.";
  }
  const result = zxcvbn.check(password.normalize("NFC"), [...ownWords(owner), ...SERVICE_WORDS]);
  if (result.score >= MIN_SCORE) return null;
  return `Mật khẩu quá dễ đoán: ${reasonOf(result.feedback)}. Hãy dùng một cụm vài từ mà người khác khó đoán, ví dụ bốn từ không liên quan đến nhau.`;
}
