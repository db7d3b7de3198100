import { solveChallenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import { count, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { AskState } from "@/app/(site)/[site]/hoi-dap/actions";
import type { RatingState } from "@/app/(site)/[site]/danh-gia/actions";
import { listPublishedArticles } from "@/db/articles";
import { pageRatings, questions } from "@/db/schema";
import { CONSENT_MESSAGE, CONTACT_MESSAGE } from "@/lib/questions";
import { XSS_MARKER } from "../support/xss-corpus";
import { defaultSiteId } from "../support/actors";
import { form } from "../support/request-context";
import { testDatabase } from "../support/test-db";

// The citizens' public actions (rating, asking) as a browser calls them: Next's request
// context is replaced by a host, an address and a cookie jar that keeps the visitor id.
const request = vi.hoisted(() => ({ ip: "198.51.100.7", jar: new Map<string, string>() }));
vi.mock("next/headers", async () => (await import("../support/request-context")).readerHeadersModule(request));
vi.mock("next/cache", async () => (await import("../support/request-context")).cacheModule());
vi.mock("@/db/index", async () => (await import("../support/request-context")).dbModule());

let ratePageAction: (s: RatingState, f: FormData) => Promise<RatingState>;
let askQuestionAction: (s: AskState, f: FormData) => Promise<AskState>;
let articlePath: string;
const TITLE = "Câu hỏi từ bài kiểm tra hành động công khai";

beforeAll(async () => {
  ({ ratePageAction } = await import("@/app/(site)/[site]/danh-gia/actions"));
  ({ askQuestionAction } = await import("@/app/(site)/[site]/hoi-dap/actions"));
  const { db } = await testDatabase();
  const [article] = await listPublishedArticles(db, await defaultSiteId(db), { limit: 1, offset: 9 });
  articlePath = `/bai-viet/${article!.slug}`;
});

afterAll(async () => {
  const { db } = await testDatabase();
  await db.delete(questions).where(like(questions.title, `${TITLE}%`));
});

async function questionCount() {
  const { db } = await testDatabase();
  const [row] = await db.select({ n: count() }).from(questions);
  return row!.n;
}

const good = (n = 0) => ({
  name: "Ngô Thị Lan",
  email: `lan-${n}@example.vn`,
  phone: "",
  address: "",
  field: "Giáo dục",
  title: `${TITLE} ${n}`,
  body: "Xin hỏi lịch tuyển sinh lớp 6 năm học tới bắt đầu từ ngày nào?",
  consent: "on",
  website: "",
});

describe("ratePageAction", () => {
  it("counts one rating per visitor per page and refuses an unknown page", async () => {
    request.jar.clear();
    const { db } = await testDatabase();
    const first = await ratePageAction({ status: "idle" }, form({ path: articlePath, score: "4", comment: "Dễ hiểu" }));
    expect(first).toMatchObject({ status: "counted", page: { path: articlePath } });
    expect(request.jar.get("vid")).toBeTruthy();
    const again = await ratePageAction({ status: "idle" }, form({ path: articlePath, score: "1" }));
    expect(again).toMatchObject({ status: "refused", message: "Bạn đã đánh giá trang này. Mỗi người chỉ đánh giá một lần cho mỗi trang." });
    request.jar.clear();
    expect(await ratePageAction({ status: "idle" }, form({ path: articlePath, score: "5" }))).toMatchObject({ status: "counted" });
    const [rows] = await db.select({ n: count() }).from(pageRatings).where(eq(pageRatings.path, articlePath));
    expect(rows!.n).toBe(2);
    expect(await ratePageAction({ status: "idle" }, form({ path: "/bai-viet/khong-ton-tai", score: "5" }))).toMatchObject({ status: "refused", message: "Không tìm thấy trang được đánh giá." });
    expect(await ratePageAction({ status: "idle" }, form({ path: articlePath }))).toMatchObject({ status: "refused", message: "Vui lòng chọn một mức đánh giá." });
    expect(await ratePageAction({ status: "idle" }, form({ path: "javascript:alert(1)", score: "5" }))).toMatchObject({ status: "refused" });
  });
});

describe("askQuestionAction", () => {
  it("refuses bad input with Vietnamese messages and stores nothing", async () => {
    request.ip = "198.51.100.20";
    const before = await questionCount();
    const noConsent = await askQuestionAction({ status: "idle" }, form({ ...good(), consent: "" }));
    expect(noConsent.errors?.consent).toEqual([CONSENT_MESSAGE]);
    const noContact = await askQuestionAction({ status: "idle" }, form({ ...good(), email: "", phone: "" }));
    expect(noContact.errors?.email).toEqual([CONTACT_MESSAGE]);
    const huge = await askQuestionAction({ status: "idle" }, form({ ...good(), body: "a".repeat(100_000), title: "t".repeat(100_000) }));
    expect(huge.errors?.body?.[0]).toBe("Nội dung câu hỏi tối đa 5.000 ký tự.");
    expect(huge.errors?.title?.[0]).toBe("Tiêu đề tối đa 200 ký tự.");
    const bot = await askQuestionAction({ status: "idle" }, form({ ...good(), website: "https://spam.example" }));
    expect(bot).toMatchObject({ status: "refused", message: "Không gửi được câu hỏi." });
    expect(await questionCount()).toBe(before);
    // The form comes back filled, never with the consent ticked.
    expect(noConsent.values).toMatchObject({ name: "Ngô Thị Lan", title: `${TITLE} 0` });
    expect(noConsent.values).not.toHaveProperty("consent");
  });

  it("keeps script out of every field it stores", async () => {
    request.ip = "198.51.100.21";
    const script = `<script>${XSS_MARKER}()</script><img src=x onerror=${XSS_MARKER}()>`;
    const sent = await askQuestionAction(
      { status: "idle" },
      form({ ...good(1), name: `Ngô Lan ${script}`, address: `Thôn Bắc ${script}`, title: `${TITLE} 1 ${script}`, body: `Xin hỏi lịch tuyển sinh lớp 6 ${script}` }),
    );
    expect(sent.status).toBe("sent");
    const { db } = await testDatabase();
    const [row] = await db.select().from(questions).where(eq(questions.trackingCode, sent.trackingCode!));
    expect(JSON.stringify(row)).not.toMatch(/<script|<img|onerror/);
  });

  it("asks for the proof-of-work after a first post from a network, and caps 50 posts a minute", async () => {
    request.ip = "198.51.100.30";
    const before = await questionCount();
    const outcomes: AskState[] = [];
    for (let i = 0; i < 50; i++) {
      request.jar.clear();
      outcomes.push(await askQuestionAction({ status: "idle" }, form(good(100 + i))));
    }
    expect(outcomes[0]!.status).toBe("sent");
    expect(outcomes.slice(1).every((o) => o.status === "refused" && o.challenge)).toBe(true);
    expect(outcomes[1]!.message).toMatch(/^Địa chỉ mạng của bạn vừa gửi câu hỏi trong giờ qua/);
    expect(await questionCount()).toBe(before + 1);

    // Solved (as the widget would in the browser), the next post goes through, once.
    const challenge = await (await import("@/db/challenge")).newChallenge(200);
    const solution = await solveChallenge({ challenge, deriveKey });
    const altcha = Buffer.from(JSON.stringify({ challenge, solution })).toString("base64");
    expect((await askQuestionAction({ status: "idle" }, form({ ...good(200), altcha }))).status).toBe("sent");
    expect((await askQuestionAction({ status: "idle" }, form({ ...good(201), altcha }))).challenge, "a solution is good once").toBe(true);
    const forged = Buffer.from(JSON.stringify({ challenge: { ...challenge, signature: "forged" }, solution })).toString("base64");
    expect((await askQuestionAction({ status: "idle" }, form({ ...good(202), altcha: forged }))).challenge).toBe(true);
    expect(await questionCount()).toBe(before + 2);
  });
});
