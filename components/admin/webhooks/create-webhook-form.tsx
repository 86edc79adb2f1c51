"use client";

import { useMemo, useState } from "react";
import { TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { translator } from "@/lib/i18n";
import { createWebhookAction } from "@/lib/webhooks/actions";
import { EventChoices } from "./event-choices";
import { SecretPanel } from "./secret-panel";

/** Adds a hook; the answer carries its signing secret, shown here until dismissed and never again. */
export function CreateWebhookForm({ language }: { language: string }) {
  const t = useMemo(() => translator(language), [language]);
  const { state, formAction, pending, errors, value } = useActionForm(createWebhookAction, { resetOnSuccess: true });
  const [dismissed, setDismissed] = useState<string | null>(null);
  const created = state.result?.ok ? state.result.data : null;
  return (
    <>
      <form action={formAction} className="action-form" aria-labelledby="create-webhook-title" aria-busy={pending}>
        <h2 id="create-webhook-title">{t("webhooks.create.title")}</h2>
        <TextField
          name="name"
          label={t("webhooks.create.name")}
          required
          maxLength={80}
          autoComplete="off"
          hint={t("webhooks.create.nameHint")}
          errors={errors("name")}
          defaultValue={value("name", "")}
        />
        <TextField
          name="url"
          type="url"
          label={t("webhooks.create.url")}
          required
          autoComplete="off"
          hint={t("webhooks.create.urlHint")}
          errors={errors("url")}
          defaultValue={value("url", "")}
        />
        {/* A new hook starts the next form with no events ticked. */}
        <EventChoices key={created?.id ?? "new"} t={t} errors={errors("events")} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={pending}>
            {pending ? t("webhooks.create.pending") : t("webhooks.create.submit")}
          </button>
          <FormStatus result={state.result && !state.result.ok ? state.result : null} />
        </div>
      </form>
      {created && created.id !== dismissed ? (
        <SecretPanel
          // A second hook gets a panel of its own, which takes focus again.
          key={created.id}
          title={t("webhooks.secret.newTitle", { name: created.name })}
          secret={created.secret}
          t={t}
          onDone={() => setDismissed(created.id)}
        />
      ) : null}
    </>
  );
}
