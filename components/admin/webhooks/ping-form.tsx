"use client";

import { useMemo } from "react";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { translator } from "@/lib/i18n";
import { pingWebhookAction } from "@/lib/webhooks/actions";

/** Queues a test message; its delivery shows up in the log once the worker has sent it. */
export function PingForm({ webhookId, name, language }: { webhookId: string; name: string; language: string }) {
  const t = useMemo(() => translator(language), [language]);
  const { state, formAction, pending } = useActionForm(pingWebhookAction);
  return (
    <form action={formAction} className="inline-action">
      <input type="hidden" name="webhookId" value={webhookId} />
      <button type="submit" className="button" disabled={pending} aria-label={t("webhooks.action.pingLabel", { name })}>
        {t("webhooks.action.ping")}
      </button>
      <FormStatus result={state.result} success={t("webhooks.action.pinged")} />
    </form>
  );
}
