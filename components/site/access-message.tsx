import { RootPage } from "./root-page";

/**
 * The root's 403 and 401 pages (app/forbidden.tsx, app/unauthorized.tsx). Next renders both
 * into every page's payload (experimental.authInterrupts), so they are kept this small
 * instead of Next's English defaults with their inline styles (about 3 kB on each page).
 * The admin has its own 403 page (app/admin/forbidden.tsx).
 */
export function AccessMessage({ title, text }: { title: string; text: string }) {
  return (
    <RootPage>
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="mt-3">
        {text} <a href="/" className="text-brand-700 underline">Về trang chủ</a>
      </p>
    </RootPage>
  );
}
