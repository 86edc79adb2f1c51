"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { activeNavHref, type AdminNavItem } from "@/lib/auth/admin-pages";

/** The admin sections this viewer may use, with the current one marked for assistive technology. */
export function AdminNav({ items }: { items: AdminNavItem[] }) {
  const current = activeNavHref(items, usePathname());
  return (
    <nav className="admin-nav" aria-label="Admin">
      <ul>
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} aria-current={item.href === current ? "page" : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
