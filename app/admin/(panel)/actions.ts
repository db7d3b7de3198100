"use server";

import { recordAudit } from "@/db/audit";
import { getDb } from "@/db/index";
import { signOut } from "@/lib/auth/auth";
import { currentUser } from "@/lib/auth/guard";
import { clientIp } from "@/lib/visitor";

export async function signOutAction(): Promise<void> {
  const user = await currentUser();
  if (user) {
    await recordAudit(await getDb(), { userId: user.id, action: "auth.sign_out", entityType: "user", entityId: user.id, summary: "Đăng xuất", ip: await clientIp() });
  }
  await signOut({ redirectTo: "/admin/dang-nhap?tb=da-dang-xuat" });
}
