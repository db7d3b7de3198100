import type { Suspension } from "@/lib/site-pages";
import { suspensionVisible, suspensionWindow } from "@/lib/site-pages";
import { HideAfter } from "./hide-after";

/**
 * The planned-suspension notice (NĐ 224/2026 Điều 13) on every page of the site, from
 * when an admin saves it (saving expires the site's chrome, so the next request shows
 * it) until the window ends. Its wording states the window, so a cached copy is right
 * before and during it; at the end a tiny island hides it at the exact minute, and the
 * next render (pages revalidate within 5 minutes) leaves it out for readers without
 * JavaScript.
 */
export function SuspensionBanner({ suspension, portalName, now = new Date() }: { suspension: Suspension | null; portalName: string; now?: Date }) {
  if (!suspensionVisible(suspension, now)) return null;
  return (
    <HideAfter at={suspension.endsAt}>
      <div role="region" aria-label="Thông báo tạm ngừng hoạt động" className="border-b-2 border-amber-500 bg-amber-50 px-4 py-3 text-amber-950" data-testid="suspension-banner">
        <p className="mx-auto max-w-6xl text-sm">
          <strong>Thông báo tạm ngừng hoạt động:</strong> {portalName} tạm ngừng cung cấp thông tin {suspensionWindow(suspension)}. {suspension.message}
        </p>
      </div>
    </HideAfter>
  );
}
