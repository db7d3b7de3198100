import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AdminNav, type NavItem } from "@/components/admin/admin-nav";
import { SiteSwitcher } from "@/components/admin/site-switcher";
import { SIGN_IN_PATH } from "@/lib/auth/auth.config";
import { adminContext } from "@/auth/guard";
import { can, ROLE_LABELS, type Permission } from "@/lib/auth/policy";
import { portalName } from "@/lib/site";
import { signOutAction } from "./actions";
import { BackLink } from "@/components/admin/back-link";

export const metadata: Metadata = { title: { template: "%s | Quản trị", default: "Quản trị" }, robots: { index: false, follow: false } };

// `null`: the person's own pages, shown to everyone signed in.
const NAV: (NavItem & { permission: Permission | null })[] = [
  { href: "/admin", label: "Tổng quan", permission: "admin.access" },
  { href: "/admin/bai-viet", label: "Bài viết", permission: "article.write" },
  { href: "/admin/tin-gui-len", label: "Tin từ xã, phường", permission: "syndication.review" },
  { href: "/admin/chuyen-muc", label: "Chuyên mục", permission: "category.manage" },
  { href: "/admin/trinh-don", label: "Trình đơn", permission: "menu.manage" },
  { href: "/admin/gioi-thieu", label: "Giới thiệu", permission: "unit.manage" },
  { href: "/admin/gioi-thieu/lanh-dao", label: "Lãnh đạo", permission: "unit.manage" },
  { href: "/admin/gioi-thieu/co-cau-to-chuc", label: "Cơ cấu tổ chức", permission: "unit.manage" },
  { href: "/admin/trang-thong-tin", label: "Trang thông tin", permission: "pages.edit" },
  { href: "/admin/van-ban", label: "Văn bản", permission: "document.write" },
  { href: "/admin/thu-vien", label: "Thư viện ảnh", permission: "media.upload" },
  { href: "/admin/album", label: "Album ảnh", permission: "album.manage" },
  { href: "/admin/binh-chon", label: "Bình chọn", permission: "poll.manage" },
  { href: "/admin/lich-cong-tac", label: "Lịch công tác", permission: "schedule.manage" },
  { href: "/admin/thu-tuc-hanh-chinh", label: "Thủ tục hành chính", permission: "procedure.manage" },
  { href: "/admin/cong-khai", label: "Công khai ngân sách", permission: "disclosure.manage" },
  { href: "/admin/hoi-dap", label: "Hỏi đáp", permission: "question.handle" },
  { href: "/admin/du-thao", label: "Lấy ý kiến dự thảo", permission: "draft.manage" },
  { href: "/admin/danh-gia", label: "Đánh giá thông tin", permission: "rating.view" },
  { href: "/admin/nguoi-dung", label: "Người dùng", permission: "users.manage" },
  { href: "/admin/nhat-ky", label: "Nhật ký hoạt động", permission: "audit.view" },
  { href: "/admin/cai-dat", label: "Cài đặt", permission: "settings.edit" },
  { href: "/admin/tam-ngung", label: "Tạm ngừng hoạt động", permission: "suspension.manage" },
  { href: "/admin/trang", label: "Các trang", permission: "site.create" },
  { href: "/admin/ngay-nghi", label: "Ngày nghỉ", permission: "platform.days_off" },
  { href: "/admin/tai-khoan", label: "Tài khoản của tôi", permission: null },
];

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  // Each page checks its own permission too; this only decides what the shell shows.
  const context = await adminContext();
  if (!context) redirect(SIGN_IN_PATH);
  const { user, actor, sites } = context;
  const site = sites.find((s) => s.id === actor?.siteId);
  // Only provinces receive what their components send up.
  const nav = NAV.filter((n) => (n.permission === null || can(actor, n.permission)) && (n.href !== "/admin/tin-gui-len" || (site && !site.parentId)));
  const roleLabel = user.platformAdmin ? "Quản trị nền tảng" : actor?.role ? ROLE_LABELS[actor.role] : "";
  return (
    <div className="flex min-h-screen flex-col bg-stone-100 md:flex-row">
      <aside className="bg-stone-900 px-3 py-3 text-white md:w-60 md:shrink-0 md:py-5">
        <Link href="/admin" className="mb-4 flex items-center gap-2 px-2">
          {/* eslint-disable-next-line @next/next/no-img-element -- a small static SVG */}
          <img src="/logo.svg" alt="" width={32} height={32} />
          <span className="font-bold leading-tight">Quản trị cổng thông tin</span>
        </Link>
        <AdminNav items={nav.map(({ href, label }) => ({ href, label }))} />
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="flex flex-wrap items-center justify-between gap-3 border-b border-stone-200 bg-white px-5 py-3">
          <div className="flex flex-wrap items-center gap-3">
            {site && <span className="font-semibold" data-testid="current-site">{portalName(site)}</span>}
            {sites.length > 1 && <SiteSwitcher sites={sites.map((s) => ({ id: s.id, label: portalName(s) }))} current={actor?.siteId ?? null} />}
            <BackLink href="/">Xem trang công khai</BackLink>
          </div>
          <div className="flex items-center gap-3 text-sm">
            <span>
              <span className="font-semibold" data-testid="current-user">{user.name}</span>
              {roleLabel && <span className="text-muted"> · {roleLabel}</span>}
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
