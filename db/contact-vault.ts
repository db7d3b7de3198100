import "server-only";
import { contactHashWith, openWith, sealWith, type Contact } from "@/lib/contact-seal";
import { limitFromEnv } from "@/lib/limiter";
import { DEFAULT_CONTACT_RETENTION_DAYS } from "@/lib/questions";
import type { Database } from "./client";
import { getSecret } from "./secrets";

/**
 * Citizens' contact details encrypted at rest (AES-256-GCM, lib/contact-seal.ts). The key
 * is the platform's "contacts" secret, kept like the other secrets (db/secrets.ts:
 * generated on first use into platform_settings, or CONTACTS_SECRET from the environment,
 * which wins). A database dump without the key shows no name, email, phone or address;
 * lookups for one person (export, erase) go through keyed hashes of the normalised email
 * and phone.
 */
export type { Contact };

export async function sealContact(db: Database, contact: Contact): Promise<string> {
  return sealWith(await getSecret(db, "contacts"), contact);
}

export async function openContact(db: Database, sealed: string): Promise<Contact | null> {
  return openWith(await getSecret(db, "contacts"), sealed);
}

export async function contactHash(db: Database, kind: "email" | "phone", value: string): Promise<string | null> {
  return contactHashWith(await getSecret(db, "contacts"), kind, value);
}

/**
 * Days a contact is kept after its purpose is served (a question answered or refused, a
 * draft closed), then erased by the scheduler's retention jobs (CONTACT_RETENTION_DAYS).
 */
export const contactRetentionDays = () => limitFromEnv("CONTACT_RETENTION_DAYS", DEFAULT_CONTACT_RETENTION_DAYS);
