import { z } from "zod";
import { vietnamTime } from "@/lib/format";
import { parseDayParam } from "@/lib/form-fields";

/** The audit log's filters from a URL (?nguoi=&hanh-dong=&tu=&den=&trang=); bad values are dropped. */
const schema = z.object({
  nguoi: z.coerce.number().int().positive().optional().catch(undefined),
  "hanh-dong": z.string().regex(/^[a-z_.]{1,60}$/).optional().catch(undefined),
  // dd/mm/yyyy from the filter's DateTimeField, YYYY-MM-DD from older links; kept as the latter.
  tu: z.unknown().optional().transform(parseDayParam),
  den: z.unknown().optional().transform(parseDayParam),
});

export type AuditQuery = { userId?: number; action?: string; from?: Date; to?: Date; raw: { nguoi?: number; action?: string; tu?: string; den?: string } };

function day(value: string | undefined, plusDays = 0): Date | undefined {
  if (!value) return undefined;
  try {
    return new Date(vietnamTime(`${value} 00:00`).getTime() + plusDays * 86_400_000);
  } catch {
    return undefined;
  }
}

export function parseAuditQuery(params: Record<string, string | string[] | undefined>): AuditQuery {
  const single = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = schema.parse(single);
  return {
    userId: parsed.nguoi,
    action: parsed["hanh-dong"],
    from: day(parsed.tu),
    // "đến" is inclusive: up to the end of that day in Việt Nam.
    to: day(parsed.den, 1),
    raw: { nguoi: parsed.nguoi, action: parsed["hanh-dong"], tu: parsed.tu, den: parsed.den },
  };
}
