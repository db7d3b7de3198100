/**
 * The frame of the root's own pages (app/not-found.tsx, app/forbidden.tsx,
 * app/unauthorized.tsx): no site chrome, since these boundaries are rendered into every
 * page's tree, where they may not read the request's host.
 */
export function RootPage({ children }: { children: React.ReactNode }) {
  return (
    <main id="noi-dung" className="mx-auto w-full max-w-3xl flex-1 px-4 py-10">
      {children}
    </main>
  );
}
