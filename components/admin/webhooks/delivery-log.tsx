import type { Translate } from "@/lib/i18n";
import type { WebhookDeliveryRow } from "@/lib/webhooks/dto";

/** A hook's latest attempts, newest first: when, which event, which attempt, what the receiver answered, how long it took. */
export function DeliveryLog({
  name,
  deliveries,
  t,
  formatTime,
}: {
  name: string;
  deliveries: WebhookDeliveryRow[];
  t: Translate;
  formatTime: (iso: string) => string;
}) {
  if (deliveries.length === 0) return <p className="empty-state">{t("webhooks.log.empty")}</p>;
  return (
    <table className="admin-table manage-table webhook-log">
      <caption className="visually-hidden">{t("webhooks.log.caption", { name })}</caption>
      <thead>
        <tr>
          <th scope="col">{t("webhooks.log.time")}</th>
          <th scope="col">{t("webhooks.log.event")}</th>
          <th scope="col">{t("webhooks.log.attempt")}</th>
          <th scope="col">{t("webhooks.log.result")}</th>
          <th scope="col">{t("webhooks.log.duration")}</th>
        </tr>
      </thead>
      <tbody>
        {deliveries.map((delivery) => (
          <tr key={delivery.id}>
            <td>
              <time dateTime={delivery.createdAt}>{formatTime(delivery.createdAt)}</time>
            </td>
            <td>
              <code>{delivery.eventType}</code>
            </td>
            <td>{delivery.attempt}</td>
            <td>
              <span className={delivery.succeeded ? "badge" : "badge badge-failed"}>
                {delivery.succeeded ? t("webhooks.log.ok") : t("webhooks.log.failed")}
              </span>{" "}
              {delivery.statusCode !== null ? <code>HTTP {delivery.statusCode}</code> : null}
              {delivery.error ? <span className="table-note">{delivery.error}</span> : null}
              {delivery.nextAttemptAt ? (
                <span className="table-note">
                  {t("webhooks.log.retryAt", { date: formatTime(delivery.nextAttemptAt) })}
                </span>
              ) : null}
            </td>
            <td>{t("webhooks.log.ms", { ms: delivery.durationMs })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
