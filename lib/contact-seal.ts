import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from "node:crypto";

/**
 * AES-256-GCM sealing of citizens' contact details, given the platform's "contacts"
 * secret (db/contact-vault.ts fetches it). Pure, so the demo seed can use it too.
 */
export type Contact = { name: string; email: string; phone: string; address: string };

const keyOf = (secret: string) => createHash("sha256").update(`contacts-key:${secret}`).digest();

export function sealWith(secret: string, contact: Contact): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyOf(secret), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(contact), "utf8"), cipher.final()]);
  return `v1.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url")}`;
}

export function openWith(secret: string, sealed: string): Contact | null {
  if (!sealed.startsWith("v1.")) return null;
  const raw = Buffer.from(sealed.slice(3), "base64url");
  const decipher = createDecipheriv("aes-256-gcm", keyOf(secret), raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return JSON.parse(Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8")) as Contact;
}

/** The lookup hash of a normalised email or phone, or null when empty. */
export function contactHashWith(secret: string, kind: "email" | "phone", value: string): string | null {
  return value ? createHmac("sha256", secret).update(`${kind}:${value}`).digest("base64url") : null;
}
