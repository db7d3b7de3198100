import "server-only";
import { headers } from "next/headers";
import { z } from "zod";
import { UserRuleError } from "@/db/users";
import { clientIp } from "@/lib/visitor";
import { unflattenForm } from "@/lib/form-data";
import { adminContext, type AdminContext } from "./guard";
import { isSameOriginRequest } from "./origin";
import { can, ForbiddenError, type Actor, type Permission, type SessionUser } from "./policy";

/** What every admin form's server action returns to `useActionState`. */
export type ActionState = {
  ok?: boolean;
  message?: string;
  errors?: Record<string, string[] | undefined>;
  /** Something to show once, e.g. a generated password. */
  secret?: string;
};

/**
 * Errors by input name. A nested path is joined with dots ("options.2",
 * "weatherCities.0.latitude"), the names repeatable form rows use (lib/form-data.ts);
 * for flat forms this is the same as zod's flattenError.
 */
function fieldErrors(error: z.ZodError): ActionState["errors"] {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) (errors[issue.path.map(String).join(".")] ??= []).push(issue.message);
  return errors;
}

export const SESSION_EXPIRED_MESSAGE = "Phiên đăng nhập đã hết. Vui lòng đăng nhập lại.";
export const CROSS_SITE_MESSAGE = "Yêu cầu không đến từ trang quản trị của cổng. Vui lòng tải lại trang và thử lại.";

export const MUST_CHANGE_PASSWORD_MESSAGE = "Bạn cần đổi mật khẩu dùng một lần trước khi làm việc khác.";

/**
 * The one way admin actions run: refuse a request that does not say it comes from this
 * portal (lib/auth/origin.ts), authenticate, check the permission on the site the person
 * is working on (again: the page and the proxy are only conveniences), parse the form with
 * zod, call `run`, and turn the expected failures into a Vietnamese message. Anything
 * unexpected is logged without its input and answered with a generic message; nothing
 * half-done is left because the data layer writes in transactions.
 */
export async function adminAction<S extends z.ZodType>(
  permission: Permission,
  schema: S,
  formData: FormData,
  run: (actor: Actor, input: z.infer<S>, ip: string) => Promise<ActionState | void>,
): Promise<ActionState> {
  return guarded(schema, formData, { duringPasswordChange: false }, async (context) => {
    if (!context.actor || !can(context.actor, permission)) return { ok: false, message: new ForbiddenError().message };
    const actor = context.actor;
    return (input, ip) => run(actor, input, ip);
  });
}

/** The person's own account (name, password, sessions): no site permission involved. */
export async function accountAction<S extends z.ZodType>(
  schema: S,
  formData: FormData,
  run: (user: SessionUser, input: z.infer<S>, ip: string) => Promise<ActionState | void>,
): Promise<ActionState> {
  return guarded(schema, formData, { duringPasswordChange: true }, async (context) => (input, ip) => run(context.user, input, ip));
}

async function guarded<S extends z.ZodType>(
  schema: S,
  formData: FormData,
  options: { duringPasswordChange: boolean },
  authorize: (context: AdminContext) => Promise<ActionState | ((input: z.infer<S>, ip: string) => Promise<ActionState | void>)>,
): Promise<ActionState> {
  if (!isSameOriginRequest(await headers())) return { ok: false, message: CROSS_SITE_MESSAGE };
  const context = await adminContext();
  if (!context) return { ok: false, message: SESSION_EXPIRED_MESSAGE };
  if (context.user.mustChangePassword && !options.duringPasswordChange) return { ok: false, message: MUST_CHANGE_PASSWORD_MESSAGE };
  const run = await authorize(context);
  if (typeof run !== "function") return run;
  const parsed = schema.safeParse(unflattenForm(Object.fromEntries(formData)));
  if (!parsed.success) {
    return { ok: false, message: "Vui lòng kiểm tra lại các trường được đánh dấu.", errors: fieldErrors(parsed.error) };
  }
  try {
    return (await run(parsed.data, await clientIp())) ?? { ok: true, message: "Đã lưu." };
  } catch (error) {
    if (error instanceof UserRuleError || error instanceof ForbiddenError) return { ok: false, message: error.message };
    console.error("[admin action] failed:", error instanceof Error ? error.message : "unknown error");
    return { ok: false, message: "Có lỗi xảy ra, chưa lưu được. Vui lòng thử lại." };
  }
}
