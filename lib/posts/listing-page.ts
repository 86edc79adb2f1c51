import "server-only";
import type { Page, PublicPostSummary } from "./dto";
import { listPublishedPosts, type ListingFilter } from "./queries";
import { pageParamSchema } from "./schema";

/**
 * A listing page's posts for the `?page=` a reader asked for. Null when the
 * page is past the end, so the route answers 404 rather than an empty page.
 */
export async function loadListingPage(
  filter: ListingFilter,
  searchParams: Promise<Record<string, string | string[] | undefined>>,
): Promise<Page<PublicPostSummary> | null> {
  const page = pageParamSchema.parse((await searchParams).page);
  const result = await listPublishedPosts(filter, page);
  return page > 1 && result.items.length === 0 ? null : result;
}
