import { InlineAction } from "@/components/ui/inline-action";
import { revokeAdminApiTokenAction } from "@/lib/admin-api/actions";
import type { AdminApiTokenRow } from "@/lib/admin-api/dto";
import type { Translate } from "@/lib/i18n";

/** Every token, working ones first: its role, who made it, when it expires and was last used, and a way to revoke it. */
export function TokensTable({
  tokens,
  formatDate,
  t,
  now,
}: {
  tokens: AdminApiTokenRow[];
  formatDate: (iso: string) => string;
  t: Translate;
  now: Date;
}) {
  const when = (iso: string) => <time dateTime={iso}>{formatDate(iso)}</time>;
  return (
    <table className="admin-table manage-table api-keys-table">
      <caption className="visually-hidden">{t("adminApi.title")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("adminApi.list.token")}</th>
          <th scope="col">{t("adminApi.list.role")}</th>
          <th scope="col">{t("adminApi.list.created")}</th>
          <th scope="col">{t("adminApi.list.expires")}</th>
          <th scope="col">{t("adminApi.list.lastUsed")}</th>
          <th scope="col">{t("adminApi.list.status")}</th>
        </tr>
      </thead>
      <tbody>
        {tokens.map((token) => (
          <tr key={token.id}>
            <th scope="row">
              {token.name}
              <span className="table-note">
                <code>{token.prefix}…</code>
              </span>
            </th>
            <td>{t(`adminApi.role.${token.role}`)}</td>
            <td>
              {when(token.createdAt)}
              <span className="table-note">{t("adminApi.list.by", { name: token.createdByName })}</span>
            </td>
            <td>{when(token.expiresAt)}</td>
            <td>{token.lastUsedAt ? when(token.lastUsedAt) : t("adminApi.list.never")}</td>
            <td>
              {token.revokedAt ? (
                <>
                  <span className="badge">{t("adminApi.list.revoked")}</span>
                  <span className="table-note">{when(token.revokedAt)}</span>
                </>
              ) : (
                <>
                  {new Date(token.expiresAt) <= now ? (
                    <span className="badge">{t("adminApi.list.expired")}</span>
                  ) : null}
                  <InlineAction
                    action={revokeAdminApiTokenAction}
                    hidden={{ tokenId: token.id }}
                    label={t("adminApi.list.revoke")}
                    accessibleLabel={t("adminApi.list.revokeLabel", { name: token.name })}
                    confirm={{
                      prompt: t("adminApi.list.revokePrompt", { name: token.name }),
                      confirmLabel: t("adminApi.list.revokeConfirm"),
                    }}
                  />
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
