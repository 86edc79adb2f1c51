import { notFound } from "next/navigation";
import { ContactCard } from "@/components/article/contact-card";
import { Listing } from "@/components/article/listing";
import { getContributorCached } from "@/lib/contributors/cached";
import { translator } from "@/lib/i18n";
import type { SiteInterface } from "@/lib/i18n/interface";
import { listPublishedPostsCached } from "@/lib/posts/cached";
import { followRenamedPath } from "@/lib/http/renamed-path-redirect";

export async function ContributorView({ slug, page, ui }: { slug: string; page: number; ui: SiteInterface }) {
  const contributor = await getContributorCached(slug);
  if (!contributor) {
    await followRenamedPath(`/contributors/${slug}`, ui, page > 1 ? `/page/${page}` : "");
    notFound();
  }
  const posts = await listPublishedPostsCached({ kind: "contributor", contributorId: contributor.id }, page);
  if (page > 1 && posts.items.length === 0) notFound();
  const t = translator(ui.language);
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
        page={posts}
        basePath={`/contributors/${contributor.slug}`}
        ui={ui}
        empty={t("listing.emptyContributor", { name: contributor.name })}
        t={t}
      />
    </>
  );
}
