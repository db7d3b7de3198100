import { foldVietnamese } from "./search-query";

/**
 * /danh-ba: the unit's official contacts (current leaders and every unit), searched by
 * name and filtered by unit, accent-insensitive ("nguyen van" finds "Nguyễn Văn"). Pure:
 * the list is small and cached, so filtering it costs less than a query.
 */
export type DirectoryEntry = {
  key: string;
  kind: "leader" | "unit";
  name: string;
  /** A leader's position, a unit's head. */
  role: string;
  /** The unit the entry belongs to (a unit: its parent), for display. */
  unitName: string;
  phone: string;
  email: string;
  address: string;
  /** Ids of the unit and its ancestors: what the unit filter matches. */
  unitPath: number[];
};

type LeaderLike = { id: number; name: string; title: string; phone: string; email: string; unitId: number | null; current: boolean };
type UnitLike = { id: number; parentId: number | null; name: string; headName: string; headTitle: string; phone: string; email: string; address: string };

export function directoryEntries(leaders: LeaderLike[], units: UnitLike[], unitName = ""): DirectoryEntry[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const pathOf = (id: number | null): number[] => {
    const path: number[] = [];
    for (let at = id; at !== null && at !== undefined && !path.includes(at); at = byId.get(at)?.parentId ?? null) {
      if (!byId.has(at)) break;
      path.push(at);
    }
    return path;
  };
  return [
    ...leaders
      .filter((l) => l.current)
      .map((l) => ({
        key: `l${l.id}`,
        kind: "leader" as const,
        name: l.name,
        role: l.title,
        unitName: (l.unitId !== null && byId.get(l.unitId)?.name) || unitName,
        phone: l.phone,
        email: l.email,
        address: "",
        unitPath: pathOf(l.unitId),
      })),
    ...units.map((u) => ({
      key: `u${u.id}`,
      kind: "unit" as const,
      name: u.name,
      role: [u.headTitle, u.headName].filter(Boolean).join(" "),
      unitName: (u.parentId !== null && byId.get(u.parentId)?.name) || unitName,
      phone: u.phone,
      email: u.email,
      address: u.address,
      unitPath: pathOf(u.id),
    })),
  ];
}

/** Every word of the query in the entry's name, role or unit (accents and case ignored); the unit filter includes sub-units. */
export function filterDirectory(entries: DirectoryEntry[], query: string, unitId: number | null): DirectoryEntry[] {
  const words = foldVietnamese(query.normalize("NFC")).split(/\s+/).filter(Boolean);
  return entries.filter((e) => {
    if (unitId !== null && !e.unitPath.includes(unitId)) return false;
    if (!words.length) return true;
    const haystack = foldVietnamese(`${e.name} ${e.role} ${e.unitName}`);
    return words.every((w) => haystack.includes(w));
  });
}
