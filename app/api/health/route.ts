import { sql } from "drizzle-orm";
import { connection } from "next/server";
import { getDb } from "@/db/index";
import { getRedis, redisConfigured } from "@/lib/redis.mjs";

/**
 * For load balancers and tests: 200 once the database answers, 503 otherwise. `redis` says
 * whether this instance is connected to the shared Redis ("off" when none is configured);
 * it does not change the status, since pages keep serving while Redis is away.
 */
export async function GET() {
  await connection();
  const redis = redisConfigured() ? (getRedis()?.status === "ready" ? "ok" : "unavailable") : "off";
  try {
    const db = await getDb();
    await db.execute(sql`select 1`);
    return Response.json({ status: "ok", redis }, { headers: { "Cache-Control": "no-store" } });
  } catch {
    return Response.json({ status: "unavailable", redis }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
