import { solveChallenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import { and, count, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { CommentFormState } from "@/app/(site)/[site]/du-thao/actions";
import { CLOSED, listPublicDrafts, orderDrafts } from "@/db/drafts";
import { draftComments } from "@/db/schema";
import { COMMENT_CONSENT_MESSAGE } from "@/lib/drafts";
import { XSS_MARKER } from "../support/xss-corpus";
import { defaultSiteId } from "../support/actors";
import { form } from "../support/request-context";
import { testDatabase } from "../support/test-db";

// The comment form's action as a browser calls it (Next's request context replaced by a
// host, an address and a cookie jar), on the demo drafts of the default site.
const request = vi.hoisted(() => ({ ip: "198.51.100.7", jar: new Map<string, string>() }));
vi.mock("next/headers", async () => (await import("../support/request-context")).readerHeadersModule(request));
vi.mock("next/cache", async () => (await import("../support/request-context")).cacheModule());
vi.mock("@/db/index", async () => (await import("../support/request-context")).dbModule());

let commentAction: (s: CommentFormState, f: FormData) => Promise<CommentFormState>;
let open = "";
let closed = "";
const MARK = "Góp ý từ bài kiểm tra hành động công khai";

beforeAll(async () => {
  ({ commentAction } = await import("@/app/(site)/[site]/du-thao/actions"));
  const { db } = await testDatabase();
  const groups = orderDrafts(await listPublicDrafts(db, await defaultSiteId(db)));
  open = groups[0]!.items[0]!.slug;
  closed = groups[2]!.items[0]!.slug;
});

afterAll(async () => {
  const { db } = await testDatabase();
  await db.delete(draftComments).where(like(draftComments.body, `${MARK}%`));
});

async function mine() {
  const { db } = await testDatabase();
  const [row] = await db.select({ n: count() }).from(draftComments).where(like(draftComments.body, `${MARK}%`));
  return row!.n;
}

const good = (n = 0) => ({ draft: open, name: "Đinh Văn Sơn", email: "", phone: "", clause: "Điều 2", body: `${MARK} số ${n}: đề nghị làm rõ thời gian thi công.`, website: "" });

describe("commentAction", () => {
  it("refuses bad input with Vietnamese messages and stores nothing", async () => {
    request.ip = "198.51.100.40";
    const before = await mine();
    const noConsent = await commentAction({ status: "idle" }, form({ ...good(), email: "son@example.vn" }));
    expect(noConsent.errors?.consent).toEqual([COMMENT_CONSENT_MESSAGE]);
    const huge = await commentAction({ status: "idle" }, form({ ...good(), body: "a".repeat(100_000), name: "n".repeat(100_000) }));
    expect(huge.errors?.body).toEqual(["Nội dung góp ý tối đa 5.000 ký tự."]);
    expect(huge.errors?.name).toEqual(["Họ tên hoặc bút danh tối đa 100 ký tự."]);
    expect(await commentAction({ status: "idle" }, form({ ...good(), website: "https://spam.example" }))).toMatchObject({ status: "refused", message: "Không gửi được góp ý." });
    expect(await commentAction({ status: "idle" }, form({ ...good(), draft: "khong-co-du-thao-nay" }))).toMatchObject({ status: "refused", message: "Không tìm thấy dự thảo." });
    expect(await commentAction({ status: "idle" }, form({ ...good(), draft: "../../etc" }))).toMatchObject({ status: "refused", message: "Không tìm thấy dự thảo." });
    // A closed draft says so, without asking for the proof-of-work first.
    expect(await commentAction({ status: "idle" }, form({ ...good(), draft: closed }))).toEqual(expect.objectContaining({ status: "refused", message: CLOSED }));
    expect(await mine()).toBe(before);
    expect(noConsent.values).toMatchObject({ name: "Đinh Văn Sơn", email: "son@example.vn" });
    expect(noConsent.values).not.toHaveProperty("consent");
  });

  it("stores script as text, and the contact only sealed", async () => {
    request.ip = "198.51.100.41";
    request.jar.clear();
    const script = `<script>${XSS_MARKER}()</script><img src=x onerror=${XSS_MARKER}()>`;
    const sent = await commentAction({ status: "idle" }, form({ ...good(1), name: `Sơn ${script}`, clause: `Điều 3 ${script}`, body: `${MARK} có mã ${script}`, email: "son.dinh@example.vn", consent: "on" }));
    expect(sent).toMatchObject({ status: "sent", shown: false });
    const { db } = await testDatabase();
    const [row] = await db.select().from(draftComments).where(and(like(draftComments.body, `${MARK} có mã%`)));
    expect(JSON.stringify(row)).not.toMatch(/<script|<img|onerror|son\.dinh@example\.vn/);
    expect(row!.contactSealed).toMatch(/^v1\./);
  });

  it("asks for the proof-of-work after a first comment from a network, and caps 50 posts a minute", async () => {
    request.ip = "198.51.100.42";
    const before = await mine();
    const outcomes: CommentFormState[] = [];
    for (let i = 0; i < 50; i++) {
      request.jar.clear();
      outcomes.push(await commentAction({ status: "idle" }, form(good(100 + i))));
    }
    expect(outcomes[0]!.status).toBe("sent");
    expect(outcomes.slice(1).every((o) => o.status === "refused" && o.challenge)).toBe(true);
    expect(outcomes[1]!.message).toMatch(/^Địa chỉ mạng của bạn vừa gửi góp ý trong giờ qua/);
    expect(await mine()).toBe(before + 1);

    const challenge = await (await import("@/db/challenge")).newChallenge(200);
    const solution = await solveChallenge({ challenge, deriveKey });
    const altcha = Buffer.from(JSON.stringify({ challenge, solution })).toString("base64");
    expect((await commentAction({ status: "idle" }, form({ ...good(200), altcha }))).status).toBe("sent");
    expect((await commentAction({ status: "idle" }, form({ ...good(201), altcha }))).challenge, "a solution is good once").toBe(true);
    expect(await mine()).toBe(before + 2);
  });
});
