import { InlineAction } from "@/components/ui/inline-action";
import { revokeContentApiKeyAction } from "@/lib/content-api/actions";
import type { ContentApiKeyRow } from "@/lib/content-api/dto";

/** Every key, working ones first: who made it, its limit, when it was last used, and a way to revoke it. */
export function KeysTable({ keys, formatDate }: { keys: ContentApiKeyRow[]; formatDate: (iso: string) => string }) {
  const when = (iso: string) => <time dateTime={iso}>{formatDate(iso)}</time>;
  return (
    <table className="admin-table manage-table api-keys-table">
      <caption className="visually-hidden">Content API keys</caption>
      <thead>
        <tr>
          <th scope="col">Key</th>
          <th scope="col">Limit</th>
          <th scope="col">Created</th>
          <th scope="col">Last used</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {keys.map((key) => (
          <tr key={key.id}>
            <th scope="row">
              {key.name}
              <span className="table-note">
                <code>{key.prefix}…</code>
              </span>
            </th>
            <td>{key.requestsPerMinute.toLocaleString("en-GB")} a minute</td>
            <td>
              {when(key.createdAt)}
              {key.createdByName ? <span className="table-note">by {key.createdByName}</span> : null}
            </td>
            <td>{key.lastUsedAt ? when(key.lastUsedAt) : "Never"}</td>
            <td>
              {key.revokedAt ? (
                <>
                  <span className="badge">Revoked</span>
                  <span className="table-note">{when(key.revokedAt)}</span>
                </>
              ) : (
                <InlineAction
                  action={revokeContentApiKeyAction}
                  hidden={{ keyId: key.id }}
                  label="Revoke"
                  accessibleLabel={`Revoke the key ${key.name}`}
                  confirm={{
                    prompt: `Revoke “${key.name}”? Requests with it are refused at once; this cannot be undone.`,
                    confirmLabel: "Revoke key",
                  }}
                />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
