import type { Metadata } from "next";
import Link from "next/link";
import { ContributorTable } from "@/components/admin/contributors/contributor-table";
import { ForbiddenNotice } from "@/components/admin/shell/forbidden-notice";
import { PageLinks } from "@/components/ui/page-links";
import { adminPage } from "@/lib/auth/page-viewer";
import { mayAttempt } from "@/lib/auth/permissions";
import { listContributorsForAdmin } from "@/lib/contributors/data/admin-queries";
import { contributorListSchema } from "@/lib/contributors/schema";
import "../manage.css";

export const instant = false;
export const metadata: Metadata = { title: "Contributors" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function contributorsHref(q: string, page: number): string {
  const query = new URLSearchParams();
  if (q) query.set("q", q);
  if (page > 1) query.set("page", String(page));
  const text = query.toString();
  return text ? `/admin/contributors?${text}` : "/admin/contributors";
}

export default async function ContributorsPage({ searchParams }: Props) {
  const params = await searchParams;
  const query = contributorListSchema.parse({ q: params.q, page: params.page });
  const { viewer, forbidden } = await adminPage("/admin/contributors", contributorsHref(query.q, query.page));
  if (forbidden) return <ForbiddenNotice what={forbidden} />;
  const manages = mayAttempt(viewer, "contributor:manage");
  const contributors = await listContributorsForAdmin(viewer, query);
  return (
    <div className="manage-page">
      <header className="admin-page-header">
        <h1>{manages ? "Contributors" : "Your profile"}</h1>
        {manages ? (
          <Link className="button button-primary" href="/admin/contributors/new">
            New contributor
          </Link>
        ) : null}
      </header>
      <p className="manage-intro">
        {manages
          ? "Everyone who can appear in a byline: staff with an account, and guest writers without one."
          : "The profile readers see in your bylines. You can edit your own; an editor manages everyone else's."}
      </p>
      {manages ? (
        <form
          className="manage-search"
          method="get"
          action="/admin/contributors"
          role="search"
          aria-label="Search contributors"
        >
          <div className="field">
            <label htmlFor="contributor-search">Name, organisation or slug contains</label>
            <input id="contributor-search" name="q" type="search" defaultValue={query.q} />
          </div>
          <button type="submit" className="button">
            Search
          </button>
        </form>
      ) : null}
      {contributors.items.length === 0 ? (
        <p className="empty-state">
          {!manages ? (
            "Your account has no contributor profile yet. Ask an editor to create one and link it to your account."
          ) : query.q ? (
            <>
              No contributors match “{query.q}”. <Link href="/admin/contributors">Show everyone</Link>.
            </>
          ) : query.page > 1 ? (
            <>
              There are no more contributors. <Link href="/admin/contributors">Back to the first page</Link>.
            </>
          ) : (
            <>
              No contributors yet. <Link href="/admin/contributors/new">Add the first one</Link>.
            </>
          )}
        </p>
      ) : (
        <>
          <ContributorTable contributors={contributors.items} />
          <PageLinks
            label="Pages of contributors"
            page={contributors.page}
            hasNext={contributors.hasNext}
            href={(n) => contributorsHref(query.q, n)}
          />
        </>
      )}
    </div>
  );
}
