"use client";

import { TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { setAccentColorAction } from "@/lib/branding/actions";

/** The accent colour as hex, with a sample of links and buttons in the colour now in use. */
export function AccentForm({ current, defaultColour }: { current: string | null; defaultColour: string }) {
  const { state, formAction, pending, errors, value } = useActionForm(setAccentColorAction);
  const inUse = current ?? defaultColour;
  return (
    <section aria-labelledby="branding-accent-title" className="branding-item">
      <h2 id="branding-accent-title">Accent colour</h2>
      <p className="branding-swatch">
        <span className="branding-swatch-chip" style={{ background: inUse }} aria-hidden="true" />
        In use: <code>{inUse}</code>
        {current ? null : " (the default)"}
      </p>
      <form action={formAction} className="action-form" aria-busy={pending}>
        <TextField
          name="accentColor"
          label="Accent colour (hex)"
          hint="Links and buttons use it, with white text on buttons, so it must contrast at least 4.5:1 with white (WCAG 2.2 AA). Enter # and six hex digits, e.g. #0a5a9c; leave empty for the default."
          errors={errors("accentColor")}
          defaultValue={value("accentColor", current ?? "")}
          maxLength={7}
          autoComplete="off"
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={pending}>
            {pending ? "Saving…" : "Save accent colour"}
          </button>
          <FormStatus result={state.result} success="Accent colour saved." />
        </div>
      </form>
    </section>
  );
}
