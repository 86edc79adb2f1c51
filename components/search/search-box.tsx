import type { Translate } from "@/lib/i18n";
import { inInterface, type SiteInterface } from "@/lib/i18n/interface";
import { MAX_QUERY_LENGTH } from "@/lib/search/schema";

/** The site header's search: a plain GET form to /search, so it works without JavaScript. */
export function SearchBox({ t, ui, defaultValue = "" }: { t: Translate; ui: SiteInterface; defaultValue?: string }) {
  return (
    <form
      role="search"
      aria-label={t("search.site")}
      action={inInterface(ui, "/search")}
      method="get"
      className="search-box"
    >
      <label htmlFor="site-search-q" className="visually-hidden">
        {t("search.label")}
      </label>
      <input id="site-search-q" type="search" name="q" defaultValue={defaultValue} maxLength={MAX_QUERY_LENGTH} />
      <button type="submit">{t("search.submit")}</button>
    </form>
  );
}
