"use client";

import type { CreatedAdminApiToken } from "@/lib/admin-api/dto";
import { formatDate, translator } from "@/lib/i18n";
import { ShownOnceSecret } from "../shown-once-secret";

/** A new Admin API token, shown this once, with a request to try it. */
export function NewTokenPanel({
  token,
  apiBase,
  language,
  onDone,
}: {
  token: CreatedAdminApiToken;
  apiBase: string;
  language: string;
  onDone: () => void;
}) {
  const t = translator(language);
  const example = `curl -X POST ${apiBase}/posts \\\n  -H "Authorization: Bearer ${token.secret}" \\\n  -H "Content-Type: application/json" \\\n  -d '{"fields": {"title": "Hello from the API"}}'`;
  return (
    <ShownOnceSecret
      title={t("adminApi.new.title", { name: token.name })}
      headingLevel={3}
      secret={token.secret}
      example={{ lead: t("adminApi.new.try"), code: example }}
      wording={{
        field: t("adminApi.new.label"),
        copy: t("adminApi.new.copy"),
        copied: t("adminApi.new.copied"),
        copyRefused: t("adminApi.new.copyRefused"),
        done: t("adminApi.new.done"),
      }}
      onDone={onDone}
    >
      <p>{t("adminApi.new.lead", { date: formatDate(new Date(token.expiresAt), language) })}</p>
    </ShownOnceSecret>
  );
}
