"use client";

import { useSelectedLayoutSegments } from "next/navigation";
import { useSyncExternalStore } from "react";
import { inInterface, type SiteInterface } from "@/lib/i18n/interface";
import { searchKeyFromSegment } from "@/lib/search/route-key";

const noSubscription = () => () => {};

/**
 * The page's address inside its interface, from the route below the public
 * layout: known while rendering on the server, so the link works without
 * JavaScript. A listing's later pages are routed as /…/page/N but read ?page=N,
 * and a cached search as /search/<key> (lib/search/address.ts) but reads /search?<key>.
 */
function pathFromSegments(segments: string[]): string {
  const n = segments.length;
  if (n === 2 && segments[0] === "search") {
    const key = searchKeyFromSegment(segments[1]!);
    return key ? `/search?${key}` : "/search";
  }
  if (n >= 2 && segments[n - 2] === "page" && /^\d+$/.test(segments[n - 1]!)) {
    return `/${segments.slice(0, -2).join("/")}?page=${segments[n - 1]}`;
  }
  return `/${segments.join("/")}`;
}

/** Links to the same page in each other language the site offers, each named in its own language. */
export function LanguageSwitch({ others, label }: { others: (SiteInterface & { name: string })[]; label: string }) {
  const path = pathFromSegments(useSelectedLayoutSegments());
  // A search's query is not part of the route: added once the browser can read it.
  const query = useSyncExternalStore(
    noSubscription,
    () => window.location.search,
    () => "",
  );
  const here = query && !path.includes("?") ? path + query : path;
  return (
    <nav className="language-switch" aria-label={label}>
      <ul>
        {others.map((other) => (
          <li key={other.prefix}>
            <a href={inInterface(other, here)} hrefLang={other.language} lang={other.language}>
              {other.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
