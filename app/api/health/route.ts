import { sql } from "drizzle-orm";
import { connection } from "next/server";
import { getDb } from "@/db/index";

/** For load balancers and tests: 200 once the database answers, 503 otherwise. */
export async function GET() {
  await connection();
  try {
    const db = await getDb();
    await db.execute(sql`select 1`);
    return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
  } catch {
    return Response.json({ status: "unavailable" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
