import { notFound } from "next/navigation";
import { Listing } from "@/components/article/listing";
import { PostCard } from "@/components/article/post-card";
import { translator } from "@/lib/i18n";
import type { SiteInterface } from "@/lib/i18n/interface";
import { listPublishedPostsCached } from "@/lib/posts/cached";
import { env } from "@/lib/env";
import { websiteJsonLd } from "@/lib/seo/json-ld";
import { JsonLd } from "@/components/seo/json-ld";
import { getSiteSettingsCached } from "@/lib/settings/cached";

export async function HomeView({ page, ui }: { page: number; ui: SiteInterface }) {
  const [posts, settings] = await Promise.all([
    listPublishedPostsCached({ kind: "all" }, page),
    getSiteSettingsCached(),
  ]);
  if (page > 1 && posts.items.length === 0) notFound();
  const t = translator(ui.language);
  // The newest piece leads the first page.
  const featured = page === 1 ? posts.items[0] : undefined;
  const rest = featured ? posts.items.slice(1) : posts.items;
  return (
    <>
      {page === 1 && <JsonLd data={websiteJsonLd(settings, env().SITE_URL)} />}
      <h1 className="visually-hidden">{settings.siteName}</h1>
      {featured && (
        <section aria-label={t("listing.featured")} className="featured">
          <PostCard post={featured} ui={ui} featured />
        </section>
      )}
      <section aria-labelledby="latest-title">
        <h2 id="latest-title" className="section-title">
          {t("listing.latest")}
        </h2>
        <Listing
          page={{ ...posts, items: rest }}
          basePath="/"
          ui={ui}
          empty={featured ? "" : t("listing.empty")}
          t={t}
        />
      </section>
    </>
  );
}
