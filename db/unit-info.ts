import "server-only";
import { and, asc, eq, inArray, isNull, max, ne } from "drizzle-orm";
import { assertCan, type Actor } from "@/lib/auth/policy";
import { sanitizeArticleHtml } from "@/lib/sanitize";
import { leaderSchema, orgUnitSchema, unitIntroSchema, type LeaderInput, type OrgUnitInput, type UnitIntro, type UnitIntroInput } from "@/lib/unit-info";
import { recordAudit } from "./audit";
import type { Database, Transaction } from "./client";
import { leaders, media, orgUnits, settings, type MediaVariant } from "./schema";
import { UserRuleError } from "./users";

/**
 * The unit itself (issue 14): its leaders, its organisation and the texts of
 * /gioi-thieu. Readers' functions take the site id (their pages are cached per site);
 * editors' functions take the actor and work on the actor's site only: another site's
 * row is "not found". Every write is one transaction with its audit entry.
 */

export type PublicImage = { id: number; alt: string; caption: string; width: number; height: number; variants: MediaVariant[] };

export type PublicLeader = {
  id: number;
  name: string;
  title: string;
  titleEn: string;
  term: string;
  biography: string;
  biographyEn: string;
  duties: string;
  dutiesEn: string;
  phone: string;
  email: string;
  unitId: number | null;
  current: boolean;
  photo: PublicImage | null;
  updatedAt: string;
};

export type PublicUnit = {
  id: number;
  parentId: number | null;
  name: string;
  nameEn: string;
  kind: string;
  functions: string;
  functionsEn: string;
  headName: string;
  headTitle: string;
  address: string;
  phone: string;
  email: string;
  updatedAt: string;
};

const leaderColumns = {
  id: leaders.id,
  name: leaders.name,
  title: leaders.title,
  titleEn: leaders.titleEn,
  term: leaders.term,
  biography: leaders.biography,
  biographyEn: leaders.biographyEn,
  duties: leaders.duties,
  dutiesEn: leaders.dutiesEn,
  phone: leaders.phone,
  email: leaders.email,
  unitId: leaders.unitId,
  current: leaders.current,
  photoMediaId: leaders.photoMediaId,
  position: leaders.position,
  updatedAt: leaders.updatedAt,
};

const unitColumns = {
  id: orgUnits.id,
  parentId: orgUnits.parentId,
  name: orgUnits.name,
  nameEn: orgUnits.nameEn,
  kind: orgUnits.kind,
  functions: orgUnits.functions,
  functionsEn: orgUnits.functionsEn,
  headName: orgUnits.headName,
  headTitle: orgUnits.headTitle,
  address: orgUnits.address,
  phone: orgUnits.phone,
  email: orgUnits.email,
  position: orgUnits.position,
  updatedAt: orgUnits.updatedAt,
};

async function imagesOf(db: Database, siteId: number, ids: number[]): Promise<Map<number, PublicImage>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await db
    .select({ id: media.id, alt: media.alt, caption: media.caption, width: media.width, height: media.height, variants: media.variants })
    .from(media)
    .where(and(eq(media.siteId, siteId), inArray(media.id, unique)));
  return new Map(rows.map((r) => [r.id, r]));
}

// ---------------------------------------------------------------- readers

/** Leaders in their order: the current ones, then the former ones (the archive). */
export async function listPublicLeaders(db: Database, siteId: number): Promise<PublicLeader[]> {
  const rows = await db.select(leaderColumns).from(leaders).where(eq(leaders.siteId, siteId)).orderBy(asc(leaders.position), asc(leaders.id));
  const photos = await imagesOf(db, siteId, rows.flatMap((r) => (r.photoMediaId ? [r.photoMediaId] : [])));
  return rows.map(({ photoMediaId, position: _p, updatedAt, ...r }) => ({ ...r, photo: photoMediaId ? (photos.get(photoMediaId) ?? null) : null, updatedAt: updatedAt.toISOString() }));
}

/** Units in tree order (parents before their children is not guaranteed: lib/unit-info.ts buildTree). */
export async function listPublicUnits(db: Database, siteId: number): Promise<PublicUnit[]> {
  const rows = await db.select(unitColumns).from(orgUnits).where(eq(orgUnits.siteId, siteId)).orderBy(asc(orgUnits.position), asc(orgUnits.id));
  return rows.map(({ position: _p, updatedAt, ...r }) => ({ ...r, updatedAt: updatedAt.toISOString() }));
}

const INTRO_KEY = "unit_intro";

async function readIntro(db: Database | Transaction, siteId: number): Promise<{ intro: UnitIntro; updatedAt: string | null }> {
  const [row] = await db.select({ value: settings.value, updatedAt: settings.updatedAt }).from(settings).where(and(eq(settings.siteId, siteId), eq(settings.key, INTRO_KEY)));
  const parsed = unitIntroSchema.safeParse(row?.value ?? {});
  return { intro: parsed.success ? parsed.data : unitIntroSchema.parse({}), updatedAt: row ? row.updatedAt.toISOString() : null };
}

export type PublicIntro = UnitIntro & { mapImage: PublicImage | null; landmarkPhotos: PublicImage[]; updatedAt: string | null };

/** The texts of /gioi-thieu and /en, with the map and the landmark photos from the library. */
export async function getPublicIntro(db: Database, siteId: number): Promise<PublicIntro> {
  const { intro, updatedAt } = await readIntro(db, siteId);
  const images = await imagesOf(db, siteId, [...(intro.mapMediaId ? [intro.mapMediaId] : []), ...intro.landmarkMediaIds]);
  return {
    ...intro,
    mapImage: intro.mapMediaId ? (images.get(intro.mapMediaId) ?? null) : null,
    landmarkPhotos: intro.landmarkMediaIds.flatMap((id) => (images.has(id) ? [images.get(id)!] : [])),
    updatedAt,
  };
}

/** The newest change among the unit's records: the pages' "Cập nhật lần cuối". */
export async function unitLastUpdated(db: Database, siteId: number): Promise<{ leaders: string | null; units: string | null }> {
  const [l] = await db.select({ at: max(leaders.updatedAt) }).from(leaders).where(eq(leaders.siteId, siteId));
  const [u] = await db.select({ at: max(orgUnits.updatedAt) }).from(orgUnits).where(eq(orgUnits.siteId, siteId));
  const iso = (v: Date | string | null | undefined) => (v ? new Date(v).toISOString() : null);
  return { leaders: iso(l?.at), units: iso(u?.at) };
}

// ---------------------------------------------------------------- editors: the texts

export async function getStoredIntro(db: Database, actor: Actor): Promise<UnitIntro> {
  assertCan(actor, "unit.manage");
  return (await readIntro(db, actor.siteId)).intro;
}

async function assertOwnImages(db: Database | Transaction, siteId: number, ids: number[], what: string) {
  const unique = [...new Set(ids)];
  if (!unique.length) return;
  const found = await db.select({ id: media.id }).from(media).where(and(eq(media.siteId, siteId), inArray(media.id, unique)));
  if (found.length !== unique.length) throw new UserRuleError(`Không tìm thấy ${what} trong thư viện ảnh của trang.`);
}

export async function saveIntro(db: Database, actor: Actor, raw: UnitIntroInput, ip = ""): Promise<UnitIntro> {
  assertCan(actor, "unit.manage");
  const parsed = unitIntroSchema.parse(raw);
  const clean: UnitIntro = {
    ...parsed,
    organization: sanitizeArticleHtml(parsed.organization),
    map: sanitizeArticleHtml(parsed.map),
    nature: sanitizeArticleHtml(parsed.nature),
    history: sanitizeArticleHtml(parsed.history),
    culture: sanitizeArticleHtml(parsed.culture),
    landmarks: sanitizeArticleHtml(parsed.landmarks),
    overviewEn: sanitizeArticleHtml(parsed.overviewEn),
    functionsEn: sanitizeArticleHtml(parsed.functionsEn),
    landmarkMediaIds: [...new Set(parsed.landmarkMediaIds)],
  };
  await db.transaction(async (tx) => {
    await assertOwnImages(tx, actor.siteId, clean.mapMediaId ? [clean.mapMediaId] : [], "bản đồ");
    await assertOwnImages(tx, actor.siteId, clean.landmarkMediaIds, "ảnh di tích, danh thắng");
    await tx
      .insert(settings)
      .values({ siteId: actor.siteId, key: INTRO_KEY, value: clean })
      .onConflictDoUpdate({ target: [settings.siteId, settings.key], set: { value: clean, updatedAt: new Date() } });
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "unit.intro", entityType: "settings", entityId: INTRO_KEY, summary: "Sửa trang Giới thiệu", ip });
  });
  return clean;
}

// ---------------------------------------------------------------- editors: leaders

export type AdminLeader = Omit<typeof leaders.$inferSelect, "siteId" | "createdAt" | "updatedAt">;

export async function listLeadersForAdmin(db: Database, actor: Actor): Promise<AdminLeader[]> {
  assertCan(actor, "unit.manage");
  const { updatedAt: _u, ...columns } = leaderColumns;
  return db.select(columns).from(leaders).where(eq(leaders.siteId, actor.siteId)).orderBy(asc(leaders.position), asc(leaders.id));
}

async function assertOwnUnit(db: Database | Transaction, siteId: number, unitId: number | null) {
  if (unitId === null) return;
  const [row] = await db.select({ id: orgUnits.id }).from(orgUnits).where(and(eq(orgUnits.id, unitId), eq(orgUnits.siteId, siteId)));
  if (!row) throw new UserRuleError("Không tìm thấy đơn vị.");
}

export async function createLeader(db: Database, actor: Actor, raw: LeaderInput, ip = ""): Promise<{ id: number }> {
  assertCan(actor, "unit.manage");
  const input = leaderSchema.parse(raw);
  return db.transaction(async (tx) => {
    await assertOwnImages(tx, actor.siteId, input.photoMediaId ? [input.photoMediaId] : [], "ảnh chân dung");
    await assertOwnUnit(tx, actor.siteId, input.unitId);
    const [last] = await tx.select({ p: max(leaders.position) }).from(leaders).where(eq(leaders.siteId, actor.siteId));
    const [row] = await tx
      .insert(leaders)
      .values({ ...input, siteId: actor.siteId, position: (last?.p ?? -1) + 1 })
      .returning({ id: leaders.id });
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "leader.create", entityType: "leader", entityId: row!.id, summary: `${input.name}, ${input.title}`, ip });
    return { id: row!.id };
  });
}

export async function updateLeader(db: Database, actor: Actor, id: number, raw: LeaderInput, ip = ""): Promise<void> {
  assertCan(actor, "unit.manage");
  const input = leaderSchema.parse(raw);
  await db.transaction(async (tx) => {
    const [current] = await tx.select({ id: leaders.id }).from(leaders).where(and(eq(leaders.id, id), eq(leaders.siteId, actor.siteId))).for("update");
    if (!current) throw new UserRuleError("Không tìm thấy lãnh đạo.");
    await assertOwnImages(tx, actor.siteId, input.photoMediaId ? [input.photoMediaId] : [], "ảnh chân dung");
    await assertOwnUnit(tx, actor.siteId, input.unitId);
    await tx.update(leaders).set({ ...input, updatedAt: new Date() }).where(eq(leaders.id, id));
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "leader.update", entityType: "leader", entityId: id, summary: `${input.name}, ${input.title}${input.current ? "" : " (nguyên lãnh đạo)"}`, ip });
  });
}

/** Swaps a row with its neighbour among rows of the same site and group, renumbering the group. */
async function moveWithin(
  tx: Transaction,
  rows: { id: number }[],
  id: number,
  direction: "up" | "down",
  write: (id: number, position: number) => Promise<unknown>,
): Promise<boolean> {
  const order = rows.map((r) => r.id);
  const at = order.indexOf(id);
  const to = direction === "up" ? at - 1 : at + 1;
  if (at < 0 || to < 0 || to >= order.length) return false;
  [order[at], order[to]] = [order[to]!, order[at]!];
  for (const [position, rowId] of order.entries()) await write(rowId, position);
  return true;
}

/** Up or down among the leaders of the same list (current, or the archive). */
export async function moveLeader(db: Database, actor: Actor, id: number, direction: "up" | "down", ip = ""): Promise<void> {
  assertCan(actor, "unit.manage");
  await db.transaction(async (tx) => {
    const [row] = await tx.select({ name: leaders.name, current: leaders.current }).from(leaders).where(and(eq(leaders.id, id), eq(leaders.siteId, actor.siteId))).for("update");
    if (!row) throw new UserRuleError("Không tìm thấy lãnh đạo.");
    const group = await tx.select({ id: leaders.id }).from(leaders).where(and(eq(leaders.siteId, actor.siteId), eq(leaders.current, row.current))).orderBy(asc(leaders.position), asc(leaders.id));
    // The order is what readers see change: the rows' updatedAt says when.
    const moved = await moveWithin(tx, group, id, direction, (rowId, position) => tx.update(leaders).set({ position, ...(rowId === id ? { updatedAt: new Date() } : {}) }).where(eq(leaders.id, rowId)));
    if (moved) await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "leader.move", entityType: "leader", entityId: id, summary: `${row.name} ${direction === "up" ? "lên" : "xuống"}`, ip });
  });
}

export async function deleteLeader(db: Database, actor: Actor, id: number, ip = ""): Promise<void> {
  assertCan(actor, "unit.manage");
  await db.transaction(async (tx) => {
    const [row] = await tx.delete(leaders).where(and(eq(leaders.id, id), eq(leaders.siteId, actor.siteId))).returning({ name: leaders.name });
    if (!row) throw new UserRuleError("Không tìm thấy lãnh đạo.");
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "leader.delete", entityType: "leader", entityId: id, summary: row.name, ip });
  });
}

// ---------------------------------------------------------------- editors: units

export type AdminUnit = Omit<typeof orgUnits.$inferSelect, "siteId" | "createdAt" | "updatedAt">;

export async function listUnitsForAdmin(db: Database, actor: Actor): Promise<AdminUnit[]> {
  assertCan(actor, "unit.manage");
  const { updatedAt: _u, ...columns } = unitColumns;
  return db.select(columns).from(orgUnits).where(eq(orgUnits.siteId, actor.siteId)).orderBy(asc(orgUnits.position), asc(orgUnits.id));
}

/** A parent of the same site that is not the unit itself nor one of its descendants. */
async function assertParent(tx: Transaction, siteId: number, parentId: number | null, self?: number) {
  if (parentId === null) return;
  const all = await tx.select({ id: orgUnits.id, parentId: orgUnits.parentId }).from(orgUnits).where(eq(orgUnits.siteId, siteId));
  const parents = new Map(all.map((u) => [u.id, u.parentId]));
  if (!parents.has(parentId)) throw new UserRuleError("Không tìm thấy đơn vị cấp trên.");
  for (let at: number | null | undefined = parentId, steps = 0; at != null && steps <= all.length; at = parents.get(at), steps++) {
    if (at === self) throw new UserRuleError("Không thể đặt một đơn vị làm cấp dưới của chính nó.");
  }
}

const siblingsOf = (siteId: number, parentId: number | null) => and(eq(orgUnits.siteId, siteId), parentId === null ? isNull(orgUnits.parentId) : eq(orgUnits.parentId, parentId));

export async function createUnit(db: Database, actor: Actor, raw: OrgUnitInput, ip = ""): Promise<{ id: number }> {
  assertCan(actor, "unit.manage");
  const input = orgUnitSchema.parse(raw);
  return db.transaction(async (tx) => {
    await assertParent(tx, actor.siteId, input.parentId);
    const [last] = await tx.select({ p: max(orgUnits.position) }).from(orgUnits).where(siblingsOf(actor.siteId, input.parentId));
    const [row] = await tx
      .insert(orgUnits)
      .values({ ...input, siteId: actor.siteId, position: (last?.p ?? -1) + 1 })
      .returning({ id: orgUnits.id });
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "unit.create", entityType: "org_unit", entityId: row!.id, summary: input.name, ip });
    return { id: row!.id };
  });
}

export async function updateUnit(db: Database, actor: Actor, id: number, raw: OrgUnitInput, ip = ""): Promise<void> {
  assertCan(actor, "unit.manage");
  const input = orgUnitSchema.parse(raw);
  await db.transaction(async (tx) => {
    const [current] = await tx.select({ parentId: orgUnits.parentId }).from(orgUnits).where(and(eq(orgUnits.id, id), eq(orgUnits.siteId, actor.siteId))).for("update");
    if (!current) throw new UserRuleError("Không tìm thấy đơn vị.");
    await assertParent(tx, actor.siteId, input.parentId, id);
    let position: number | undefined;
    if (current.parentId !== input.parentId) {
      const [last] = await tx.select({ p: max(orgUnits.position) }).from(orgUnits).where(and(siblingsOf(actor.siteId, input.parentId), ne(orgUnits.id, id)));
      position = (last?.p ?? -1) + 1;
    }
    await tx
      .update(orgUnits)
      .set({ ...input, ...(position === undefined ? {} : { position }), updatedAt: new Date() })
      .where(eq(orgUnits.id, id));
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "unit.update", entityType: "org_unit", entityId: id, summary: input.name, ip });
  });
}

export async function moveUnit(db: Database, actor: Actor, id: number, direction: "up" | "down", ip = ""): Promise<void> {
  assertCan(actor, "unit.manage");
  await db.transaction(async (tx) => {
    const [row] = await tx.select({ name: orgUnits.name, parentId: orgUnits.parentId }).from(orgUnits).where(and(eq(orgUnits.id, id), eq(orgUnits.siteId, actor.siteId))).for("update");
    if (!row) throw new UserRuleError("Không tìm thấy đơn vị.");
    const group = await tx.select({ id: orgUnits.id }).from(orgUnits).where(siblingsOf(actor.siteId, row.parentId)).orderBy(asc(orgUnits.position), asc(orgUnits.id));
    const moved = await moveWithin(tx, group, id, direction, (rowId, position) => tx.update(orgUnits).set({ position, ...(rowId === id ? { updatedAt: new Date() } : {}) }).where(eq(orgUnits.id, rowId)));
    if (moved) await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "unit.move", entityType: "org_unit", entityId: id, summary: `${row.name} ${direction === "up" ? "lên" : "xuống"}`, ip });
  });
}

/** Only a unit without sub-units; leaders attached to it keep their record, without the unit. */
export async function deleteUnit(db: Database, actor: Actor, id: number, ip = ""): Promise<void> {
  assertCan(actor, "unit.manage");
  await db.transaction(async (tx) => {
    const [row] = await tx.select({ name: orgUnits.name }).from(orgUnits).where(and(eq(orgUnits.id, id), eq(orgUnits.siteId, actor.siteId))).for("update");
    if (!row) throw new UserRuleError("Không tìm thấy đơn vị.");
    const [child] = await tx.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.parentId, id)).limit(1);
    if (child) throw new UserRuleError("Đơn vị còn đơn vị cấp dưới, không thể xóa.");
    await tx.delete(orgUnits).where(eq(orgUnits.id, id));
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "unit.delete", entityType: "org_unit", entityId: id, summary: row.name, ip });
  });
}
