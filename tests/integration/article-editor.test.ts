import { and, count, eq, inArray, ne } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  approveRevision,
  bulkUpdateArticles,
  createArticle,
  getArticlePreview,
  listArticlesForAdmin,
  listRevisions,
  publishDueArticles,
  restoreRevision,
  saveArticle,
  transitionArticle,
  type ArticleInput,
} from "@/db/article-editor";
import { findPublishedArticle } from "@/db/articles";
import type { Database } from "@/db/client";
import { articles, categories } from "@/db/schema";
import { UserRuleError } from "@/db/users";
import { ForbiddenError, type Actor, type Role } from "@/lib/auth/policy";
import { createActors, siteIdOf } from "../support/actors";
import { testDatabase } from "../support/test-db";

let db: Database;
let actors: Record<Role, Actor>;
let remove: () => Promise<void>;
/** The default site (the demo district), where every test but the last works. */
let siteId: number;
let categoryId: number;
/** Staff of a commune, for the cross-site checks. */
let other: { actors: Record<Role, Actor>; siteId: number; remove: () => Promise<void> };
let otherCategoryId: number;

beforeAll(async () => {
  db = (await testDatabase()).db;
  ({ actors, siteId, remove } = await createActors(db, "bai-viet"));
  [{ id: categoryId }] = (await db.select({ id: categories.id }).from(categories).where(eq(categories.siteId, siteId)).limit(1)) as [{ id: number }];
  other = await createActors(db, "bai-viet-xa", await siteIdOf(db, "tan-hoa"));
  [{ id: otherCategoryId }] = (await db.select({ id: categories.id }).from(categories).where(eq(categories.siteId, other.siteId)).limit(1)) as [{ id: number }];
});
afterAll(async () => {
  const staff = [...Object.values(actors), ...Object.values(other.actors)].map((a) => a.id);
  await db.delete(articles).where(inArray(articles.authorId, staff));
  await remove();
  await other.remove();
});

const input = (over: Partial<ArticleInput> = {}): ArticleInput => ({
  title: "Hội nghị triển khai nhiệm vụ chuyển đổi số năm 2027",
  summary: "Sáng nay, huyện tổ chức hội nghị.",
  body: "<p>Nội dung <strong>chính</strong>.</p>",
  byline: "Phòng Văn hóa và Thông tin",
  categoryId,
  coverMediaId: null,
  coverCaption: "",
  featured: false,
  ...over,
});

async function row(id: number) {
  const [r] = await db.select().from(articles).where(eq(articles.id, id));
  return r!;
}

describe("who may do what with articles", () => {
  it("refuses anonymous callers everywhere", async () => {
    const nobody = null as unknown as Actor;
    await expect(createArticle(db, nobody, input())).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listArticlesForAdmin(db, nobody, { page: 1 })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("lets an author write and submit their own draft, but not publish or touch others' work", async () => {
    const { id } = await createArticle(db, actors.author, input({ featured: true }));
    expect(await row(id)).toMatchObject({ status: "draft", authorId: actors.author.id, featured: false });
    await saveArticle(db, actors.author, id, input({ title: "Tiêu đề đã sửa của tác giả" }));
    expect((await row(id)).title).toBe("Tiêu đề đã sửa của tác giả");

    const { id: othersId } = await createArticle(db, actors.editor, input({ title: "Bài của biên tập viên" }));
    const before = await row(othersId);
    await expect(saveArticle(db, actors.author, othersId, input({ title: "Sửa trộm" }))).rejects.toBeInstanceOf(ForbiddenError);
    for (const t of ["publish", "schedule", "archive", "send_back"] as const) {
      await expect(transitionArticle(db, actors.author, id, t, { publishAt: new Date(Date.now() + 60_000) })).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await row(othersId)).toEqual(before);
    expect((await row(id)).status).toBe("draft");

    await transitionArticle(db, actors.author, id, "submit");
    expect((await row(id)).status).toBe("pending");
    // Submitted work is the editors' now.
    await expect(saveArticle(db, actors.author, id, input())).rejects.toBeInstanceOf(ForbiddenError);
    const listed = await listArticlesForAdmin(db, actors.author, { page: 1 });
    expect(listed.rows.every((a) => a.author === actors.author.name)).toBe(true);
  });
});

describe("the editorial workflow", () => {
  it("publishes, keeps the live version during a pending edit, approves it, renames with a redirect", async () => {
    const { id, slug } = await createArticle(db, actors.author, input({ title: "Khánh thành cầu Minh Hồng nối hai xã ven sông" }));
    await transitionArticle(db, actors.author, id, "submit");
    await transitionArticle(db, actors.editor, id, "publish");
    const live = await findPublishedArticle(db, siteId, slug);
    expect(live && "article" in live && live.article.title).toBe("Khánh thành cầu Minh Hồng nối hai xã ven sông");

    const saved = await saveArticle(db, actors.editor, id, input({ title: "Khánh thành cầu Minh Hồng (cập nhật)" }));
    expect(saved.pendingRevisionId).toBeTruthy();
    expect((await row(id)).title).toBe("Khánh thành cầu Minh Hồng nối hai xã ven sông");
    const preview = await getArticlePreview(db, actors.editor, id);
    expect(preview?.view.title).toBe("Khánh thành cầu Minh Hồng (cập nhật)");

    await approveRevision(db, actors.editor, id, saved.pendingRevisionId!);
    expect((await row(id)).title).toBe("Khánh thành cầu Minh Hồng (cập nhật)");
    await expect(approveRevision(db, actors.author, id, saved.pendingRevisionId!)).rejects.toBeInstanceOf(ForbiddenError);

    const renamed = await saveArticle(db, actors.editor, id, input({ title: "Khánh thành cầu Minh Hồng (cập nhật)", slug: "cau-minh-hong" }), { applyNow: true });
    expect(renamed.slug).toBe("cau-minh-hong");
    expect(await findPublishedArticle(db, siteId, slug)).toEqual({ redirectTo: "cau-minh-hong" });

    const history = await listRevisions(db, actors.editor, id);
    const first = history!.revisions.at(-1)!;
    await restoreRevision(db, actors.editor, id, first.id);
    expect((await row(id)).title).toBe("Khánh thành cầu Minh Hồng nối hai xã ven sông");
    expect((await listRevisions(db, actors.editor, id))!.revisions.length).toBe(history!.revisions.length + 1);

    await transitionArticle(db, actors.editor, id, "archive");
    expect(await findPublishedArticle(db, siteId, "cau-minh-hong")).toBeNull();
  });

  it("sends back with a comment, and schedules for later", async () => {
    const { id, slug } = await createArticle(db, actors.author, input({ title: "Lịch tiêm chủng mở rộng tháng 1 năm 2027" }));
    await transitionArticle(db, actors.author, id, "submit");
    await transitionArticle(db, actors.editor, id, "send_back", { comment: "Bổ sung địa điểm tiêm <b>cụ thể</b>" });
    expect((await row(id)).status).toBe("draft");
    const notes = (await listRevisions(db, actors.author, id))!.revisions.map((r) => r.note);
    expect(notes).toContain("Trả lại: Bổ sung địa điểm tiêm cụ thể");

    await expect(transitionArticle(db, actors.editor, id, "schedule", { publishAt: new Date(Date.now() - 1000) })).rejects.toThrow("Thời điểm đăng phải ở tương lai.");
    const at = new Date(Date.now() + 3_600_000);
    await transitionArticle(db, actors.editor, id, "schedule", { publishAt: at });
    expect(await findPublishedArticle(db, siteId, slug)).toBeNull();
    expect(await publishDueArticles(db, new Date(at.getTime() - 1000))).toEqual([]);
    const due = await publishDueArticles(db, new Date(at.getTime() + 1000));
    expect(due.map((d) => d.id)).toEqual([id]);
    expect((await row(id)).status).toBe("published");
  });

  it("stores every field clean: no markup in plain fields, a sanitized body", async () => {
    const { id } = await createArticle(
      db,
      actors.author,
      input({
        title: `Tin <script>alert(1)</script>thử nghiệm`,
        summary: `<img src=x onerror=alert(1)>Tóm tắt`,
        body: `<p onclick="alert(1)">A</p><script>alert(2)</script><a href="javascript:alert(3)">x</a><table><tr><td>ô</td></tr></table>`,
      }),
    );
    const r = await row(id);
    expect(r.title).toBe("Tin thử nghiệm");
    expect(r.summary).toBe("Tóm tắt");
    expect(r.body).not.toMatch(/script|onclick|javascript:/i);
    expect(r.body).toContain("<td>ô</td>");
  });
});

describe("another site's articles", () => {
  it("are not found by this site's staff, whatever their role, and stay unchanged", async () => {
    const { id: theirs, slug } = await createArticle(db, other.actors.editor, { ...input({ title: "Tin của xã Tân Hòa" }), categoryId: otherCategoryId });
    await transitionArticle(db, other.actors.editor, theirs, "publish");
    const pending = await saveArticle(db, other.actors.editor, theirs, { ...input({ title: "Bản sửa của xã" }), categoryId: otherCategoryId });
    const before = await row(theirs);
    for (const role of ["admin", "editor", "author"] as const) {
      const actor = actors[role];
      await expect(saveArticle(db, actor, theirs, input({ title: "Sửa từ trang khác" }), { applyNow: true })).rejects.toThrow(new UserRuleError("Không tìm thấy bài viết."));
      for (const t of ["archive", "submit"] as const) {
        await expect(transitionArticle(db, actor, theirs, t)).rejects.toThrow(new UserRuleError("Không tìm thấy bài viết."));
      }
      await expect(restoreRevision(db, actor, theirs, pending.pendingRevisionId!)).rejects.toThrow(new UserRuleError("Không tìm thấy phiên bản."));
      expect(await listRevisions(db, actor, theirs)).toBeNull();
      expect(await getArticlePreview(db, actor, theirs)).toBeNull();
      expect((await listArticlesForAdmin(db, actor, { page: 1, q: "Tân Hòa" })).rows.map((a) => a.id)).not.toContain(theirs);
    }
    await expect(approveRevision(db, actors.editor, theirs, pending.pendingRevisionId!)).rejects.toThrow(new UserRuleError("Không tìm thấy bài viết."));
    expect(await row(theirs)).toEqual(before);
    // Readers of this site do not see it either; on its own site it is live.
    expect(await findPublishedArticle(db, siteId, slug)).toBeNull();
    expect(await findPublishedArticle(db, other.siteId, slug)).toMatchObject({ article: { id: theirs, siteId: other.siteId } });
  });

  it("lends none of its categories, and its slugs are its own", async () => {
    await expect(createArticle(db, actors.editor, { ...input(), categoryId: otherCategoryId })).rejects.toThrow(new UserRuleError("Chuyên mục không tồn tại."));
    const mine = await createArticle(db, actors.editor, input({ title: "Cùng một tiêu đề ở hai trang" }));
    await expect(saveArticle(db, actors.editor, mine.id, { ...input(), categoryId: otherCategoryId })).rejects.toThrow(new UserRuleError("Chuyên mục không tồn tại."));
    const theirs = await createArticle(db, other.actors.editor, { ...input({ title: "Cùng một tiêu đề ở hai trang" }), categoryId: otherCategoryId });
    expect(theirs.slug).toBe(mine.slug);
    const [a, b] = await Promise.all([row(mine.id), row(theirs.id)]);
    expect([a.siteId, b.siteId]).toEqual([siteId, other.siteId]);
    expect(await db.select({ id: articles.id }).from(articles).where(and(eq(articles.siteId, siteId), eq(articles.slug, mine.slug)))).toEqual([{ id: mine.id }]);
  });
});

describe("the new-article screen's one-go steps", () => {
  it("creates and publishes, sends for review or schedules in one transaction", async () => {
    const published = await createArticle(db, actors.editor, input({ title: "Tạo và xuất bản trong một lần" }), "", { transition: "publish" });
    expect(published.status).toBe("published");
    expect(await row(published.id)).toMatchObject({ status: "published", authorId: actors.editor.id });
    expect(await findPublishedArticle(db, siteId, published.slug)).toBeTruthy();

    const submitted = await createArticle(db, actors.author, input({ title: "Tạo và gửi duyệt trong một lần" }), "", { transition: "submit" });
    expect((await row(submitted.id)).status).toBe("pending");

    const at = new Date(Date.now() + 3_600_000);
    const scheduled = await createArticle(db, actors.editor, input({ title: "Tạo và hẹn giờ trong một lần" }), "", { transition: "schedule", publishAt: at });
    expect(await row(scheduled.id)).toMatchObject({ status: "scheduled", publishedAt: at });
  });

  it("leaves no draft behind when the step is refused", async () => {
    const [before] = await db.select({ n: count() }).from(articles);
    await expect(createArticle(db, actors.author, input({ title: "Tác giả không được xuất bản" }), "", { transition: "publish" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createArticle(db, actors.editor, input({ title: "Hẹn giờ vào quá khứ" }), "", { transition: "schedule", publishAt: new Date(Date.now() - 60_000) })).rejects.toThrow("Thời điểm đăng phải ở tương lai.");
    const [after] = await db.select({ n: count() }).from(articles);
    expect(after!.n).toBe(before!.n);
  });
});

describe("bulk actions", () => {
  it("publishes, archives and moves the selected articles, skipping the ones that cannot take the step", async () => {
    const drafts = await Promise.all([1, 2, 3].map((n) => createArticle(db, actors.editor, input({ title: `Bản nháp hàng loạt số ${n}` }))));
    const ids = drafts.map((d) => d.id);
    const live = await createArticle(db, actors.editor, input({ title: "Bài đã đăng từ trước" }), "", { transition: "publish" });

    const published = await bulkUpdateArticles(db, actors.editor, [...ids, live.id], { kind: "publish" });
    expect(published.done.map((d) => d.id).sort()).toEqual([...ids].sort());
    expect(published.skipped).toEqual([{ id: live.id, title: "Bài đã đăng từ trước", reason: "Bài đã được đăng." }]);
    for (const id of ids) expect((await row(id)).status).toBe("published");

    const [{ id: otherCategory }] = (await db.select({ id: categories.id }).from(categories).where(and(eq(categories.siteId, siteId), ne(categories.id, categoryId))).limit(1)) as [{ id: number }];
    const moved = await bulkUpdateArticles(db, actors.admin, ids, { kind: "move", categoryId: otherCategory });
    expect(moved.done).toHaveLength(3);
    expect(moved.done[0]!.categoryIds).toEqual([categoryId, otherCategory]);
    for (const id of ids) expect((await row(id)).categoryId).toBe(otherCategory);

    const archived = await bulkUpdateArticles(db, actors.editor, ids.slice(0, 2), { kind: "archive" });
    expect(archived.done).toHaveLength(2);
    expect((await row(ids[0]!)).status).toBe("archived");
    expect((await row(ids[2]!)).status).toBe("published");
  });

  it("is for editors and admins only, and refuses a category that does not exist", async () => {
    const { id } = await createArticle(db, actors.author, input({ title: "Bài của tác giả" }));
    await expect(bulkUpdateArticles(db, actors.author, [id], { kind: "publish" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(bulkUpdateArticles(db, actors.editor, [id], { kind: "move", categoryId: 999_999 })).rejects.toThrow("Chuyên mục không tồn tại.");
    expect((await row(id)).status).toBe("draft");
  });
});
