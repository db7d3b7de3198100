import { NotFoundMessage } from "@/components/site/not-found-message";
import { SiteChrome } from "@/components/site/site-chrome";

export const metadata = { title: "Không tìm thấy trang" };

/** URLs no route matches: outside the (site) layout, so the chrome is added here. */
export default function NotFound() {
  return (
    <SiteChrome>
      <NotFoundMessage />
    </SiteChrome>
  );
}
