import { Card } from "@/components/admin/card";
import { getDb } from "@/db/index";
import { listLeadersForAdmin, listUnitsForAdmin } from "@/db/unit-info";
import { requirePermission } from "@/auth/guard";
import { maxUploadBytes } from "@/lib/media";
import { mediaChoices } from "../media-choices";
import { LeaderForm, LeaderRowCommands } from "./leader-forms";

export const metadata = { title: "Lãnh đạo" };

export default async function LeadersAdminPage() {
  const actor = await requirePermission("unit.manage");
  const db = await getDb();
  const [leaders, units] = await Promise.all([listLeadersForAdmin(db, actor), listUnitsForAdmin(db, actor)]);
  const photos = await mediaChoices(db, actor, [...new Set(leaders.map((l) => l.photoMediaId))]);
  const photoOf = (id: number | null) => photos.filter((p) => p.id === id);
  const unitOptions = units.map((u) => ({ id: u.id, name: u.name }));
  const bytes = maxUploadBytes();
  const groups = [
    { title: "Lãnh đạo đương nhiệm", rows: leaders.filter((l) => l.current) },
    { title: "Lãnh đạo qua các thời kỳ (lưu trữ)", rows: leaders.filter((l) => !l.current) },
  ];
  return (
    <div className="flex max-w-5xl flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">Lãnh đạo</h1>
        <p className="text-sm text-muted">
          Hiện ở <a className="text-brand-700 underline" href="/gioi-thieu/lanh-dao">/gioi-thieu/lanh-dao</a>, <a className="text-brand-700 underline" href="/danh-ba">/danh-ba</a> và <a className="text-brand-700 underline" href="/en">/en</a> theo thứ tự dưới đây. Bỏ chọn “Đương nhiệm” để chuyển vào danh sách lưu trữ.
        </p>
      </div>
      {groups.map((group) => (
        <Card key={group.title} title={group.title}>
          {group.rows.length === 0 && <p className="text-sm text-muted">Chưa có ai.</p>}
          <ol className="divide-y divide-stone-200" aria-label={group.title}>
            {group.rows.map((leader, index) => (
              <li key={leader.id} className="flex flex-col gap-2 py-3" data-testid="admin-leader">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <p>
                    <span className="font-semibold">{leader.name}</span> · {leader.title}
                  </p>
                  <LeaderRowCommands id={leader.id} name={leader.name} first={index === 0} last={index === group.rows.length - 1} />
                </div>
                <details>
                  <summary className="cursor-pointer text-sm font-semibold text-brand-700">Sửa thông tin {leader.name}</summary>
                  <div className="mt-3">
                    <LeaderForm leader={leader} photo={photoOf(leader.photoMediaId)} units={unitOptions} maxUploadBytes={bytes} />
                  </div>
                </details>
              </li>
            ))}
          </ol>
        </Card>
      ))}
      <Card title="Thêm lãnh đạo">
        <LeaderForm leader={null} photo={[]} units={unitOptions} maxUploadBytes={bytes} />
      </Card>
    </div>
  );
}
