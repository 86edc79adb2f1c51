import type { Metadata } from "next";
import { env } from "@/lib/env";
import { metadataInInterface, pageInterface, type LangParams } from "../../_views/site-interface";
import { listingMetadata } from "@/lib/seo/metadata";
import { notFound } from "next/navigation";
import { PostCard } from "@/components/article/post-card";
import { translator } from "@/lib/i18n";
import { followRenamedPath } from "@/lib/http/renamed-path-redirect";
import { getSeriesCached } from "@/lib/series/cached";
import { publishedLabel } from "@/lib/series/length";
import { listSeriesSlugs } from "@/lib/series/data/queries";
import { PRERENDERED, slugParams } from "../../_views/static-params";

// Unknown slugs must answer a real 404, so the first visit renders in full
// (blocking) before its result is cached for everyone after.
export const instant = false;

export async function generateStaticParams() {
  return slugParams(await listSeriesSlugs(PRERENDERED.series));
}

type Props = { params: Promise<LangParams & { slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const series = await getSeriesCached(slug);
  if (!series) return {};
  return metadataInInterface(params, (settings) =>
    listingMetadata(
      { kind: "series", name: series.title, slug, page: 1, language: series.language },
      settings,
      env().SITE_URL,
    ),
  );
}

export default async function SeriesPage({ params }: Props) {
  const [{ slug }, { ui }] = await Promise.all([params, pageInterface(params)]);
  const series = await getSeriesCached(slug);
  if (!series) {
    await followRenamedPath(`/series/${slug}`, ui);
    notFound();
  }
  const t = translator(series.language);
  const progress = publishedLabel(t, {
    plannedParts: series.plannedParts,
    parts: series.parts.map((part) => ({ position: part.position, published: part.post !== null })),
  });
  return (
    <div lang={series.language}>
      <header className="listing-header">
        <p className="type-label">{t("listing.series")}</p>
        <h1>{series.title}</h1>
        {/* Only the sanitizing Markdown pipeline's output. */}
        <div className="series-intro" dangerouslySetInnerHTML={{ __html: series.descriptionHtml }} />
        {progress && <p className="series-progress">{progress}</p>}
      </header>
      <h2 className="section-title">{t("listing.seriesParts")}</h2>
      <ol className="series-parts">
        {series.parts.map((part) => (
          <li key={part.position}>
            <p className="series-label">{t("series.part", { position: part.position })}</p>
            {part.post ? (
              <PostCard post={part.post} ui={ui} headingLevel={3} />
            ) : (
              <p className="series-forthcoming">{t("series.forthcoming")}</p>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
