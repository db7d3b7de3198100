"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { countFailedSignIns, oldestFailedSignIn, recordAudit } from "@/db/audit";
import { getDb } from "@/db/index";
import { normalizeEmail } from "@/db/users";
import type { ActionState } from "@/lib/auth/action";
import { signIn } from "@/lib/auth/auth";
import { clientIp } from "@/lib/visitor";

const WINDOW_MS = 15 * 60_000;
const MAX_FAILURES_PER_ACCOUNT = 5;
const MAX_FAILURES_PER_IP = 20;

const schema = z.object({
  email: z.string().trim().min(1, "Vui lòng nhập email.").max(200).email("Email không hợp lệ."),
  password: z.string().min(1, "Vui lòng nhập mật khẩu.").max(200),
});

export async function signInAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = schema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return { ok: false, message: "Vui lòng kiểm tra lại thông tin đăng nhập.", errors: z.flattenError(parsed.error).fieldErrors };

  const email = normalizeEmail(parsed.data.email);
  const db = await getDb();
  const ip = await clientIp();
  const since = new Date(Date.now() - WINDOW_MS);
  for (const [by, max] of [[{ email }, MAX_FAILURES_PER_ACCOUNT], [{ ip }, MAX_FAILURES_PER_IP]] as const) {
    if ((await countFailedSignIns(db, by, since)) >= max) {
      const oldest = (await oldestFailedSignIn(db, by, since)) ?? new Date();
      const minutes = Math.max(1, Math.ceil((oldest.getTime() + WINDOW_MS - Date.now()) / 60_000));
      return { ok: false, message: `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.` };
    }
  }

  try {
    await signIn("credentials", { email, password: parsed.data.password, redirectTo: "/admin" });
  } catch (error) {
    // signIn redirects by throwing; only Auth.js's own errors mean "wrong credentials".
    if (!(error instanceof AuthError)) throw error;
    await recordAudit(db, { userId: null, action: "auth.sign_in_failed", entityType: "user", entityId: email, summary: "Đăng nhập không thành công", ip });
    return { ok: false, message: "Email hoặc mật khẩu không đúng." };
  }
  return { ok: true };
}
