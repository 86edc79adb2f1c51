import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ContactCard } from "@/components/article/contact-card";
import { Listing } from "@/components/article/listing";
import { getContributor } from "@/lib/contributors/queries";
import { translator } from "@/lib/i18n";
import { loadListingPage } from "@/lib/posts/listing-page";
import { getSiteSettings } from "@/lib/settings/queries";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const c = await getContributor((await params).slug);
  return c ? { title: c.name, description: [c.jobTitle, c.organisation].filter(Boolean).join(", ") || undefined } : {};
}

export default async function ContributorPage({ params, searchParams }: Props) {
  await connection();
  const contributor = await getContributor((await params).slug);
  if (!contributor) notFound();
  const [page, settings] = await Promise.all([
    loadListingPage({ kind: "contributor", contributorId: contributor.id }, searchParams),
    getSiteSettings(),
  ]);
  if (!page) notFound();
  const t = translator(settings.language);
  const role = [contributor.jobTitle, contributor.organisation].filter(Boolean).join(", ");
  return (
    <>
      <header className="contributor-header">
        {contributor.photoUrl && (
          // eslint-disable-next-line @next/next/no-img-element -- small local portrait
          <img className="contributor-photo" src={contributor.photoUrl} alt="" width={160} height={160} />
        )}
        <div>
          <h1>{contributor.name}</h1>
          {role && <p className="contributor-role">{role}</p>}
          {/* Only the sanitizing Markdown pipeline's output (bio profile). */}
          <div className="contributor-bio" dangerouslySetInnerHTML={{ __html: contributor.bioHtml }} />
        </div>
      </header>
      {contributor.contact && (
        <ContactCard contact={{ name: contributor.name, slug: contributor.slug, ...contributor.contact }} t={t} />
      )}
      <h2 className="section-title">{t("listing.articlesBy", { name: contributor.name })}</h2>
      <Listing
        page={page}
        basePath={`/contributors/${contributor.slug}`}
        empty={t("listing.emptyContributor", { name: contributor.name })}
        t={t}
      />
    </>
  );
}
