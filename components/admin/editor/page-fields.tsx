"use client";

import type { ContributorOption } from "@/lib/posts/dto";
import { PAGE_TEMPLATES } from "@/lib/posts/editor-schema";
import { describedBy } from "@/components/ui/described-by";
import { Field } from "./field";

type Template = (typeof PAGE_TEMPLATES)[number];

const TEMPLATE_LABELS: Record<Template, string> = {
  PLAIN: "Plain: the text only",
  CONTACT: "With a contact block under the text",
};

/** A standalone page's layout, and whom its contact block names. */
export function PageFields({
  template,
  contactId,
  contributors,
  errorsOf,
  onChange,
}: {
  template: Template;
  contactId: string | null;
  contributors: ContributorOption[];
  errorsOf: (name: string) => string[];
  onChange: (patch: { template?: Template; contactId?: string | null }) => void;
}) {
  const offering = contributors.filter((c) => c.offersContact || c.id === contactId);
  return (
    <fieldset className="field-group">
      <legend>Page layout</legend>
      <Field id="page-template" label="Template" errors={errorsOf("template")}>
        <select
          {...describedBy("page-template", { errors: errorsOf("template") })}
          value={template}
          onChange={(e) => onChange({ template: e.currentTarget.value as Template })}
        >
          {PAGE_TEMPLATES.map((t) => (
            <option key={t} value={t}>
              {TEMPLATE_LABELS[t]}
            </option>
          ))}
        </select>
      </Field>
      {template === "CONTACT" ? (
        <Field
          id="page-contact"
          label="Contact"
          hint="The block shows their name, role, email and phone. Only contributors whose profile offers contact details are listed."
          errors={errorsOf("contactId")}
        >
          <select
            {...describedBy("page-contact", { hint: true, errors: errorsOf("contactId") })}
            value={contactId ?? ""}
            onChange={(e) => onChange({ contactId: e.currentTarget.value || null })}
          >
            <option value="">Choose a contributor</option>
            {offering.map((c) => (
              <option key={c.id} value={c.id}>
                {c.jobTitle ? `${c.name} (${c.jobTitle})` : c.name}
              </option>
            ))}
          </select>
        </Field>
      ) : null}
    </fieldset>
  );
}
