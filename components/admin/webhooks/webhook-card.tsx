import { InlineAction } from "@/components/ui/inline-action";
import type { Translate } from "@/lib/i18n";
import { deleteWebhookAction, setWebhookEnabledAction } from "@/lib/webhooks/actions";
import type { WebhookRow } from "@/lib/webhooks/dto";
import { DeliveryLog } from "./delivery-log";
import { PingForm } from "./ping-form";
import { RotateSecretForm } from "./rotate-secret-form";

/** One hook: where it sends, what, whether it is on (and why not), its actions and its recent deliveries. */
export function WebhookCard({
  hook,
  t,
  language,
  timeZone,
  formatTime,
}: {
  hook: WebhookRow;
  t: Translate;
  language: string;
  timeZone: string;
  formatTime: (iso: string) => string;
}) {
  const titleId = `webhook-${hook.id}-title`;
  const toggle = hook.enabled ? t("webhooks.action.disable") : t("webhooks.action.enable");
  const created = formatTime(hook.createdAt);
  return (
    <article className="webhook-card" aria-labelledby={titleId}>
      <header className="webhook-card-header">
        <h3 id={titleId}>{hook.name}</h3>
        <span className={hook.enabled ? "badge" : "badge badge-failed"}>
          {hook.enabled ? t("webhooks.hook.on") : t("webhooks.hook.off")}
        </span>
      </header>
      <p className="webhook-url">
        <code>{hook.url}</code>
      </p>
      {hook.disabledReason === "failures" && hook.disabledAt ? (
        <p className="notice notice-warning" role="note">
          {t("webhooks.hook.offByFailures", { date: formatTime(hook.disabledAt) })}
        </p>
      ) : null}
      {hook.enabled && hook.consecutiveFailures > 0 ? (
        <p className="notice notice-warning" role="note">
          {t("webhooks.hook.failing", { count: hook.consecutiveFailures })}
        </p>
      ) : null}
      <p className="table-note">
        {t("webhooks.hook.events")}:{" "}
        {hook.events.map((event, index) => (
          <span key={event}>
            {index > 0 ? ", " : null}
            <code>{event}</code>
          </span>
        ))}
      </p>
      <p className="table-note">
        {hook.createdByName
          ? t("webhooks.hook.createdBy", { date: created, name: hook.createdByName })
          : t("webhooks.hook.created", { date: created })}
      </p>
      <div className="webhook-actions">
        <PingForm webhookId={hook.id} name={hook.name} language={language} />
        <InlineAction
          action={setWebhookEnabledAction}
          hidden={{ webhookId: hook.id, enabled: String(!hook.enabled) }}
          label={toggle}
          accessibleLabel={t("webhooks.action.toggleLabel", { action: toggle, name: hook.name })}
        />
        <RotateSecretForm webhookId={hook.id} name={hook.name} language={language} timeZone={timeZone} />
        <InlineAction
          action={deleteWebhookAction}
          hidden={{ webhookId: hook.id }}
          label={t("webhooks.action.delete")}
          accessibleLabel={t("webhooks.action.deleteLabel", { name: hook.name })}
          confirm={{
            prompt: t("webhooks.action.deletePrompt", { name: hook.name }),
            confirmLabel: t("webhooks.action.delete"),
            cancelLabel: t("comments.cancel"),
          }}
        />
      </div>
      <h4>{t("webhooks.log.title")}</h4>
      <DeliveryLog name={hook.name} deliveries={hook.deliveries} t={t} formatTime={formatTime} />
    </article>
  );
}
