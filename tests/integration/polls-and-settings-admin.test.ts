import { asc, count, eq, inArray } from "drizzle-orm";
import { ZodError } from "zod";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { listAudit } from "@/db/audit";
import type { Database } from "@/db/client";
import {
  castVote,
  closePollNow,
  createPoll,
  deletePoll,
  duplicatePoll,
  getHomepagePoll,
  getPoll,
  getPollForAdmin,
  getPollVoteReport,
  listPollsForAdmin,
  PollRuleError,
  pollState,
  updatePoll,
  type PollInput,
} from "@/db/polls";
import { auditLog, pollOptions, pollVotes, polls, settings } from "@/db/schema";
import { getSiteSettings, saveSiteSettings, type SiteSettings } from "@/db/settings";
import { csvDocument } from "@/lib/csv";
import { vietnamTime } from "@/lib/format";
import { pollReportRows } from "@/lib/poll-report";
import { ForbiddenError, type Role, type SessionUser } from "@/lib/auth/roles";
import { createActors } from "../support/actors";
import { testDatabase } from "../support/test-db";

let db: Database;
let actors: Record<Role, SessionUser>;
let removeActors: () => Promise<void>;
const anonymous = null as unknown as SessionUser;
const created: number[] = [];

beforeAll(async () => {
  db = (await testDatabase()).db;
  ({ actors, remove: removeActors } = await createActors(db, "polls-admin"));
});

// Other files expect the seeded reference poll on the homepage and the seeded settings.
let originalSettings: SiteSettings;
beforeAll(async () => {
  originalSettings = await getSiteSettings(db);
});
afterEach(async () => {
  if (created.length) await db.update(polls).set({ showOnHome: false }).where(inArray(polls.id, created));
});
afterAll(async () => {
  await saveSiteSettings(db, actors.admin, originalSettings);
  if (created.length) await db.delete(polls).where(inArray(polls.id, created));
  await removeActors();
});

const input = (overrides: Partial<PollInput> = {}): PollInput => ({
  question: "Bạn đánh giá thế nào về dịch vụ công trực tuyến?",
  options: ["Tốt", "Bình thường", "Chưa tốt"],
  opensAt: null,
  closesAt: null,
  showOnHome: false,
  ...overrides,
});

async function newPoll(overrides: Partial<PollInput> = {}) {
  const id = await createPoll(db, actors.editor, input(overrides));
  created.push(id);
  return id;
}

let voter = 0;
async function vote(pollId: number, optionIndex: number, now?: Date) {
  const poll = await getPoll(db, pollId);
  return castVote(db, { pollId, optionId: poll!.options[optionIndex]!.id, voterHash: `admin-test-${voter++}`, ipHash: "ip", ipLimitPerHour: 1000, now });
}

async function snapshot() {
  const pollRows = await db.select().from(polls).orderBy(asc(polls.id));
  const optionRows = await db.select().from(pollOptions).orderBy(asc(pollOptions.id));
  const [votes] = await db.select({ n: count() }).from(pollVotes);
  const settingRows = await db.select({ key: settings.key, value: settings.value }).from(settings).orderBy(asc(settings.key));
  const [audit] = await db.select({ n: count() }).from(auditLog);
  return { pollRows, optionRows, votes: votes!.n, settingRows, audit: audit!.n };
}

describe("authorization matrix of the poll and settings functions", () => {
  let target: number;
  beforeAll(async () => {
    target = await newPoll();
  });

  const pollCalls: [string, (actor: SessionUser) => Promise<unknown>][] = [
    ["listPollsForAdmin", (a) => listPollsForAdmin(db, a)],
    ["getPollForAdmin", (a) => getPollForAdmin(db, a, target)],
    ["getPollVoteReport", (a) => getPollVoteReport(db, a, target)],
    ["createPoll", (a) => createPoll(db, a, input({ question: `Tạo bởi ${a?.role ?? "ẩn danh"}?` })).then((id) => created.push(id))],
    ["updatePoll", (a) => updatePoll(db, a, target, input({ question: `Sửa bởi ${a?.role ?? "ẩn danh"}?` }))],
    ["duplicatePoll", (a) => duplicatePoll(db, a, target).then((id) => created.push(id))],
  ];
  const settingsCall = (a: SessionUser) => saveSiteSettings(db, a, { ...originalSettings, phone: "0227 0000 001" });

  for (const [name, call] of pollCalls) {
    for (const who of ["author", "anonymous"] as const) {
      it(`${name} refuses the ${who} and changes nothing`, async () => {
        const before = await snapshot();
        await expect(call(who === "anonymous" ? anonymous : actors.author)).rejects.toBeInstanceOf(ForbiddenError);
        expect(await snapshot()).toEqual(before);
      });
    }
    for (const role of ["editor", "admin"] as const) {
      it(`${name} is allowed to the ${role}`, async () => {
        await call(actors[role]);
      });
    }
  }

  // Closing is one-way, so each allowed role closes its own poll.
  for (const who of ["author", "anonymous"] as const) {
    it(`closePollNow refuses the ${who} and changes nothing`, async () => {
      const before = await snapshot();
      await expect(closePollNow(db, who === "anonymous" ? anonymous : actors.author, target)).rejects.toBeInstanceOf(ForbiddenError);
      expect(await snapshot()).toEqual(before);
    });
  }
  for (const role of ["editor", "admin"] as const) {
    it(`closePollNow is allowed to the ${role}`, async () => {
      const id = await newPoll();
      await closePollNow(db, actors[role], id);
      expect(pollState((await getPoll(db, id))!)).toBe("closed");
    });
  }

  for (const who of ["author", "editor", "anonymous"] as const) {
    it(`saveSiteSettings refuses the ${who} and changes nothing`, async () => {
      const before = await snapshot();
      await expect(settingsCall(who === "anonymous" ? anonymous : actors[who])).rejects.toBeInstanceOf(ForbiddenError);
      expect(await snapshot()).toEqual(before);
    });
  }
  it("saveSiteSettings is allowed to the admin, with what changed in the audit log", async () => {
    await settingsCall(actors.admin);
    expect((await getSiteSettings(db)).phone).toBe("0227 0000 001");
    const { rows } = await listAudit(db, { userId: actors.admin.id, action: "settings.update" }, 1);
    expect(rows[0]!.summary).toContain(`điện thoại "${originalSettings.phone}" → "0227 0000 001"`);
    await saveSiteSettings(db, actors.admin, originalSettings);
  });
});

describe("poll options", () => {
  for (const [label, options] of [
    ["one option", ["Chỉ một"]],
    ["eleven options", Array.from({ length: 11 }, (_, i) => `Phương án ${i + 1}`)],
    ["an empty option", ["Có", "  "]],
    ["an option that is only markup", ["Có", "<img src=x onerror=alert(1)>"]],
    ["duplicate options", ["Có", "có"]],
  ] as const) {
    it(`refuses ${label} and writes nothing`, async () => {
      const before = await snapshot();
      await expect(createPoll(db, actors.editor, input({ options: [...options] }))).rejects.toBeInstanceOf(ZodError);
      expect(await snapshot()).toEqual(before);
    });
  }

  it("accepts 2 and 10 options, in order", async () => {
    const two = await newPoll({ options: ["Có", "Không"] });
    const ten = await newPoll({ options: Array.from({ length: 10 }, (_, i) => `Phương án ${i + 1}`) });
    expect((await getPoll(db, two))!.options.map((o) => o.label)).toEqual(["Có", "Không"]);
    expect((await getPoll(db, ten))!.options.map((o) => o.label)).toEqual(Array.from({ length: 10 }, (_, i) => `Phương án ${i + 1}`));
  });

  it("refuses a close time before the open time", async () => {
    await expect(createPoll(db, actors.editor, input({ opensAt: vietnamTime("2026-05-02 08:00"), closesAt: vietnamTime("2026-05-01 08:00") }))).rejects.toThrow(
      "Thời điểm đóng phải sau thời điểm mở.",
    );
  });

  it("can change freely before the first vote", async () => {
    const id = await newPoll();
    await updatePoll(db, actors.editor, id, input({ options: ["Chưa tốt", "Tốt", "Rất tốt", "Không ý kiến"] }));
    expect((await getPoll(db, id))!.options.map((o) => o.label)).toEqual(["Chưa tốt", "Tốt", "Rất tốt", "Không ý kiến"]);
  });

  it("are locked once a vote exists, in the data layer; question, times and closing still change", async () => {
    const id = await newPoll();
    expect(await vote(id, 0)).toBe("counted");
    for (const options of [["Tốt", "Bình thường"], ["Tốt", "Bình thường", "Kém"], ["Chưa tốt", "Bình thường", "Tốt"], ["Tốt", "Bình thường", "Chưa tốt", "Thêm"]]) {
      const before = await snapshot();
      await expect(updatePoll(db, actors.admin, id, input({ options }))).rejects.toBeInstanceOf(PollRuleError);
      expect(await snapshot()).toEqual(before);
    }
    const closesAt = vietnamTime("2030-01-01 17:00");
    await updatePoll(db, actors.editor, id, { ...input({ question: "Câu hỏi đã sửa?", closesAt }), options: undefined });
    await updatePoll(db, actors.editor, id, input({ question: "Câu hỏi đã sửa lần hai?", closesAt }));
    const poll = await getPollForAdmin(db, actors.editor, id);
    expect(poll).toMatchObject({ question: "Câu hỏi đã sửa lần hai?", closesAt: closesAt.toISOString(), votesRecorded: 1, totalVotes: 1 });
    expect(poll!.options.map((o) => [o.label, o.votes])).toEqual([["Tốt", 1], ["Bình thường", 0], ["Chưa tốt", 0]]);
  });

  it("of a locked poll are copied by duplicate into a fresh poll without votes", async () => {
    const id = await newPoll({ showOnHome: true, opensAt: vietnamTime("2026-01-01 00:00") });
    await vote(id, 1);
    const copy = await duplicatePoll(db, actors.editor, id);
    created.push(copy);
    const poll = await getPollForAdmin(db, actors.editor, copy);
    expect(poll).toMatchObject({ question: input().question, showOnHome: false, opensAt: null, closesAt: null, totalVotes: 0, votesRecorded: 0 });
    expect(poll!.options.map((o) => o.label)).toEqual(input().options);
    await updatePoll(db, actors.editor, copy, input({ options: ["Tốt", "Chưa tốt"] }));
  });
});

describe("delete", () => {
  it("removes a poll nobody voted in, with its options, in the audit log; editors and admins only", async () => {
    const id = await newPoll();
    await expect(deletePoll(db, actors.author, id)).rejects.toBeInstanceOf(ForbiddenError);
    await deletePoll(db, actors.editor, id);
    expect(await getPoll(db, id)).toBeNull();
    const [options] = await db.select({ n: count() }).from(pollOptions).where(eq(pollOptions.pollId, id));
    expect(options!.n).toBe(0);
    const { rows } = await listAudit(db, { action: "poll.delete" }, 5);
    expect(rows.map((r) => r.entityId)).toContain(String(id));
    await expect(deletePoll(db, actors.editor, id)).rejects.toThrow("Không tìm thấy cuộc bình chọn.");
  });

  it("is refused in the data layer once a vote exists: the poll and its votes stay", async () => {
    const id = await newPoll();
    expect(await vote(id, 2)).toBe("counted");
    const before = await snapshot();
    await expect(deletePoll(db, actors.admin, id)).rejects.toThrow("Không thể xóa: cuộc bình chọn đã có 1 phiếu.");
    expect(await snapshot()).toEqual(before);
    expect((await getPoll(db, id))!.totalVotes).toBe(1);
  });
});

describe("close now", () => {
  it("stops an open poll taking votes, in the audit log; closing twice is refused", async () => {
    const id = await newPoll();
    expect(await vote(id, 0)).toBe("counted");
    await closePollNow(db, actors.editor, id);
    expect(pollState((await getPoll(db, id))!)).toBe("closed");
    expect(await vote(id, 1)).toBe("closed");
    await expect(closePollNow(db, actors.editor, id)).rejects.toThrow("Cuộc bình chọn này đã đóng.");
    const { rows } = await listAudit(db, { action: "poll.close" }, 5);
    expect(rows.map((r) => r.entityId)).toContain(String(id));
  });

  it("closes a poll that has not opened yet", async () => {
    const id = await newPoll({ opensAt: vietnamTime("2099-01-01 08:00") });
    await closePollNow(db, actors.editor, id);
    expect(pollState((await getPoll(db, id))!)).toBe("closed");
  });
});

describe("homepage poll", () => {
  it("is the newest poll marked for the homepage, and the older one returns when unmarked", async () => {
    const previous = await getHomepagePoll(db);
    const id = await newPoll({ showOnHome: true });
    expect((await getHomepagePoll(db))!.id).toBe(id);
    expect((await getPollForAdmin(db, actors.editor, id))!.isHomepagePoll).toBe(true);
    await updatePoll(db, actors.editor, id, input({ showOnHome: false }));
    expect((await getHomepagePoll(db))!.id).toBe(previous!.id);
  });

  it("lists polls with totals for editors", async () => {
    const id = await newPoll();
    await vote(id, 2);
    await vote(id, 2);
    const row = (await listPollsForAdmin(db, actors.editor)).find((p) => p.id === id);
    expect(row).toMatchObject({ totalVotes: 2, optionCount: 3, showOnHome: false });
  });
});

describe("CSV of votes", () => {
  it("counts per option and per day in Việt Nam, with totals, safe cells and a BOM", async () => {
    const id = await newPoll({ options: ["=1+1", "Bình thường, tạm được", 'Nói "không"'] });
    // 23:30 in Hà Nội on 01/03 is still 16:30 UTC; 00:30 on 02/03 is 17:30 UTC on 01/03.
    expect(await vote(id, 0, new Date("2026-03-01T16:30:00Z"))).toBe("counted");
    expect(await vote(id, 1, new Date("2026-03-01T16:40:00Z"))).toBe("counted");
    expect(await vote(id, 0, new Date("2026-03-01T17:30:00Z"))).toBe("counted");
    const report = await getPollVoteReport(db, actors.editor, id);
    expect(pollReportRows(report!)).toEqual([
      ["Ngày", "=1+1", "Bình thường, tạm được", 'Nói "không"', "Tổng"],
      ["01/03/2026", 1, 1, 0, 2],
      ["02/03/2026", 1, 0, 0, 1],
      ["Tổng cộng", 2, 1, 0, 3],
    ]);
    const csv = csvDocument(pollReportRows(report!));
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.split("\r\n")[0]).toBe('\uFEFF"Ngày","\'=1+1","Bình thường, tạm được","Nói ""không""","Tổng"');
    expect(await getPollVoteReport(db, actors.editor, 999_999)).toBeNull();
  });
});

describe("XSS vectors", () => {
  const vectors = ['<script>alert("x")</script>', '<img src=x onerror="alert(1)">', '"><svg onload=alert(1)>', "<a href=\"javascript:alert(1)\">bấm</a>"];

  it("in a poll's question and options are stored as plain text", async () => {
    const id = await newPoll({ question: `Câu hỏi ${vectors[0]}${vectors[1]}?`, options: [`Có ${vectors[2]}`, `Không ${vectors[3]}`, `<b>Đậm</b> & "nháy"`] });
    const poll = await getPoll(db, id);
    expect(poll!.question).toBe("Câu hỏi ?");
    expect(poll!.options.map((o) => o.label)).toEqual(['Có ">', "Không bấm", 'Đậm & "nháy"']);
    for (const text of [poll!.question, ...poll!.options.map((o) => o.label)]) expect(text).not.toMatch(/<[a-z!/]/i);
  });

  it("in settings are stored as plain text; a javascript: link is refused", async () => {
    const saved = await saveSiteSettings(db, actors.admin, {
      ...originalSettings,
      agencyName: `UBND ${vectors[1]}huyện`,
      footerText: `${vectors[0]}Chân trang`,
      weatherCities: [{ name: `Huế ${vectors[2]}`, latitude: 16.46, longitude: 107.59 }],
      links: [{ label: `${vectors[3]} Chính phủ`, url: "https://chinhphu.vn" }],
    });
    expect(saved).toMatchObject({ agencyName: "UBND huyện", footerText: "Chân trang", weatherCities: [{ name: 'Huế ">' }], links: [{ label: "bấm Chính phủ" }] });
    const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, "site"));
    expect(JSON.stringify(row!.value)).not.toMatch(/<[a-z!/]/i);
    await expect(saveSiteSettings(db, actors.admin, { ...originalSettings, links: [{ label: "X", url: "javascript:alert(1)" }] })).rejects.toBeInstanceOf(ZodError);
    await saveSiteSettings(db, actors.admin, originalSettings);
  });
});

describe("invalid settings", () => {
  const cases: [string, Partial<Record<keyof SiteSettings, unknown>>, string, string][] = [
    ["an empty portal name", { portalName: "  " }, "portalName", "Vui lòng nhập tên cổng thông tin."],
    ["a phone with letters", { phone: "gọi 0227" }, "phone", "Điện thoại chỉ gồm chữ số"],
    ["a bad email", { email: "vanphong@" }, "email", "Email không hợp lệ"],
    ["seven weather cities", { weatherCities: Array.from({ length: 7 }, (_, i) => ({ name: `TP ${i}`, latitude: 10, longitude: 106 })) }, "weatherCities", "Tối đa 6 thành phố."],
    ["a latitude out of range", { weatherCities: [{ name: "Huế", latitude: 120, longitude: 107 }] }, "weatherCities.0.latitude", "Vĩ độ phải từ -90 đến 90."],
    ["a missing longitude", { weatherCities: [{ name: "Huế", latitude: "16.4", longitude: "" }] }, "weatherCities.0.longitude", "Nhập kinh độ dạng số"],
    ["an http link", { links: [{ label: "Chính phủ", url: "http://chinhphu.vn" }] }, "links.0.url", "bắt đầu bằng https://"],
    ["a link without a label", { links: [{ label: "", url: "https://chinhphu.vn" }] }, "links.0.label", "Vui lòng nhập tên liên kết."],
  ];
  for (const [label, change, path, message] of cases) {
    it(`refuses ${label} with a Vietnamese message on ${path}, saving nothing`, async () => {
      const before = await snapshot();
      const error = await saveSiteSettings(db, actors.admin, { ...originalSettings, ...change } as SiteSettings).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ZodError);
      const issue = (error as ZodError).issues.find((i) => i.path.join(".") === path);
      expect(issue?.message).toContain(message);
      expect(await snapshot()).toEqual(before);
    });
  }

  it("accepts a comma as the decimal separator of coordinates", async () => {
    const saved = await saveSiteSettings(db, actors.admin, { ...originalSettings, weatherCities: [{ name: "Huế", latitude: "16,4637", longitude: "107,5909" }] });
    expect(saved.weatherCities).toEqual([{ name: "Huế", latitude: 16.4637, longitude: 107.5909 }]);
    await saveSiteSettings(db, actors.admin, originalSettings);
  });
});
