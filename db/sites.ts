import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { generatePassword, hashPassword } from "@/lib/auth/password";
import { assertCan, type Actor, type Role } from "@/lib/auth/policy";
import { toPlainText } from "@/lib/sanitize";
import { agencyName, SITE_KINDS, SITE_STATES, type SiteInfo, type SiteRef } from "@/lib/site";
import { isValidSlug } from "@/lib/slug";
import { recordAudit } from "./audit";
import { insertDefaultLists } from "./document-lists";
import type { Database, Transaction } from "./client";
import { siteHosts, siteMembers, sites, users } from "./schema";
import { assertAllowedPassword, normalizeEmail, UserRuleError } from "./users";

/** Every site with its host names, in directory order: the host → site map is built from this. */
export async function listSites(db: Database): Promise<SiteInfo[]> {
  const rows = await db
    .select({ id: sites.id, slug: sites.slug, kind: sites.kind, name: sites.name, parentId: sites.parentId, state: sites.state })
    .from(sites)
    .orderBy(asc(sites.position), asc(sites.id));
  const hosts = await db.select({ siteId: siteHosts.siteId, host: siteHosts.host }).from(siteHosts).orderBy(asc(siteHosts.position), asc(siteHosts.host));
  const refs = new Map<number, SiteRef>(rows.map((r) => [r.id, { id: r.id, slug: r.slug, kind: r.kind, name: r.name, hosts: hosts.filter((h) => h.siteId === r.id).map((h) => h.host) }]));
  return rows.map((r) => ({ ...refs.get(r.id)!, parentId: r.parentId, state: r.state, parent: r.parentId ? (refs.get(r.parentId) ?? null) : null }));
}

// ---------------------------------------------------------------- platform admin

const HOST = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/;

export const siteSchema = z.object({
  name: z.string().transform(toPlainText).pipe(z.string().min(2, "Tên đơn vị cần ít nhất 2 ký tự.").max(120, "Tên đơn vị tối đa 120 ký tự.")),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .refine(isValidSlug, "Mã trang chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ tan-hoa."),
  kind: z.enum(SITE_KINDS, { error: "Loại đơn vị không hợp lệ." }),
  state: z.enum(SITE_STATES, { error: "Trạng thái không hợp lệ." }).default("live"),
  parentId: z.preprocess((v) => (v === "" || v === undefined ? null : v), z.coerce.number().int().positive().nullable()),
  hosts: z.preprocess(
    (v) => (typeof v === "string" ? v.split(/[\s,]+/).filter(Boolean) : v),
    z.array(z.string().trim().toLowerCase().regex(HOST, "Tên miền không hợp lệ, ví dụ tanhoa.hungyen.gov.vn.")).max(10, "Tối đa 10 tên miền."),
  ),
});
export type SiteInput = z.input<typeof siteSchema>;

async function saveHosts(tx: Transaction, siteId: number, hosts: string[]) {
  await tx.delete(siteHosts).where(eq(siteHosts.siteId, siteId));
  if (hosts.length === 0) return;
  const taken = await tx.select({ host: siteHosts.host }).from(siteHosts).where(inArray(siteHosts.host, hosts));
  if (taken.length) throw new UserRuleError(`Tên miền ${taken.map((t) => t.host).join(", ")} đã thuộc trang khác.`);
  await tx.insert(siteHosts).values([...new Set(hosts)].map((host, position) => ({ host, siteId, position })));
}

async function checkParent(tx: Transaction, id: number | null, parentId: number | null, kind: SiteInput["kind"]) {
  if (parentId === null) return;
  if (parentId === id) throw new UserRuleError("Trang không thể trực thuộc chính nó.");
  if (kind === "tinh" || kind === "thanh_pho") throw new UserRuleError("Cổng của tỉnh, thành phố không trực thuộc trang nào.");
  const [parent] = await tx.select({ kind: sites.kind }).from(sites).where(eq(sites.id, parentId));
  if (!parent) throw new UserRuleError("Trang cấp trên không tồn tại.");
  if (parent.kind !== "tinh" && parent.kind !== "thanh_pho") throw new UserRuleError("Trang cấp trên phải là cổng của tỉnh hoặc thành phố.");
}

/** Platform admins only: a new site, with its first admin appointed in the same transaction. */
export async function createSite(db: Database, actor: Actor, raw: SiteInput, ip = "", firstAdmin?: Omit<Appointment, "role">) {
  assertCan(actor, "site.create");
  const input = siteSchema.parse(raw);
  const credentials = firstAdmin ? await passwordFor(firstAdmin) : null;
  return db.transaction(async (tx) => {
    const [clash] = await tx.select({ id: sites.id }).from(sites).where(eq(sites.slug, input.slug));
    if (clash) throw new UserRuleError("Mã trang này đã được dùng.");
    await checkParent(tx, null, input.parentId, input.kind);
    const [created] = await tx
      .insert(sites)
      .values({ slug: input.slug, kind: input.kind, name: input.name, state: input.state, parentId: input.parentId })
      .returning({ id: sites.id, slug: sites.slug });
    await saveHosts(tx, created!.id, input.hosts);
    // The documents register starts with the usual kinds and fields, and the site's own committee.
    await insertDefaultLists(tx, created!.id, [agencyName(input)]);
    await recordAudit(tx, { siteId: created!.id, userId: actor.id, action: "site.create", entityType: "site", entityId: created!.id, summary: `Tạo trang ${input.name} (${input.slug})`, ip });
    const admin = firstAdmin && credentials ? await appointOn(tx, actor, created!.id, { ...firstAdmin, role: "admin" }, credentials.passwordHash, credentials.oneTimePassword, ip) : null;
    return { ...created!, admin };
  });
}

export async function updateSite(db: Database, actor: Actor, id: number, raw: SiteInput, ip = "") {
  assertCan(actor, "site.create");
  const input = siteSchema.parse(raw);
  await db.transaction(async (tx) => {
    const [current] = await tx.select({ slug: sites.slug }).from(sites).where(eq(sites.id, id)).for("update");
    if (!current) throw new UserRuleError("Không tìm thấy trang.");
    const [clash] = await tx.select({ id: sites.id }).from(sites).where(eq(sites.slug, input.slug));
    if (clash && clash.id !== id) throw new UserRuleError("Mã trang này đã được dùng.");
    await checkParent(tx, id, input.parentId, input.kind);
    if (input.kind !== "tinh" && input.kind !== "thanh_pho") {
      const [child] = await tx.select({ id: sites.id }).from(sites).where(eq(sites.parentId, id)).limit(1);
      if (child) throw new UserRuleError("Trang này có trang thành phần nên phải là cổng của tỉnh hoặc thành phố.");
    }
    await tx.update(sites).set({ slug: input.slug, kind: input.kind, name: input.name, state: input.state, parentId: input.parentId, updatedAt: new Date() }).where(eq(sites.id, id));
    await saveHosts(tx, id, input.hosts);
    await recordAudit(tx, { siteId: id, userId: actor.id, action: "site.update", entityType: "site", entityId: id, summary: `${input.name} (${input.slug}, ${input.state})`, ip });
  });
}

// ---------------------------------------------------------------- memberships

export type Membership = { siteId: number; role: Role };

export async function listMemberships(db: Database, userId: number): Promise<Membership[]> {
  return db.select({ siteId: siteMembers.siteId, role: siteMembers.role }).from(siteMembers).where(eq(siteMembers.userId, userId)).orderBy(asc(siteMembers.siteId));
}

export type Appointment = { email: string; name: string; role: Role; password?: string };

/**
 * Gives a person a role on a site: an existing account by email, or a new one with the
 * password given or a generated one (returned once); either must be changed at first sign-in.
 */
async function appointOn(tx: Transaction, actor: Actor, siteId: number, input: Appointment, passwordHash: string, oneTimePassword: string | undefined, ip: string) {
  const email = normalizeEmail(input.email);
  const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
  let userId = existing?.id;
  if (!userId) {
    const [created] = await tx
      .insert(users)
      // A password an admin set, typed or generated, is the account holder's to replace.
      .values({ email, name: toPlainText(input.name), passwordHash, mustChangePassword: true })
      .returning({ id: users.id });
    userId = created!.id;
    await recordAudit(tx, { siteId, userId: actor.id, action: "user.create", entityType: "user", entityId: userId, summary: `Tạo tài khoản ${email} (${input.role})`, ip });
  }
  const [member] = await tx.select({ role: siteMembers.role }).from(siteMembers).where(and(eq(siteMembers.siteId, siteId), eq(siteMembers.userId, userId)));
  if (member) throw new UserRuleError("Người này đã có vai trò trên trang này.");
  await tx.insert(siteMembers).values({ siteId, userId, role: input.role });
  await recordAudit(tx, { siteId, userId: actor.id, action: "user.appoint", entityType: "user", entityId: userId, summary: `${email}: ${input.role}`, ip });
  return { id: userId, oneTimePassword: existing ? undefined : oneTimePassword, existing: Boolean(existing) };
}

async function passwordFor(input: Pick<Appointment, "password" | "name" | "email">) {
  if (input.password) assertAllowedPassword(input.password, { name: input.name, email: normalizeEmail(input.email) });
  const oneTimePassword = input.password ? undefined : generatePassword();
  return { oneTimePassword, passwordHash: await hashPassword(input.password ?? oneTimePassword!) };
}

/** A person gets a role on the actor's site. */
export async function appointMember(db: Database, actor: Actor, input: Appointment, ip = "") {
  assertCan(actor, "users.manage");
  const { passwordHash, oneTimePassword } = await passwordFor(input);
  return db.transaction((tx) => appointOn(tx, actor, actor.siteId, input, passwordHash, oneTimePassword, ip));
}
