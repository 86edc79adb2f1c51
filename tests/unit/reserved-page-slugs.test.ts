import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LANGUAGE_PREFIXES } from "../../lib/i18n/interface";
import { isReservedPageSlug, RESERVED_PAGE_SLUGS } from "../../lib/pages/reserved-slugs";
import { SLUG_PATTERN } from "../../lib/text/slug";

// A page lives at /<slug>, beside the site's own routes: every top-level
// route and public file that a slug could spell must be reserved.

/** The first path segment of every route in app/, route groups ("(site)") and the interface segment ("[lang]") looked through. */
function topLevelSegments(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (!entry.isDirectory()) return [];
    if (/^\(.*\)$/.test(entry.name) || entry.name === "[lang]") return topLevelSegments(`${dir}/${entry.name}`);
    return [entry.name];
  });
}

describe("reserved page slugs", () => {
  it("cover every top-level route and public folder a slug could spell", () => {
    const names = [...topLevelSegments("app"), ...readdirSync("public")]
      // Dynamic segments, private folders and dotted names (feed.xml) can never be a slug.
      .filter((name) => !name.startsWith("[") && !name.startsWith("_"))
      .map((name) => name.replace(/\.[a-z]+$/, ""))
      .filter((name) => SLUG_PATTERN.test(name));
    const missing = names.filter((name) => !isReservedPageSlug(name));
    expect(missing).toEqual([]);
  });

  it("cover every language prefix a second interface answers under (/nl/…)", () => {
    expect(LANGUAGE_PREFIXES.filter((prefix) => !isReservedPageSlug(prefix))).toEqual([]);
  });

  it("leave ordinary page addresses free", () => {
    for (const slug of ["about", "privacy", "accessibility", "contact", "jobs"]) {
      expect(isReservedPageSlug(slug), slug).toBe(false);
    }
  });

  it("are all well-formed slugs, so the check is never dead", () => {
    expect(RESERVED_PAGE_SLUGS.every((s) => SLUG_PATTERN.test(s))).toBe(true);
  });
});
