import type { FormFieldSpec } from "@/components/ui/action-form";
import type { AdminSeries } from "@/lib/series/dto";
import type { AdminSection, AdminTag } from "@/lib/taxonomy/dto";

// The section, tag and series forms as field lists, shared by the "add" form
// (no record) and each row's edit form (the record's current values).

const SLUG_HINT =
  "The last part of the page's address. Leave empty to make one from the name. Changing it keeps old links working.";

export function sectionFields(section?: AdminSection): FormFieldSpec[] {
  return [
    { kind: "text", name: "name", label: "Name", required: true, maxLength: 80, defaultValue: section?.name },
    { kind: "text", name: "slug", label: "Slug", hint: SLUG_HINT, maxLength: 80, defaultValue: section?.slug },
    {
      kind: "textarea",
      name: "description",
      label: "Description",
      hint: "One or two sentences shown under the section's title.",
      rows: 2,
      maxLength: 300,
      defaultValue: section?.description,
    },
  ];
}

export function tagFields(tag?: AdminTag): FormFieldSpec[] {
  return [
    { kind: "text", name: "name", label: "Name", required: true, maxLength: 80, defaultValue: tag?.name },
    { kind: "text", name: "slug", label: "Slug", hint: SLUG_HINT, maxLength: 80, defaultValue: tag?.slug },
  ];
}

export function seriesFields(series?: AdminSeries): FormFieldSpec[] {
  return [
    { kind: "text", name: "title", label: "Title", required: true, maxLength: 80, defaultValue: series?.title },
    {
      kind: "text",
      name: "slug",
      label: "Slug",
      hint: SLUG_HINT.replace("the name", "the title"),
      maxLength: 80,
      defaultValue: series?.slug,
    },
    {
      kind: "textarea",
      name: "description",
      label: "Introduction",
      rows: 5,
      maxLength: 5_000,
      defaultValue: series?.description,
      hint: "Shown at the top of the series page. Markdown: **bold**, _italic_, [links](https://example.org).",
    },
    {
      kind: "select",
      name: "language",
      label: "Language",
      required: true,
      defaultValue: series?.language ?? "en-GB",
      options: [
        { value: "en-GB", label: "English" },
        { value: "nl-NL", label: "Dutch" },
      ],
    },
    {
      kind: "number",
      name: "plannedParts",
      label: "Planned number of parts",
      defaultValue: series?.plannedParts,
      hint: "Articles then read “Part 1 of 6” and the series page “2 of 6 parts published”. Leave empty while the series is open-ended.",
    },
  ];
}
