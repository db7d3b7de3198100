import { and, asc, count, eq, inArray } from "drizzle-orm";
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
import { auditLog, pollOptions, pollVotes, polls, settings, sites } from "@/db/schema";
import { getSiteSettings, getStoredSiteSettings, saveSiteSettings } from "@/db/settings";
import { csvDocument } from "@/lib/csv";
import { vietnamTime } from "@/lib/format";
import { pollReportRows } from "@/lib/poll-report";
import { ForbiddenError, type Actor, type Role } from "@/lib/auth/policy";
import type { SiteSettings, StoredSiteSettings } from "@/lib/site-settings";
import { createActors, siteIdOf } from "../support/actors";
import { testDatabase } from "../support/test-db";

let db: Database;
let actors: Record<Role, Actor>;
let removeActors: () => Promise<void>;
/** The default site (the demo district), where every test but the cross-site ones works. */
let site: { id: number; kind: (typeof sites.$inferSelect)["kind"]; name: string };
/** A commune's staff, for the cross-site checks. */
let other: { actors: Record<Role, Actor>; siteId: number; remove: () => Promise<void> };
const anonymous = null as unknown as Actor;
const created: number[] = [];

beforeAll(async () => {
  db = (await testDatabase()).db;
  let siteId: number;
  ({ actors, siteId, remove: removeActors } = await createActors(db, "polls-admin"));
  [site] = (await db.select({ id: sites.id, kind: sites.kind, name: sites.name }).from(sites).where(eq(sites.id, siteId))) as [typeof site];
  other = await createActors(db, "polls-admin-xa", await siteIdOf(db, "tan-hoa"));
});

// Other files expect the seeded reference poll on the homepage and the seeded settings
// (as stored: restoring what pages show would write the worded names into empty fields).
let originalSettings: StoredSiteSettings;
beforeAll(async () => {
  originalSettings = await getStoredSiteSettings(db, actors.admin);
});
afterEach(async () => {
  if (created.length) await db.update(polls).set({ showOnHome: false }).where(inArray(polls.id, created));
});
afterAll(async () => {
  await saveSiteSettings(db, actors.admin, originalSettings);
  if (created.length) await db.delete(polls).where(inArray(polls.id, created));
  await removeActors();
  await other.remove();
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
  const poll = await getPoll(db, site.id, pollId);
  return castVote(db, { siteId: site.id, pollId, optionId: poll!.options[optionIndex]!.id, voterHash: `admin-test-${voter++}`, ipHash: "ip", ipLimitPerHour: 1000, now });
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

  const pollCalls: [string, (actor: Actor) => Promise<unknown>][] = [
    ["listPollsForAdmin", (a) => listPollsForAdmin(db, a)],
    ["getPollForAdmin", (a) => getPollForAdmin(db, a, target)],
    ["getPollVoteReport", (a) => getPollVoteReport(db, a, target)],
    ["createPoll", (a) => createPoll(db, a, input({ question: `Tạo bởi ${a?.role ?? "ẩn danh"}?` })).then((id) => created.push(id))],
    ["updatePoll", (a) => updatePoll(db, a, target, input({ question: `Sửa bởi ${a?.role ?? "ẩn danh"}?` }))],
    ["duplicatePoll", (a) => duplicatePoll(db, a, target).then((id) => created.push(id))],
  ];
  const settingsCall = (a: Actor) => saveSiteSettings(db, a, { ...originalSettings, phone: "0227 0000 001" });

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
      expect(pollState((await getPoll(db, site.id, id))!)).toBe("closed");
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
    expect((await getSiteSettings(db, site)).phone).toBe("0227 0000 001");
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
    expect((await getPoll(db, site.id, two))!.options.map((o) => o.label)).toEqual(["Có", "Không"]);
    expect((await getPoll(db, site.id, ten))!.options.map((o) => o.label)).toEqual(Array.from({ length: 10 }, (_, i) => `Phương án ${i + 1}`));
  });

  it("refuses a close time before the open time", async () => {
    await expect(createPoll(db, actors.editor, input({ opensAt: vietnamTime("2026-05-02 08:00"), closesAt: vietnamTime("2026-05-01 08:00") }))).rejects.toThrow(
      "Thời điểm đóng phải sau thời điểm mở.",
    );
  });

  it("can change freely before the first vote", async () => {
    const id = await newPoll();
    await updatePoll(db, actors.editor, id, input({ options: ["Chưa tốt", "Tốt", "Rất tốt", "Không ý kiến"] }));
    expect((await getPoll(db, site.id, id))!.options.map((o) => o.label)).toEqual(["Chưa tốt", "Tốt", "Rất tốt", "Không ý kiến"]);
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
    expect(await getPoll(db, site.id, id)).toBeNull();
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
    expect((await getPoll(db, site.id, id))!.totalVotes).toBe(1);
  });
});

describe("close now", () => {
  it("stops an open poll taking votes, in the audit log; closing twice is refused", async () => {
    const id = await newPoll();
    expect(await vote(id, 0)).toBe("counted");
    await closePollNow(db, actors.editor, id);
    expect(pollState((await getPoll(db, site.id, id))!)).toBe("closed");
    expect(await vote(id, 1)).toBe("closed");
    await expect(closePollNow(db, actors.editor, id)).rejects.toThrow("Cuộc bình chọn này đã đóng.");
    const { rows } = await listAudit(db, { action: "poll.close" }, 5);
    expect(rows.map((r) => r.entityId)).toContain(String(id));
  });

  it("closes a poll that has not opened yet", async () => {
    const id = await newPoll({ opensAt: vietnamTime("2099-01-01 08:00") });
    await closePollNow(db, actors.editor, id);
    expect(pollState((await getPoll(db, site.id, id))!)).toBe("closed");
  });
});

describe("homepage poll", () => {
  it("is the newest poll marked for the homepage, and the older one returns when unmarked", async () => {
    const previous = await getHomepagePoll(db, site.id);
    const id = await newPoll({ showOnHome: true });
    expect((await getHomepagePoll(db, site.id))!.id).toBe(id);
    expect((await getPollForAdmin(db, actors.editor, id))!.isHomepagePoll).toBe(true);
    await updatePoll(db, actors.editor, id, input({ showOnHome: false }));
    expect((await getHomepagePoll(db, site.id))!.id).toBe(previous!.id);
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
    const poll = await getPoll(db, site.id, id);
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
    const [row] = await db.select({ value: settings.value }).from(settings).where(and(eq(settings.siteId, site.id), eq(settings.key, "site")));
    expect(JSON.stringify(row!.value)).not.toMatch(/<[a-z!/]/i);
    await expect(saveSiteSettings(db, actors.admin, { ...originalSettings, links: [{ label: "X", url: "javascript:alert(1)" }] })).rejects.toBeInstanceOf(ZodError);
    await saveSiteSettings(db, actors.admin, originalSettings);
  });
});

describe("invalid settings", () => {
  const cases: [string, Partial<Record<keyof SiteSettings, unknown>>, string, string][] = [
    ["a portal name over 120 characters", { portalName: "Cổng ".repeat(30) }, "portalName", "Tên cổng thông tin tối đa 120 ký tự."],
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

describe("the site's names", () => {
  it("left empty, are worded from the site's kind and name; typed, they are kept as typed", async () => {
    const saved = await saveSiteSettings(db, actors.admin, { ...originalSettings, portalName: "  ", agencyName: "" });
    expect(saved).toMatchObject({ portalName: "", agencyName: "" });
    expect(await getSiteSettings(db, site)).toMatchObject({ portalName: "Trang thông tin điện tử huyện Hưng Hà", agencyName: "Ủy ban nhân dân huyện Hưng Hà" });
    await saveSiteSettings(db, actors.admin, originalSettings);
    expect(await getSiteSettings(db, site)).toMatchObject({ portalName: originalSettings.portalName, agencyName: originalSettings.agencyName });
  });
});

describe("another site's polls and settings", () => {
  let theirs: number;
  beforeAll(async () => {
    theirs = await createPoll(db, other.actors.editor, input({ question: "Bình chọn của xã?" }));
    created.push(theirs);
  });

  it("are not found from this site: no poll, no report, no vote, not listed", async () => {
    for (const role of ["editor", "admin"] as const) {
      expect(await getPollForAdmin(db, actors[role], theirs)).toBeNull();
      expect(await getPollVoteReport(db, actors[role], theirs)).toBeNull();
      expect((await listPollsForAdmin(db, actors[role])).map((p) => p.id)).not.toContain(theirs);
    }
    expect(await getPoll(db, site.id, theirs)).toBeNull();
    const poll = (await getPoll(db, other.siteId, theirs))!;
    expect(poll.question).toBe("Bình chọn của xã?");
    const before = await snapshot();
    expect(await castVote(db, { siteId: site.id, pollId: theirs, optionId: poll.options[0]!.id, voterHash: "cross-site", ipHash: "ip", ipLimitPerHour: 1000 })).toBe("unknown_poll");
    expect(await snapshot()).toEqual(before);
    // Each site has its own homepage poll.
    expect((await getHomepagePoll(db, other.siteId))?.id).not.toBe((await getHomepagePoll(db, site.id))?.id);
  });

  it("refuse every change from this site's editors and admins and stay as they are", async () => {
    const before = await snapshot();
    for (const role of ["editor", "admin"] as const) {
      const actor = actors[role];
      await expect(updatePoll(db, actor, theirs, input({ question: "Sửa từ trang khác?" }))).rejects.toThrow(new PollRuleError("Không tìm thấy cuộc bình chọn."));
      await expect(closePollNow(db, actor, theirs)).rejects.toThrow(new PollRuleError("Không tìm thấy cuộc bình chọn."));
      await expect(duplicatePoll(db, actor, theirs)).rejects.toThrow(new PollRuleError("Không tìm thấy cuộc bình chọn."));
    }
    expect(await snapshot()).toEqual(before);
  });

  it("settings are per site: saving this site's leaves the other's as they were", async () => {
    const [theirSite] = await db.select({ id: sites.id, kind: sites.kind, name: sites.name }).from(sites).where(eq(sites.id, other.siteId));
    const theirsBefore = await getSiteSettings(db, theirSite!);
    const storedBefore = await getStoredSiteSettings(db, other.actors.admin);
    expect(theirsBefore.portalName).not.toBe(originalSettings.portalName);
    await saveSiteSettings(db, actors.admin, { ...originalSettings, phone: "0227 0000 002", footerText: "Chỉ của huyện" });
    expect(await getSiteSettings(db, theirSite!)).toEqual(theirsBefore);
    expect(await getStoredSiteSettings(db, other.actors.admin)).toEqual(storedBefore);
    expect((await getStoredSiteSettings(db, actors.admin)).footerText).toBe("Chỉ của huyện");
    const { rows } = await listAudit(db, { siteId: other.siteId, action: "settings.update" }, 50);
    expect(rows.filter((r) => r.userId === actors.admin.id)).toEqual([]);
    await saveSiteSettings(db, actors.admin, originalSettings);
  });
});
