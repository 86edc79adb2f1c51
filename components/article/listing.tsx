import { Pagination } from "@/components/ui/pagination";
import type { Translate } from "@/lib/i18n";
import { inInterface, type SiteInterface } from "@/lib/i18n/interface";
import type { Page, PublicPostSummary } from "@/lib/posts/dto";
import { PostList } from "./post-list";

/** The article list and pagination shared by section, tag and contributor pages. */
export function Listing({
  page,
  basePath,
  ui,
  empty,
  t,
}: {
  page: Page<PublicPostSummary>;
  /** The listing's bare address ("/sections/housing"). */
  basePath: string;
  ui: SiteInterface;
  empty: string;
  t: Translate;
}) {
  return (
    <>
      <PostList posts={page.items} ui={ui} empty={empty} />
      <Pagination
        basePath={inInterface(ui, basePath)}
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
