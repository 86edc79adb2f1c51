import { InlineAction } from "@/components/ui/inline-action";
import { removePasskeyAction } from "@/lib/auth/two-factor/actions";
import type { PasskeySummary } from "@/lib/auth/two-factor/dto";

export function PasskeyList({
  passkeys,
  formatDate,
}: {
  passkeys: readonly PasskeySummary[];
  formatDate: (iso: string) => string;
}) {
  if (passkeys.length === 0) return <p className="empty-state">No passkeys yet.</p>;
  return (
    <ul className="security-passkeys" aria-label="Your passkeys">
      {passkeys.map((p) => (
        <li key={p.id}>
          <span className="security-passkey-name">{p.name}</span>
          <span className="security-passkey-dates">
            Added <time dateTime={p.createdAt}>{formatDate(p.createdAt)}</time>
            {p.lastUsedAt ? (
              <>
                {" "}
                · last used <time dateTime={p.lastUsedAt}>{formatDate(p.lastUsedAt)}</time>
              </>
            ) : null}
          </span>
          <InlineAction
            action={removePasskeyAction}
            hidden={{ passkeyId: p.id }}
            label="Remove"
            accessibleLabel={`Remove passkey ${p.name}`}
            confirm={{
              prompt: `Remove the passkey “${p.name}”? It will no longer sign you in.`,
              confirmLabel: "Remove",
            }}
          />
        </li>
      ))}
    </ul>
  );
}
