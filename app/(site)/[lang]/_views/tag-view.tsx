import { notFound } from "next/navigation";
import { Listing } from "@/components/article/listing";
import { translator } from "@/lib/i18n";
import type { SiteInterface } from "@/lib/i18n/interface";
import { listPublishedPostsCached } from "@/lib/posts/cached";
import { getTagCached } from "@/lib/taxonomy/cached";
import { followRenamedPath } from "@/lib/http/renamed-path-redirect";

export async function TagView({ slug, page, ui }: { slug: string; page: number; ui: SiteInterface }) {
  const tag = await getTagCached(slug);
  if (!tag) {
    await followRenamedPath(`/tags/${slug}`, ui, page > 1 ? `/page/${page}` : "");
    notFound();
  }
  const posts = await listPublishedPostsCached({ kind: "tag", tagId: tag.id }, page);
  if (page > 1 && posts.items.length === 0) notFound();
  const t = translator(ui.language);
  return (
    <>
      <header className="listing-header">
        <p className="type-label">{t("listing.tag")}</p>
        <h1>{tag.name}</h1>
      </header>
      <Listing page={posts} basePath={`/tags/${tag.slug}`} ui={ui} empty={t("listing.emptyTag")} t={t} />
    </>
  );
}
