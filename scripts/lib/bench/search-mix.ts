import { searchHref } from "../../../lib/search/schema";

// What the bench's `search` page requests: not one query over and over (a
// cache would make that free) but a mix of what readers type, each
// connection asking for them in turn. Words from the scale content's
// vocabulary (scripts/lib/content/scale/vocabulary.ts) and the demo
// articles: broad words that match half the archive, phrases, operators,
// Dutch words, typos the vocabulary corrects, typos it cannot (similar
// titles), words nothing matches, filters and later pages.

const QUERIES: readonly { q: string; type?: "OPINION" | "NEWS"; inSection?: true; page?: number }[] = [
  { q: "housing" },
  { q: "damp and mould" },
  { q: "heat pumps" },
  { q: "repairs", type: "OPINION" },
  { q: '"loft insulation"' },
  { q: "boiler schedule" },
  { q: "insulaton" },
  { q: "service charges", inSection: true },
  { q: "reparatieachterstand" },
  { q: "caretakr" },
  { q: "fire doors -winter" },
  { q: "housing", page: 2 },
  { q: "tenants panel" },
  { q: "warmtepompen" },
  { q: "Lviing" },
  { q: "solar panels or heat pump" },
  { q: "retrofitdiary" },
  { q: "regeneration", type: "NEWS" },
  { q: "xyzzy plugh" },
  { q: "arrears", page: 3 },
  { q: "sheltered housing" },
  { q: "damp", inSection: true, page: 2 },
  { q: "huurders" },
  { q: "window seals before the winter" },
];

/** The mix's paths, with the given section's slug where a query filters by section. */
export function searchMix(sectionSlug: string): string[] {
  return QUERIES.map(({ inSection, page, ...query }) =>
    searchHref({ ...query, ...(inSection ? { section: sectionSlug } : {}) }, page),
  );
}
