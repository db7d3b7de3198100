import { Card } from "@/components/admin/card";
import { getDb } from "@/db/index";
import { getStoredSiteSettings } from "@/db/settings";
import { requirePermission } from "@/auth/guard";
import { SettingsForm } from "./settings-form";

export const metadata = { title: "Cài đặt" };

export default async function SettingsPage() {
  const actor = await requirePermission("settings.edit");
  const settings = await getStoredSiteSettings(await getDb(), actor);
  return (
    <div className="flex max-w-4xl flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">Cài đặt cổng thông tin</h1>
        <p className="text-sm text-muted">Thông tin hiện ở đầu trang, chân trang và cột bên của trang công khai.</p>
      </div>
      <Card>
        <SettingsForm
          settings={{
            ...settings,
            weatherCities: settings.weatherCities.map((c) => ({ name: c.name, latitude: String(c.latitude), longitude: String(c.longitude) })),
          }}
        />
      </Card>
    </div>
  );
}
