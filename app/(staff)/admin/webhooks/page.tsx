import type { Metadata } from "next";
import { CreateWebhookForm } from "@/components/admin/webhooks/create-webhook-form";
import { WebhookCard } from "@/components/admin/webhooks/webhook-card";
import { ForbiddenNotice } from "@/components/admin/shell/forbidden-notice";
import { adminPage } from "@/lib/auth/page-viewer";
import { translator } from "@/lib/i18n";
import { getSiteSettingsCached } from "@/lib/settings/cached";
import { listWebhooks } from "@/lib/webhooks/data/hooks";
import "../manage.css";
import "./webhooks.css";

export const instant = false;
export const metadata: Metadata = { title: "Webhooks" };

// The page speaks the site's language (en or nl), like the messages it describes.
export default async function WebhooksPage() {
  const { viewer, forbidden } = await adminPage("/admin/webhooks");
  if (forbidden) return <ForbiddenNotice what={forbidden} />;
  const [hooks, { timeZone, language }] = await Promise.all([listWebhooks(viewer), getSiteSettingsCached()]);
  const t = translator(language);
  const format = new Intl.DateTimeFormat(language, { dateStyle: "medium", timeStyle: "medium", timeZone });
  const formatTime = (iso: string) => format.format(new Date(iso));
  return (
    <div className="manage-page" lang={language}>
      <header className="admin-page-header">
        <h1>{t("webhooks.title")}</h1>
      </header>
      <p className="manage-intro">{t("webhooks.intro")}</p>
      <section className="manage-create" aria-labelledby="create-webhook-title">
        <CreateWebhookForm language={language} />
      </section>
      <section aria-labelledby="webhooks-title">
        <h2 id="webhooks-title">{t("webhooks.list.title")}</h2>
        {hooks.length === 0 ? (
          <p className="empty-state">{t("webhooks.list.empty")}</p>
        ) : (
          hooks.map((hook) => (
            <WebhookCard
              key={hook.id}
              hook={hook}
              t={t}
              language={language}
              timeZone={timeZone}
              formatTime={formatTime}
            />
          ))
        )}
      </section>
    </div>
  );
}
