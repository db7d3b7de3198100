import "server-only";
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { keyedHash } from "@/lib/visitor";
import type { Database } from "./client";
import { getSecret } from "./secrets";

/**
 * Citizens' contact details encrypted at rest (AES-256-GCM). The key is the platform's
 * "contacts" secret, kept like the other secrets (db/secrets.ts: generated on first use
 * into platform_settings, or CONTACTS_SECRET from the environment, which wins). A
 * database dump without the key shows no name, email, phone or address; lookups for one
 * person (export, erase) go through keyed hashes of the normalised email and phone.
 */
export type Contact = { name: string; email: string; phone: string; address: string };

async function keyOf(db: Database): Promise<Buffer> {
  return createHash("sha256").update(`contacts-key:${await getSecret(db, "contacts")}`).digest();
}

export async function sealContact(db: Database, contact: Contact): Promise<string> {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", await keyOf(db), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(contact), "utf8"), cipher.final()]);
  return `v1.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url")}`;
}

export async function openContact(db: Database, sealed: string): Promise<Contact | null> {
  if (!sealed.startsWith("v1.")) return null;
  const raw = Buffer.from(sealed.slice(3), "base64url");
  const decipher = createDecipheriv("aes-256-gcm", await keyOf(db), raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return JSON.parse(Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8")) as Contact;
}

/** The lookup hash of an email or phone (already normalised, lib/questions.ts), or null when empty. */
export async function contactHash(db: Database, kind: "email" | "phone", value: string): Promise<string | null> {
  return value ? keyedHash(await getSecret(db, "contacts"), `${kind}:${value}`) : null;
}
