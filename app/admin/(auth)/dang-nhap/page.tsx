import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentUser } from "@/auth/guard";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Đăng nhập quản trị", robots: { index: false, follow: false } };

const NOTICES: Record<string, string> = {
  "da-doi-mat-khau": "Mật khẩu đã được đổi. Vui lòng đăng nhập lại bằng mật khẩu mới.",
  "da-dang-xuat": "Bạn đã đăng xuất.",
};

export default async function SignInPage({ searchParams }: PageProps<"/admin/dang-nhap">) {
  if (await currentUser()) redirect("/admin");
  const { tb } = await searchParams;
  const notice = typeof tb === "string" ? NOTICES[tb] : undefined;
  return (
    <main className="flex flex-1 items-center justify-center bg-gradient-to-br from-brand-900 to-brand-600 px-4 py-10">
      <div className="w-full max-w-sm rounded-lg bg-white p-6 shadow-xl">
        <div className="mb-5 flex items-center gap-3">
          {/* eslint-disable-next-line @next/next/no-img-element -- a small static SVG */}
          <img src="/logo.svg" alt="" width={44} height={44} />
          <div>
            <p className="text-xs font-semibold uppercase tracking-wide text-muted">Cổng thông tin điện tử</p>
            <h1 className="text-xl font-bold text-brand-800">Đăng nhập quản trị</h1>
          </div>
        </div>
        <SignInForm notice={notice} />
      </div>
    </main>
  );
}
