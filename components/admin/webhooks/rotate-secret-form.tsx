"use client";

import { useMemo, useState } from "react";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { translator } from "@/lib/i18n";
import { rotateWebhookSecretAction } from "@/lib/webhooks/actions";
import { SecretPanel } from "./secret-panel";

/** Replaces a hook's signing secret after a confirmation, then shows the new one once. */
export function RotateSecretForm({
  webhookId,
  name,
  language,
  timeZone,
}: {
  webhookId: string;
  name: string;
  language: string;
  timeZone: string;
}) {
  const t = useMemo(() => translator(language), [language]);
  const { state, formAction, pending } = useActionForm(rotateWebhookSecretAction);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const rotated = state.result?.ok ? state.result.data : null;
  const until = (iso: string) =>
    new Intl.DateTimeFormat(language, { dateStyle: "medium", timeStyle: "short", timeZone }).format(new Date(iso));
  return (
    <>
      <form action={formAction} className="inline-action">
        <input type="hidden" name="webhookId" value={webhookId} />
        <ConfirmButton
          label={t("webhooks.action.rotate")}
          accessibleLabel={t("webhooks.action.rotateLabel", { name })}
          prompt={t("webhooks.action.rotatePrompt", { name })}
          cancelLabel={t("comments.cancel")}
          danger={false}
          disabled={pending}
        />
        {state.result && !state.result.ok ? (
          <p className="form-status form-status-error" role="alert">
            {state.result.error.message}
          </p>
        ) : null}
      </form>
      {rotated && rotated.secret !== dismissed ? (
        <SecretPanel
          key={rotated.secret}
          title={t("webhooks.secret.rotatedTitle", { name: rotated.name })}
          secret={rotated.secret}
          note={t("webhooks.secret.rotatedNote", { until: until(rotated.previousValidUntil) })}
          t={t}
          onDone={() => setDismissed(rotated.secret)}
        />
      ) : null}
    </>
  );
}
