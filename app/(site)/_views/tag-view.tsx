import { notFound } from "next/navigation";
import { Listing } from "@/components/article/listing";
import { translator } from "@/lib/i18n";
import { listPublishedPostsCached } from "@/lib/posts/cached";
import { getSiteSettingsCached } from "@/lib/settings/cached";
import { getTagCached } from "@/lib/taxonomy/cached";
import { followRenamedPath } from "@/lib/http/renamed-path-redirect";

export async function TagView({ slug, page }: { slug: string; page: number }) {
  const tag = await getTagCached(slug);
  if (!tag) {
    await followRenamedPath(`/tags/${slug}`, page > 1 ? `/page/${page}` : "");
    notFound();
  }
  const [posts, settings] = await Promise.all([
    listPublishedPostsCached({ kind: "tag", tagId: tag.id }, page),
    getSiteSettingsCached(),
  ]);
  if (page > 1 && posts.items.length === 0) notFound();
  const t = translator(settings.language);
  return (
    <>
      <header className="listing-header">
        <p className="type-label">{t("listing.tag")}</p>
        <h1>{tag.name}</h1>
      </header>
      <Listing page={posts} basePath={`/tags/${tag.slug}`} empty={t("listing.emptyTag")} t={t} />
    </>
  );
}
