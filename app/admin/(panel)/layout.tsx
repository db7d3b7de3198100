import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AdminNav, type NavItem } from "@/components/admin/admin-nav";
import { SIGN_IN_PATH } from "@/lib/auth/auth.config";
import { currentUser } from "@/lib/auth/guard";
import { ROLE_LABELS, type Role } from "@/lib/auth/roles";
import { signOutAction } from "./actions";

export const metadata: Metadata = { title: { template: "%s | Quản trị", default: "Quản trị" }, robots: { index: false, follow: false } };

const NAV: (NavItem & { roles: Role[] })[] = [
  { href: "/admin", label: "Tổng quan", roles: ["admin", "editor", "author"] },
  { href: "/admin/bai-viet", label: "Bài viết", roles: ["admin", "editor", "author"] },
  { href: "/admin/chuyen-muc", label: "Chuyên mục", roles: ["admin", "editor"] },
  { href: "/admin/thu-vien", label: "Thư viện ảnh", roles: ["admin", "editor", "author"] },
  { href: "/admin/album", label: "Album ảnh", roles: ["admin", "editor"] },
  { href: "/admin/binh-chon", label: "Bình chọn", roles: ["admin", "editor"] },
  { href: "/admin/nguoi-dung", label: "Người dùng", roles: ["admin"] },
  { href: "/admin/nhat-ky", label: "Nhật ký hoạt động", roles: ["admin"] },
  { href: "/admin/cai-dat", label: "Cài đặt", roles: ["admin"] },
  { href: "/admin/tai-khoan", label: "Tài khoản của tôi", roles: ["admin", "editor", "author"] },
];

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  // Each page checks its own role too; this only decides what the shell shows.
  const user = await currentUser();
  if (!user) redirect(SIGN_IN_PATH);
  return (
    <div className="flex min-h-screen flex-col bg-stone-100 md:flex-row">
      <aside className="bg-stone-900 px-3 py-3 text-white md:w-60 md:shrink-0 md:py-5">
        <Link href="/admin" className="mb-4 flex items-center gap-2 px-2">
          {/* eslint-disable-next-line @next/next/no-img-element -- a small static SVG */}
          <img src="/logo.svg" alt="" width={32} height={32} />
          <span className="font-bold leading-tight">Quản trị cổng thông tin</span>
        </Link>
        <AdminNav items={NAV.filter((n) => n.roles.includes(user.role)).map(({ href, label }) => ({ href, label }))} />
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="flex flex-wrap items-center justify-between gap-3 border-b border-stone-200 bg-white px-5 py-3">
          <Link href="/" className="text-sm text-brand-700 hover:underline">
            ← Xem cổng thông tin
          </Link>
          <div className="flex items-center gap-3 text-sm">
            <span>
              <span className="font-semibold" data-testid="current-user">{user.name}</span>
              <span className="text-muted"> · {ROLE_LABELS[user.role]}</span>
            </span>
            <form action={signOutAction}>
              <button type="submit" className="rounded border border-stone-300 px-3 py-1.5 font-semibold hover:border-brand-600">
                Đăng xuất
              </button>
            </form>
          </div>
        </header>
        <main className="flex-1 px-4 py-6 md:px-8">{children}</main>
      </div>
    </div>
  );
}
