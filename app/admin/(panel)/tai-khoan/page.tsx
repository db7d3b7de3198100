import { Card } from "@/components/admin/card";
import { requireSignedIn } from "@/auth/guard";
import { PASSWORD_HINT } from "@/lib/auth/password-policy";
import { ROLE_LABELS } from "@/lib/auth/policy";
import { NameForm, PasswordForm } from "./account-forms";
import { signOutEverywhereAction } from "./actions";

export const metadata = { title: "Tài khoản của tôi" };

export default async function AccountPage() {
  const { user, actor } = await requireSignedIn();
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <h1 className="text-2xl font-bold">Tài khoản của tôi</h1>
      {user.mustChangePassword && (
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 px-4 py-3 text-amber-900">
          Bạn đang dùng mật khẩu được cấp. Vui lòng đổi mật khẩu trước khi tiếp tục làm việc.
        </p>
      )}
      <Card title="Thông tin">
        <p className="mb-4 text-sm">
          {user.email}{user.platformAdmin ? " · Quản trị nền tảng" : actor?.role ? ` · ${ROLE_LABELS[actor.role]}` : ""}
        </p>
        {/* Until the password is changed no other action is allowed (adminAction). */}
        {!user.mustChangePassword && <NameForm name={user.name} />}
      </Card>
      <Card title="Đổi mật khẩu">
        <PasswordForm hint={PASSWORD_HINT} />
      </Card>
      {!user.mustChangePassword && (
        <Card title="Phiên đăng nhập">
          <p className="mb-3 text-sm text-muted">Kết thúc mọi phiên đăng nhập của bạn trên tất cả thiết bị, kể cả phiên này.</p>
          <form action={signOutEverywhereAction}>
            <button type="submit" className="rounded border border-red-300 px-4 py-2 text-sm font-semibold text-red-800 hover:bg-red-50">
              Đăng xuất khỏi mọi thiết bị
            </button>
          </form>
        </Card>
      )}
    </div>
  );
}
