import { storeImage, type StoredImage } from "@/lib/media";
import { sanitizeArticleHtml } from "@/lib/sanitize";
import type { Transaction } from "../client";
import { leaders, media, orgUnits, settings } from "../schema";
import { renderLandscape } from "./images";
import { renderBoundaryMap, renderPortrait } from "./portraits";
import { demoUnitInfo, type DemoUnit, type DemoUnitSite } from "./unit-info-data";

/**
 * The unit's pages on a demo site: units (a small tree), leaders with portrait
 * placeholders (one former leader in the archive), the Giới thiệu texts with a boundary
 * map and landmark photos, and the English texts. Images are rendered before the seed
 * transaction (prepareUnitImages), rows go in inside it (seedUnitInfo).
 */
export type UnitImages = { portraits: StoredImage[]; map: StoredImage | null; landmarks: StoredImage[] };

const FEMININE = /Thị/;

export async function prepareUnitImages(site: DemoUnitSite, index: number, options: { landmarks: boolean }): Promise<UnitImages> {
  const { leaders: people, agency } = demoUnitInfo(site);
  const portraits: StoredImage[] = [];
  for (const [i, leader] of people.entries()) {
    const file = await renderPortrait(index * 10 + i, FEMININE.test(leader.name));
    portraits.push(await storeImage(file, { originalName: `chan-dung-${index}-${i}.jpg`, alt: `Ảnh chân dung minh họa của ${leader.name}`, caption: "" }));
  }
  const map = await storeImage(await renderBoundaryMap(index + 1), { originalName: `ban-do-dia-gioi-${site.slug}.jpg`, alt: `Bản đồ địa giới hành chính ${agency.replace("Ủy ban nhân dân ", "")} (minh họa)`, caption: "Bản đồ minh họa, không dùng để xác định địa giới." });
  const landmarks: StoredImage[] = [];
  if (options.landmarks) {
    for (const [i, title] of ["Đình làng", "Cảnh quan ven sông"].entries()) {
      const file = await renderLandscape(index * 2 + i);
      landmarks.push(await storeImage(file, { originalName: `danh-thang-${site.slug}-${i}.jpg`, alt: `${title} ở ${site.name}`, caption: title }));
    }
  }
  return { portraits, map, landmarks };
}

async function insertUnits(tx: Transaction, siteId: number, list: DemoUnit[], parentId: number | null): Promise<number[]> {
  const ids: number[] = [];
  for (const [position, unit] of list.entries()) {
    const { children, ...row } = unit;
    const [inserted] = await tx.insert(orgUnits).values({ ...row, siteId, parentId, position }).returning({ id: orgUnits.id });
    ids.push(inserted!.id);
    if (children?.length) await insertUnits(tx, siteId, children, inserted!.id);
  }
  return ids;
}

/** `landmarkIds`: photos already in the site's library (the district's gallery) instead of rendered ones. */
export async function seedUnitInfo(tx: Transaction, siteId: number, site: DemoUnitSite, images: UnitImages | null, landmarkIds: number[] = []) {
  const demo = demoUnitInfo(site);
  const unitIds = await insertUnits(tx, siteId, demo.units, null);
  const store = async (image: StoredImage | null | undefined) => (image ? (await tx.insert(media).values({ ...image, siteId }).returning({ id: media.id }))[0]!.id : null);
  const photoIds: (number | null)[] = [];
  for (const portrait of images?.portraits ?? []) photoIds.push(await store(portrait));
  await tx.insert(leaders).values(
    demo.leaders.map(({ unit, ...leader }, position) => ({
      ...leader,
      siteId,
      position,
      unitId: unit === undefined ? null : (unitIds[unit] ?? null),
      photoMediaId: photoIds[position] ?? null,
    })),
  );
  const mapMediaId = await store(images?.map);
  const landmarkMediaIds = [...landmarkIds];
  for (const photo of images?.landmarks ?? []) landmarkMediaIds.push((await store(photo))!);
  const html = (text: string) => sanitizeArticleHtml(text);
  const intro = {
    organization: html(demo.intro.organization),
    map: html(demo.intro.map),
    nature: html(demo.intro.nature),
    history: html(demo.intro.history),
    culture: html(demo.intro.culture),
    landmarks: html(demo.intro.landmarks),
    mapMediaId,
    landmarkMediaIds,
    overviewEn: html(demo.intro.overviewEn),
    functionsEn: html(demo.intro.functionsEn),
    nameEn: demo.intro.nameEn,
  };
  await tx.insert(settings).values({ siteId, key: "unit_intro", value: intro });
}
