import { Pagination } from "@/components/ui/pagination";
import type { Translate } from "@/lib/i18n";
import type { Page, PublicPostSummary } from "@/lib/posts/dto";
import { PostList } from "./post-list";

/** The article list and pagination shared by section, tag and contributor pages. */
export function Listing({
  page,
  basePath,
  empty,
  t,
}: {
  page: Page<PublicPostSummary>;
  basePath: string;
  empty: string;
  t: Translate;
}) {
  return (
    <>
      <PostList posts={page.items} empty={empty} />
      <Pagination
        basePath={basePath}
        page={page.page}
        hasNext={page.hasNext}
        labels={{
          nav: t("pagination.label"),
          previous: t("pagination.previous"),
          next: t("pagination.next"),
          current: t("pagination.page", { page: page.page }),
        }}
      />
    </>
  );
}
