"use client";

import { useState } from "react";
import { SelectField, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionErrorCode } from "@/lib/action";
import { createAdminApiTokenAction } from "@/lib/admin-api/actions";
import { TOKEN_LIFETIMES, TOKEN_ROLES } from "@/lib/admin-api/schema";
import { isMessageKey, type MessageKey, translator } from "@/lib/i18n";
import { NewTokenPanel } from "./new-token-panel";

const STATUS: Partial<Record<ActionErrorCode, MessageKey>> = {
  validation: "adminApi.error.fields",
  forbidden: "adminApi.error.forbidden",
};

/** Makes a token; the answer is the only time its secret exists outside a hash, so it is shown here until dismissed. */
export function CreateTokenForm({ apiBase, language }: { apiBase: string; language: string }) {
  const t = translator(language);
  const { state, formAction, pending, errors, value } = useActionForm(createAdminApiTokenAction, {
    resetOnSuccess: true,
  });
  const [dismissed, setDismissed] = useState<string | null>(null);
  const created = state.result?.ok ? state.result.data : null;
  const failed = state.result && !state.result.ok ? state.result.error : null;
  // The schema's messages are interface message keys; anything else is shown as it came.
  const words = (name: string) => errors(name).map((m) => (isMessageKey(m) ? t(m) : m));
  return (
    <>
      <form action={formAction} className="action-form" aria-labelledby="create-token-title" aria-busy={pending}>
        <h3 id="create-token-title">{t("adminApi.create.title")}</h3>
        <TextField
          name="name"
          label={t("adminApi.field.name")}
          required
          maxLength={80}
          autoComplete="off"
          hint={t("adminApi.field.nameHint")}
          errors={words("name")}
          defaultValue={value("name", "")}
        />
        <SelectField
          name="role"
          label={t("adminApi.field.role")}
          required
          hint={t("adminApi.field.roleHint")}
          errors={words("role")}
          defaultValue={value("role", "AUTHOR")}
          options={TOKEN_ROLES.map((role) => ({ value: role, label: t(`adminApi.role.${role}`) }))}
        />
        <SelectField
          name="expiresIn"
          label={t("adminApi.field.expiresIn")}
          required
          hint={t("adminApi.field.expiresInHint")}
          errors={words("expiresIn")}
          defaultValue={value("expiresIn", "90")}
          options={TOKEN_LIFETIMES.map((lifetime) => ({ value: lifetime, label: t(`adminApi.expires.${lifetime}`) }))}
        />
        <TextField
          name="expiresOn"
          type="date"
          label={t("adminApi.field.expiresOn")}
          hint={t("adminApi.field.expiresOnHint")}
          errors={words("expiresOn")}
          defaultValue={value("expiresOn", "")}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={pending}>
            {pending ? t("adminApi.create.pending") : t("adminApi.create.submit")}
          </button>
          {failed ? (
            <p className="form-status form-status-error" role="alert">
              {t(STATUS[failed.code] ?? "adminApi.error.other")}
            </p>
          ) : (
            <p className="form-status form-status-success" role="status" />
          )}
        </div>
      </form>
      {created && created.id !== dismissed ? (
        <NewTokenPanel
          // A second token gets a panel of its own, which takes focus again.
          key={created.id}
          token={created}
          apiBase={apiBase}
          language={language}
          onDone={() => setDismissed(created.id)}
        />
      ) : null}
    </>
  );
}
