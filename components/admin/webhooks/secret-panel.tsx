"use client";

import type { Translate } from "@/lib/i18n";
import { ShownOnceSecret } from "../shown-once-secret";

/** A webhook's signing secret, shown this once. */
export function SecretPanel({
  title,
  secret,
  note,
  t,
  onDone,
}: {
  title: string;
  secret: string;
  note?: string;
  t: Translate;
  onDone: () => void;
}) {
  return (
    <ShownOnceSecret
      title={title}
      secret={secret}
      wording={{
        field: t("webhooks.secret.label"),
        copy: t("webhooks.secret.copy"),
        copied: t("webhooks.secret.copied"),
        copyRefused: t("webhooks.secret.copyRefused"),
        done: t("webhooks.secret.done"),
      }}
      onDone={onDone}
    >
      <p>{t("webhooks.secret.once")}</p>
      {note ? <p>{note}</p> : null}
    </ShownOnceSecret>
  );
}
