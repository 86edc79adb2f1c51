import { notFound } from "next/navigation";
import { Listing } from "@/components/article/listing";
import { translator } from "@/lib/i18n";
import { listPublishedPostsCached } from "@/lib/posts/cached";
import { getSiteSettingsCached } from "@/lib/settings/cached";
import { getSectionCached } from "@/lib/taxonomy/cached";
import { followRenamedPath } from "@/lib/http/renamed-path-redirect";

export async function SectionView({ slug, page }: { slug: string; page: number }) {
  const section = await getSectionCached(slug);
  if (!section) {
    await followRenamedPath(`/sections/${slug}`, page > 1 ? `/page/${page}` : "");
    notFound();
  }
  const [posts, settings] = await Promise.all([
    listPublishedPostsCached({ kind: "section", sectionId: section.id }, page),
    getSiteSettingsCached(),
  ]);
  if (page > 1 && posts.items.length === 0) notFound();
  const t = translator(settings.language);
  return (
    <>
      <header className="listing-header">
        <p className="type-label">{t("listing.section")}</p>
        <h1>{section.name}</h1>
        {section.description && <p className="standfirst">{section.description}</p>}
      </header>
      <Listing page={posts} basePath={`/sections/${section.slug}`} empty={t("listing.emptySection")} t={t} />
    </>
  );
}
