import "server-only";
import { headers } from "next/headers";
import { z } from "zod";
import { UserRuleError } from "@/db/users";
import { isSameOriginRequest } from "@/lib/auth/origin";
import { can, ForbiddenError, type Actor, type Permission, type SessionUser } from "@/lib/auth/policy";
import { clientIp } from "@/lib/visitor";
import { adminContext, PASSWORD_CHANGE_FIRST_MESSAGE, SESSION_EXPIRED_MESSAGE, type AdminContext } from "./guard";

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

export const CROSS_SITE_MESSAGE = "Yêu cầu không đến từ trang quản trị của cổng. Vui lòng tải lại trang và thử lại.";


/**
 * The one way admin actions run: refuse a request that does not say it comes from this
 * portal (lib/auth/origin.ts), authenticate, check the permission on the site the person
 * is working on (again: the page and the proxy are only conveniences), parse the form with
 * zod, call `run`, and turn the expected failures into a Vietnamese message. Anything
 * unexpected is logged without its input and answered with a generic message; nothing
 * half-done is left because the data layer writes in transactions. A password that must
 * still be changed (set by an admin, or generated) allows no action but the account ones,
 * as requirePermission allows no page but the account page.
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

/**
 * The person's own account (name, password, sessions): no site permission involved. Only
 * the password change itself runs while an admin-set password is still to be changed.
 */
export async function accountAction<S extends z.ZodType>(
  schema: S,
  formData: FormData,
  run: (user: SessionUser, input: z.infer<S>, ip: string) => Promise<ActionState | void>,
  options: { duringPasswordChange?: boolean } = {},
): Promise<ActionState> {
  return guarded(schema, formData, { duringPasswordChange: Boolean(options.duringPasswordChange) }, async (context) => (input, ip) => run(context.user, input, ip));
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
  if (context.user.mustChangePassword && !options.duringPasswordChange) return { ok: false, message: PASSWORD_CHANGE_FIRST_MESSAGE };
  const run = await authorize(context);
  if (typeof run !== "function") return run;
  // Forms with nested names declare it in their schema (lib/form-data.ts nestedForm).
  const parsed = schema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    // An issue about the form as a whole (no field to mark) is the message itself.
    const formIssue = parsed.error.issues.find((issue) => issue.path.length === 0);
    return { ok: false, message: formIssue?.message ?? "Vui lòng kiểm tra lại các trường được đánh dấu.", errors: fieldErrors(parsed.error) };
  }
  try {
    return (await run(parsed.data, await clientIp())) ?? { ok: true, message: "Đã lưu." };
  } catch (error) {
    if (error instanceof UserRuleError || error instanceof ForbiddenError) return { ok: false, message: error.message };
    console.error("[admin action] failed:", error instanceof Error ? error.message : "unknown error");
    return { ok: false, message: "Có lỗi xảy ra, chưa lưu được. Vui lòng thử lại." };
  }
}
