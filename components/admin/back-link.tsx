import Link from "next/link";

/** "← Văn bản" above an admin page's heading: the way back to the list it belongs to. */
export function BackLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <p className="text-sm">
      <Link href={href} className="text-brand-700 hover:underline">
        ← {children}
      </Link>
    </p>
  );
}
