"use client";

import { useState } from "react";
import { describedBy } from "@/components/ui/described-by";
import { HintAndErrors } from "@/components/ui/field";
import type { Translate } from "@/lib/i18n";
import { WEBHOOK_EVENTS, type WebhookEvent } from "@/lib/webhooks/events";

const ID = "webhook-events";

/**
 * The events a hook subscribes to: one checkbox each in a labelled group that
 * carries the hint and errors. Controlled, so the ticks survive the form's
 * reset when the server sends it back with errors.
 */
export function EventChoices({ t, errors }: { t: Translate; errors: string[] }) {
  const [chosen, setChosen] = useState<ReadonlySet<WebhookEvent>>(new Set());
  const toggle = (event: WebhookEvent, on: boolean) =>
    setChosen((previous) => {
      const next = new Set(previous);
      if (on) next.add(event);
      else next.delete(event);
      return next;
    });
  const described = describedBy(ID, { hint: true, errors });
  return (
    <fieldset className="field-group" aria-describedby={described["aria-describedby"]}>
      <legend>{t("webhooks.create.events")}</legend>
      <HintAndErrors id={ID} hint={t("webhooks.create.eventsHint")} errors={errors} />
      {WEBHOOK_EVENTS.map((event) => (
        <div className="field field-checkbox" key={event}>
          <input
            type="checkbox"
            id={`${ID}-${event}`}
            name="events[]"
            value={event}
            checked={chosen.has(event)}
            onChange={(change) => toggle(event, change.currentTarget.checked)}
            aria-invalid={described["aria-invalid"]}
          />
          <label htmlFor={`${ID}-${event}`}>
            {t(`webhooks.event.${event}`)} <code>{event}</code>
          </label>
        </div>
      ))}
    </fieldset>
  );
}
