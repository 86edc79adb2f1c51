import Link from "next/link";
import type { AdminApiTokenRow } from "@/lib/admin-api/dto";
import { ADMIN_API_BASE } from "@/lib/admin-api/schema";
import { translator } from "@/lib/i18n";
import { CreateTokenForm } from "./create-token-form";
import { TokensTable } from "./tokens-table";

/** The Admin API half of /admin/api-keys, in the site's language: what tokens are, the form, and the list. */
export function AdminApiSection({
  tokens,
  apiBase,
  language,
  formatDate,
  now,
}: {
  tokens: AdminApiTokenRow[];
  /** The API's absolute address, for the intro and the example. */
  apiBase: string;
  language: string;
  formatDate: (iso: string) => string;
  now: Date;
}) {
  const t = translator(language);
  return (
    <section aria-labelledby="admin-api-title" className="admin-api-section">
      <h2 id="admin-api-title">{t("adminApi.title")}</h2>
      <p className="manage-intro">
        {t("adminApi.intro", { base: apiBase })} {t("adminApi.describedAt")}{" "}
        <Link href={`${ADMIN_API_BASE}/openapi.json`}>openapi.json</Link>.
      </p>
      <section className="manage-create" aria-labelledby="create-token-title">
        <CreateTokenForm apiBase={apiBase} language={language} />
      </section>
      <section aria-labelledby="tokens-title">
        <h3 id="tokens-title">{t("adminApi.list.title")}</h3>
        {tokens.length === 0 ? (
          <p className="empty-state">{t("adminApi.list.empty")}</p>
        ) : (
          <TokensTable tokens={tokens} formatDate={formatDate} t={t} now={now} />
        )}
      </section>
    </section>
  );
}
