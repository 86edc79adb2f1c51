import { notFound } from "next/navigation";
import { connection } from "next/server";
import { Listing } from "@/components/article/listing";
import { PostCard } from "@/components/article/post-card";
import { translator } from "@/lib/i18n";
import { loadListingPage } from "@/lib/posts/listing-page";
import { getSiteSettings } from "@/lib/settings/queries";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function HomePage({ searchParams }: Props) {
  await connection();
  const [page, settings] = await Promise.all([loadListingPage({ kind: "all" }, searchParams), getSiteSettings()]);
  if (!page) notFound();
  const t = translator(settings.language);
  // The newest piece leads the first page.
  const featured = page.page === 1 ? page.items[0] : undefined;
  const rest = featured ? page.items.slice(1) : page.items;
  return (
    <>
      <h1 className="visually-hidden">{settings.siteName}</h1>
      {featured && (
        <section aria-label={t("listing.featured")} className="featured">
          <PostCard post={featured} featured />
        </section>
      )}
      <section aria-labelledby="latest-title">
        <h2 id="latest-title" className="section-title">{t("listing.latest")}</h2>
        <Listing page={{ ...page, items: rest }} basePath="/" empty={featured ? "" : t("listing.empty")} t={t} />
      </section>
    </>
  );
}
