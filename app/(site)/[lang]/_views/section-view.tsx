import { notFound } from "next/navigation";
import { Listing } from "@/components/article/listing";
import { translator } from "@/lib/i18n";
import type { SiteInterface } from "@/lib/i18n/interface";
import { listPublishedPostsCached } from "@/lib/posts/cached";
import { getSectionCached } from "@/lib/taxonomy/cached";
import { followRenamedPath } from "@/lib/http/renamed-path-redirect";

export async function SectionView({ slug, page, ui }: { slug: string; page: number; ui: SiteInterface }) {
  const section = await getSectionCached(slug);
  if (!section) {
    await followRenamedPath(`/sections/${slug}`, ui, page > 1 ? `/page/${page}` : "");
    notFound();
  }
  const posts = await listPublishedPostsCached({ kind: "section", sectionId: section.id }, page);
  if (page > 1 && posts.items.length === 0) notFound();
  const t = translator(ui.language);
  return (
    <>
      <header className="listing-header">
        <p className="type-label">{t("listing.section")}</p>
        <h1>{section.name}</h1>
        {section.description && <p className="standfirst">{section.description}</p>}
      </header>
      <Listing page={posts} basePath={`/sections/${section.slug}`} ui={ui} empty={t("listing.emptySection")} t={t} />
    </>
  );
}
