import { connection } from "next/server";
import { newChallenge } from "@/lib/challenge";

/** A fresh proof-of-work challenge for the ALTCHA widget (lib/challenge.ts); never cached. */
export async function GET() {
  await connection();
  return Response.json(await newChallenge(), { headers: { "Cache-Control": "no-store" } });
}
