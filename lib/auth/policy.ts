/**
 * Who may do what: the one place roles are mapped to permissions. Pages, server actions,
 * the data layer and the admin navigation all ask `can` / `assertCan` with a permission
 * named by what it allows; none of them lists roles. Pure, so client components may ask too.
 *
 * A person has one account and a role per site (site_members). An actor is that person
 * working on one site; platform admins (the province's IT centre) may do everything on
 * every site, including what no site role grants (creating sites).
 */
export const ROLES = ["admin", "editor", "author"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: "Quản trị trang",
  editor: "Biên tập viên",
  author: "Phóng viên / Tác giả",
};

const everyone: readonly Role[] = ROLES;
const editors: readonly Role[] = ["admin", "editor"];
const admins: readonly Role[] = ["admin"];
const platformOnly: readonly Role[] = [];

const GRANTS = {
  /** Sign in to this site's admin, see its dashboard, write drafts, upload photos. */
  "admin.access": everyone,
  "article.write": everyone,
  /** Edit anyone's article, publish, schedule, archive, approve pending revisions, feature. */
  "article.publish": editors,
  /** Send an article up to the province ("Tin từ xã, phường"). */
  "article.syndicate": editors,
  /** Approve or refuse what component sites send up. */
  "syndication.review": editors,
  "category.manage": editors,
  "media.upload": everyone,
  /** Edit other people's photo texts, delete photos. */
  "media.manage": editors,
  "album.manage": editors,
  "poll.manage": editors,
  /** Documents register (văn bản): write drafts of documents and attach files. */
  "document.write": everyone,
  /** Edit anyone's document, publish, schedule, archive; relations; CSV import. */
  "document.publish": editors,
  /** The lists documents are filed under: loại văn bản, cơ quan ban hành, lĩnh vực. */
  "document.lists": editors,
  /** The leaders' weekly schedule: add, change, cancel entries (Lịch công tác). */
  "schedule.manage": editors,
  /** Administrative procedures (Thủ tục hành chính): edit, import from CSV. */
  "procedure.manage": editors,
  /** Budget reports, projects and procurement notices (Công khai ngân sách). */
  "disclosure.manage": editors,
  "settings.edit": admins,
  /** The unit itself: Giới thiệu texts, leaders, units, their English texts. */
  "unit.manage": editors,
  /** The accessibility statement and the personal-data policy. */
  "pages.edit": editors,
  /** The main menu: order, labels, what shows. */
  "menu.manage": editors,
  /** The planned-suspension notice (NĐ 224/2026 Điều 13). */
  "suspension.manage": admins,
  /** Page ratings ("Thông tin này có hữu ích…") per page and section. */
  "rating.view": editors,
  /** Hỏi đáp: the queue, assigning, drafting answers, seeing an asker's contact (logged). */
  "question.handle": everyone,
  /** Hỏi đáp: approve and publish an answer, refuse a question, mark spam. */
  "question.publish": editors,
  /** Lấy ý kiến dự thảo: drafts, their files and the báo cáo tiếp thu, giải trình. */
  "draft.manage": editors,
  /** Lấy ý kiến dự thảo: approve, refuse comments, mark spam, see a commenter's contact (logged). */
  "draft.moderate": editors,
  /** Export or erase one person's data on request (Luật 91/2025/QH15), retention period. */
  "personal_data.manage": admins,
  /** The people of this site: add, change their role, disable, reset passwords. */
  "users.manage": admins,
  "audit.view": admins,
  /** Create sites, change any site's kind, hosts and state, appoint site admins. */
  "site.create": platformOnly,
  /** The days off that working-day counts skip (lib/working-days.ts), for every site. */
  "platform.days_off": platformOnly,
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof GRANTS;

/** A signed-in person (as the session says, re-validated against the database). */
export type SessionUser = {
  id: number;
  name: string;
  email: string;
  platformAdmin: boolean;
  mustChangePassword: boolean;
};

/** A person acting on one site; `role` is null for a platform admin who is not a member. */
export type Actor = SessionUser & { siteId: number; role: Role | null };

export class ForbiddenError extends Error {
  constructor(message = "Bạn không có quyền thực hiện thao tác này.") {
    super(message);
    this.name = "ForbiddenError";
  }
}

export function can(actor: Actor | null | undefined, permission: Permission): boolean {
  if (!actor) return false;
  if (actor.platformAdmin) return true;
  return actor.role !== null && (GRANTS[permission] as readonly Role[]).includes(actor.role);
}

/** The check every data-access function makes itself, for the site it works on. */
export function assertCan(actor: Actor | null | undefined, permission: Permission): asserts actor is Actor {
  if (!can(actor, permission)) throw new ForbiddenError();
}
