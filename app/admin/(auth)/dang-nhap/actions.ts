"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import type { ActionState } from "@/auth/action";
import { signIn, SignInLimited } from "@/auth/auth";
import { limitedMessage } from "@/db/sign-in-limits";

const schema = z.object({
  email: z.string().trim().min(1, "Vui lòng nhập email.").max(200).email("Email không hợp lệ."),
  password: z.string().min(1, "Vui lòng nhập mật khẩu.").max(200),
});

/**
 * The sign-in form. The limits and the audit entries live in authorize()
 * (auth/auth.ts), which a direct POST to Auth.js's endpoint meets too; this only
 * checks the fields and turns the outcome into a message.
 */
export async function signInAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = schema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return { ok: false, message: "Vui lòng kiểm tra lại thông tin đăng nhập.", errors: z.flattenError(parsed.error).fieldErrors };
  try {
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirectTo: "/admin" });
  } catch (error) {
    // signIn redirects by throwing; only Auth.js's own errors mean "refused".
    if (!(error instanceof AuthError)) throw error;
    if (error instanceof SignInLimited) return { ok: false, message: limitedMessage(error.retryAfterMinutes) };
    return { ok: false, message: "Email hoặc mật khẩu không đúng." };
  }
  return { ok: true };
}
