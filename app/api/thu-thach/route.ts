import { connection } from "next/server";
import { newChallenge } from "@/db/challenge";

/** A fresh proof-of-work challenge for the ALTCHA widget (db/challenge.ts); never cached. */
export async function GET() {
  await connection();
  return Response.json(await newChallenge(), { headers: { "Cache-Control": "no-store" } });
}
