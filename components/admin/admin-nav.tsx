"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export type NavItem = { href: string; label: string };

export function AdminNav({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  // The longest matching item wins (/admin/gioi-thieu/lanh-dao is not also "Giới thiệu").
  const current = items.filter((i) => (i.href === "/admin" ? pathname === "/admin" : pathname.startsWith(i.href))).sort((a, b) => b.href.length - a.href.length)[0]?.href;
  return (
    <nav aria-label="Quản trị">
      <ul className="flex gap-1 overflow-x-auto md:flex-col">
        {items.map((item) => {
          const active = item.href === current;
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={active ? "page" : undefined}
                className={`block whitespace-nowrap rounded px-3 py-2 text-sm font-medium ${active ? "bg-brand-600 text-white" : "text-stone-200 hover:bg-white/10"}`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
