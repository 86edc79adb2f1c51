import type { Translate } from "@/lib/i18n";
import type { ContactCard as Contact } from "@/lib/posts/dto";

/** "Want to know more? Jane will gladly tell you more", for contributors who opted in. */
export function ContactCard({ contact, t }: { contact: Contact; t: Translate }) {
  return (
    <aside className="contact-card" aria-label={t("contact.title")}>
      <h2>{t("contact.title")}</h2>
      <p>{t("contact.lead", { name: contact.firstName })}</p>
      <dl>
        {contact.email && (
          <>
            <dt>{t("contact.email")}</dt>
            <dd>
              <a href={`mailto:${contact.email}`}>{contact.email}</a>
            </dd>
          </>
        )}
        {contact.phone && (
          <>
            <dt>{t("contact.phone")}</dt>
            <dd>
              <a href={`tel:${contact.phone.replace(/[^\d+]/g, "")}`}>{contact.phone}</a>
            </dd>
          </>
        )}
      </dl>
    </aside>
  );
}
