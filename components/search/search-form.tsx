import type { Translate } from "@/lib/i18n";
import { inInterface, type SiteInterface } from "@/lib/i18n/interface";
import type { SearchFilterOptions, SearchQuery } from "@/lib/search/dto";
import { MAX_QUERY_LENGTH, POST_TYPES } from "@/lib/search/schema";

/** The search page's form: words, then optional filters, submitted as a GET to /search. */
export function SearchForm({
  query,
  options,
  t,
  ui,
}: {
  query: SearchQuery;
  options: SearchFilterOptions;
  t: Translate;
  ui: SiteInterface;
}) {
  return (
    <form
      role="search"
      aria-label={t("search.title")}
      action={inInterface(ui, "/search")}
      method="get"
      className="search-form"
    >
      <p className="search-field">
        <label htmlFor="search-q">{t("search.label")}</label>
        <input id="search-q" type="search" name="q" defaultValue={query.q} maxLength={MAX_QUERY_LENGTH} />
      </p>
      <fieldset className="search-filters">
        <legend>{t("search.filters")}</legend>
        <FilterSelect
          id="search-section"
          name="section"
          label={t("search.section")}
          value={query.section}
          any={t("search.anySection")}
          choices={options.sections.map((s) => ({ value: s.slug, label: s.name }))}
        />
        <FilterSelect
          id="search-type"
          name="type"
          label={t("search.type")}
          value={query.type}
          any={t("search.anyType")}
          choices={POST_TYPES.map((type) => ({ value: type, label: t(`type.${type}`) }))}
        />
        <FilterSelect
          id="search-contributor"
          name="contributor"
          label={t("search.contributor")}
          value={query.contributor}
          any={t("search.anyContributor")}
          choices={options.contributors.map((c) => ({ value: c.slug, label: c.name }))}
        />
      </fieldset>
      <button type="submit">{t("search.submit")}</button>
    </form>
  );
}

function FilterSelect({
  id,
  name,
  label,
  value,
  any,
  choices,
}: {
  id: string;
  name: string;
  label: string;
  value: string | undefined;
  any: string;
  choices: { value: string; label: string }[];
}) {
  return (
    <p className="search-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ""}>
        <option value="">{any}</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </p>
  );
}
