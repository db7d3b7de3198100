import { sql, type AnyColumn, type SQL } from "drizzle-orm";
import { SITE_TIME_ZONE } from "@/lib/format";

/**
 * The Việt Nam calendar day of a timestamp column, as YYYY-MM-DD. The zone is written
 * into the statement (a constant, never input): as a bound parameter the SELECT and the
 * GROUP BY would get different placeholders and PostgreSQL would refuse the grouping.
 */
export function vietnamDaySql(column: AnyColumn | SQL): SQL<string> {
  return sql<string>`to_char(${column} at time zone ${sql.raw(`'${SITE_TIME_ZONE}'`)}, 'YYYY-MM-DD')`;
}
