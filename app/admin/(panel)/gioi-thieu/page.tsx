import Link from "next/link";
import { Card } from "@/components/admin/card";
import { getDb } from "@/db/index";
import { getStoredIntro } from "@/db/unit-info";
import { requirePermission } from "@/auth/guard";
import { maxUploadBytes } from "@/lib/media";
import { INTRO_SECTIONS } from "@/lib/unit-info";
import { IntroForm } from "./intro-form";
import { mediaChoices } from "./media-choices";

export const metadata = { title: "Giới thiệu" };

export default async function IntroAdminPage() {
  const actor = await requirePermission("unit.manage");
  const db = await getDb();
  const intro = await getStoredIntro(db, actor);
  const [map, landmarks] = await Promise.all([mediaChoices(db, actor, [intro.mapMediaId]), mediaChoices(db, actor, intro.landmarkMediaIds)]);
  return (
    <div className="flex max-w-5xl flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">Giới thiệu đơn vị</h1>
        <p className="text-sm text-muted">
          Nội dung trang <a className="text-brand-700 underline" href="/gioi-thieu">/gioi-thieu</a> và trang tiếng Anh <a className="text-brand-700 underline" href="/en">/en</a> (Nghị định 224/2026/NĐ-CP, Điều 9). Sơ đồ tổ chức được vẽ tự động từ{" "}
          <Link className="text-brand-700 underline" href="/admin/gioi-thieu/co-cau-to-chuc">cơ cấu tổ chức</Link>; lãnh đạo sửa ở trang <Link className="text-brand-700 underline" href="/admin/gioi-thieu/lanh-dao">Lãnh đạo</Link>.
        </p>
      </div>
      <Card>
        <IntroForm intro={intro} sections={INTRO_SECTIONS} map={map} landmarks={landmarks} maxUploadBytes={maxUploadBytes()} />
      </Card>
    </div>
  );
}
