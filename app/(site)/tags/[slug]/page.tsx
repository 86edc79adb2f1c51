import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { Listing } from "@/components/article/listing";
import { translator } from "@/lib/i18n";
import { loadListingPage } from "@/lib/posts/listing-page";
import { getSiteSettings } from "@/lib/settings/queries";
import { getTag } from "@/lib/taxonomy/queries";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const tag = await getTag((await params).slug);
  return tag ? { title: tag.name } : {};
}

export default async function TagPage({ params, searchParams }: Props) {
  await connection();
  const tag = await getTag((await params).slug);
  if (!tag) notFound();
  const [page, settings] = await Promise.all([
    loadListingPage({ kind: "tag", tagId: tag.id }, searchParams),
    getSiteSettings(),
  ]);
  if (!page) notFound();
  const t = translator(settings.language);
  return (
    <>
      <header className="listing-header">
        <p className="type-label">{t("listing.tag")}</p>
        <h1>{tag.name}</h1>
      </header>
      <Listing page={page} basePath={`/tags/${tag.slug}`} empty={t("listing.emptyTag")} t={t} />
    </>
  );
}
