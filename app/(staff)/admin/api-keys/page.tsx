import type { Metadata } from "next";
import Link from "next/link";
import { CreateKeyForm } from "@/components/admin/api-keys/create-key-form";
import { AdminApiSection } from "@/components/admin/api-tokens/admin-api-section";
import { KeysTable } from "@/components/admin/api-keys/keys-table";
import { ForbiddenNotice } from "@/components/admin/shell/forbidden-notice";
import { listAdminApiTokens } from "@/lib/admin-api/data/tokens";
import { ADMIN_API_BASE } from "@/lib/admin-api/schema";
import { adminPage } from "@/lib/auth/page-viewer";
import { mayAttempt } from "@/lib/auth/permissions";
import { listContentApiKeys } from "@/lib/content-api/data/keys";
import { CONTENT_API_BASE } from "@/lib/content-api/schema";
import { env } from "@/lib/env";
import { getSiteSettingsCached } from "@/lib/settings/cached";
import { absoluteUrl } from "@/lib/urls";
import "../manage.css";
import "./api-keys.css";

export const instant = false;
export const metadata: Metadata = { title: "API keys" };

export default async function ApiKeysPage() {
  const { viewer, forbidden } = await adminPage("/admin/api-keys");
  if (forbidden) return <ForbiddenNotice what={forbidden} />;
  const [keys, tokens, { timeZone, language }] = await Promise.all([
    listContentApiKeys(viewer),
    // Both halves are for admins today; each asks its own permission so they can part.
    mayAttempt(viewer, "admin-api:manage") ? listAdminApiTokens(viewer) : null,
    getSiteSettingsCached(),
  ]);
  const format = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone });
  const apiBase = absoluteUrl(env().SITE_URL, CONTENT_API_BASE);
  const formatDate = (iso: string) => format.format(new Date(iso));
  return (
    <div className="manage-page">
      <header className="admin-page-header">
        <h1>API keys</h1>
      </header>
      <p className="manage-intro">
        Keys let another site or app read what this site publishes through the read-only Content API at{" "}
        <code>{apiBase}</code>: published articles and pages, sections, tags, contributors and series. Never drafts, and
        never anyone&rsquo;s email address. Its description is at{" "}
        <Link href={`${CONTENT_API_BASE}/openapi.json`}>openapi.json</Link>. Browsers on other sites may call it only
        from the origins listed in <Link href="/admin/settings">Settings</Link>.
      </p>
      <section className="manage-create" aria-labelledby="create-key-title">
        <CreateKeyForm apiBase={apiBase} />
      </section>
      <section aria-labelledby="keys-title">
        <h2 id="keys-title">Keys</h2>
        {keys.length === 0 ? (
          <p className="empty-state">
            No keys yet. Create one above for each site or app that should read your content, so you can revoke one
            without stopping the others.
          </p>
        ) : (
          <KeysTable keys={keys} formatDate={formatDate} />
        )}
      </section>
      {tokens ? (
        <AdminApiSection
          tokens={tokens}
          apiBase={absoluteUrl(env().SITE_URL, ADMIN_API_BASE)}
          language={language}
          formatDate={(iso) =>
            new Intl.DateTimeFormat(language, { dateStyle: "medium", timeStyle: "short", timeZone }).format(
              new Date(iso),
            )
          }
          now={new Date()}
        />
      ) : null}
    </div>
  );
}
