"use client";

import { useState } from "react";
import { TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { createContentApiKeyAction } from "@/lib/content-api/actions";
import { DEFAULT_REQUESTS_PER_MINUTE } from "@/lib/content-api/schema";
import { NewKeyPanel } from "./new-key-panel";

/** Makes a key; the answer is the only time its secret exists outside a hash, so it is shown here until dismissed. */
export function CreateKeyForm({ apiBase }: { apiBase: string }) {
  const { state, formAction, pending, errors, value } = useActionForm(createContentApiKeyAction, {
    resetOnSuccess: true,
  });
  const [dismissed, setDismissed] = useState<string | null>(null);
  const created = state.result?.ok ? state.result.data : null;
  return (
    <>
      <form action={formAction} className="action-form" aria-labelledby="create-key-title" aria-busy={pending}>
        <h2 id="create-key-title">Create a key</h2>
        <TextField
          name="name"
          label="Name"
          required
          maxLength={80}
          autoComplete="off"
          hint="Who or what will use it, e.g. “Partner newsletter” or “Intranet news widget”."
          errors={errors("name")}
          defaultValue={value("name", "")}
        />
        <TextField
          name="requestsPerMinute"
          type="number"
          label="Requests per minute"
          required
          hint="More requests within a minute are answered with 429 until the minute is over. From 1 to 100,000."
          errors={errors("requestsPerMinute")}
          defaultValue={value("requestsPerMinute", DEFAULT_REQUESTS_PER_MINUTE)}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={pending}>
            {pending ? "Creating…" : "Create key"}
          </button>
          <FormStatus result={state.result && !state.result.ok ? state.result : null} />
        </div>
      </form>
      {created && created.id !== dismissed ? (
        <NewKeyPanel
          // A second key gets a panel of its own, which takes focus again.
          key={created.id}
          name={created.name}
          secret={created.secret}
          apiBase={apiBase}
          onDone={() => setDismissed(created.id)}
        />
      ) : null}
    </>
  );
}
