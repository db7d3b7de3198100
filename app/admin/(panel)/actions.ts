"use server";

import { signOut } from "@/lib/auth/auth";

/** Ends this session for good: Auth.js's signOut event (lib/auth/auth.ts) revokes it and writes the audit entry. */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/admin/dang-nhap?tb=da-dang-xuat" });
}
