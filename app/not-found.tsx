import { NotFoundMessage } from "@/components/site/not-found-message";

export const metadata = { title: "Không tìm thấy trang" };

/**
 * URLs no route matches outside the reader pages (those have a catch-all inside their
 * site's layout, with its chrome), e.g. /admin/khong-co. No site chrome here: this
 * boundary is rendered into every page's tree, where it may not read the request's host.
 */
export default function NotFound() {
  return (
    <main id="noi-dung" className="mx-auto w-full max-w-3xl flex-1 px-4 py-10">
      <NotFoundMessage />
    </main>
  );
}
