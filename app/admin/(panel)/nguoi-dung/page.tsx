import { Card } from "@/components/admin/card";
import { getDb } from "@/db/index";
import { listUsers } from "@/db/users";
import { formatDateTime } from "@/lib/format";
import { requirePermission } from "@/auth/guard";
import { ROLE_LABELS } from "@/lib/auth/policy";
import { CreateUserForm, UserRowActions } from "./user-forms";

export const metadata = { title: "Người dùng" };

export default async function UsersPage() {
  const admin = await requirePermission("users.manage");
  const users = await listUsers(await getDb(), admin);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">Người dùng</h1>
      <Card title="Thêm người vào trang này">
        <CreateUserForm />
      </Card>
      <Card title={`Người làm việc trên trang này (${users.length})`}>
        <ul className="divide-y divide-stone-200">
          {users.map((u) => (
            <li key={u.id} className="grid gap-3 py-4 lg:grid-cols-[1fr_1.4fr]" aria-label={u.email}>
              <div>
                <p className="font-semibold">
                  {u.name} {u.id === admin.id && <span className="text-xs font-normal text-muted">(bạn)</span>}
                </p>
                <p className="text-sm">{u.email}</p>
                <p className="mt-1 flex flex-wrap gap-1.5 text-xs">
                  <span className="rounded bg-stone-100 px-2 py-0.5">{ROLE_LABELS[u.role]}</span>
                  {u.disabled ? <span className="rounded bg-red-100 px-2 py-0.5 text-red-800">Đã khóa</span> : <span className="rounded bg-green-100 px-2 py-0.5 text-green-800">Đang hoạt động</span>}
                  {u.mustChangePassword && <span className="rounded bg-amber-100 px-2 py-0.5 text-amber-900">Chờ đổi mật khẩu</span>}
                  {u.otherSites > 0 && <span className="rounded bg-sky-100 px-2 py-0.5 text-sky-900">Còn làm việc ở {u.otherSites} trang khác</span>}
                </p>
                <p className="mt-1 text-xs text-muted">Đăng nhập gần nhất: {u.lastSignInAt ? formatDateTime(u.lastSignInAt) : "chưa"}</p>
              </div>
              <UserRowActions user={u} />
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
