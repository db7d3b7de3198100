import { NotFoundMessage } from "@/components/site/not-found-message";
import { RootPage } from "@/components/site/root-page";

export const metadata = { title: "Không tìm thấy trang" };

/**
 * URLs no route matches outside the reader pages (those have a catch-all inside their
 * site's layout, with its chrome), e.g. /admin/khong-co.
 */
export default function NotFound() {
  return (
    <RootPage>
      <NotFoundMessage />
    </RootPage>
  );
}
