"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { signOut } from "@/auth/auth";
import { ADMIN_SITE_COOKIE, adminContext } from "@/auth/guard";
import { isSameOriginRequest } from "@/lib/auth/origin";
import { parseId } from "@/lib/form-fields";

/** Ends this session for good: Auth.js's signOut event (auth/auth.ts) revokes it and writes the audit entry. */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/admin/dang-nhap?tb=da-dang-xuat" });
}

/** The site switcher: only a site the person works on (or any, for platform admins). */
export async function switchSiteAction(formData: FormData): Promise<void> {
  if (!isSameOriginRequest(await headers())) return;
  const context = await adminContext();
  const siteId = parseId(formData.get("siteId"));
  if (!context || !siteId || !context.sites.some((s) => s.id === siteId)) return;
  (await cookies()).set(ADMIN_SITE_COOKIE, String(siteId), { httpOnly: true, sameSite: "lax", path: "/admin", secure: process.env.SITE_URL?.startsWith("https://") ?? false });
  redirect("/admin");
}
