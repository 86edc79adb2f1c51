import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { Listing } from "@/components/article/listing";
import { translator } from "@/lib/i18n";
import { loadListingPage } from "@/lib/posts/listing-page";
import { getSiteSettings } from "@/lib/settings/queries";
import { getSection } from "@/lib/taxonomy/queries";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const section = await getSection((await params).slug);
  return section ? { title: section.name, description: section.description || undefined } : {};
}

export default async function SectionPage({ params, searchParams }: Props) {
  await connection();
  const section = await getSection((await params).slug);
  if (!section) notFound();
  const [page, settings] = await Promise.all([
    loadListingPage({ kind: "section", sectionId: section.id }, searchParams),
    getSiteSettings(),
  ]);
  if (!page) notFound();
  const t = translator(settings.language);
  return (
    <>
      <header className="listing-header">
        <p className="type-label">{t("listing.section")}</p>
        <h1>{section.name}</h1>
        {section.description && <p className="standfirst">{section.description}</p>}
      </header>
      <Listing page={page} basePath={`/sections/${section.slug}`} empty={t("listing.emptySection")} t={t} />
    </>
  );
}
