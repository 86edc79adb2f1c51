import type { Translate } from "@/lib/i18n";
import type { ContactCard as Contact } from "@/lib/posts/dto";
import { ContactDetails } from "@/components/article/contact-details";

/** "Want to know more? Jane will gladly tell you more", for contributors who opted in. */
export function ContactCard({ contact, t }: { contact: Contact; t: Translate }) {
  return (
    <aside className="contact-card" aria-label={t("contact.title")}>
      <h2>{t("contact.title")}</h2>
      <p>{t("contact.lead", { name: contact.firstName })}</p>
      <ContactDetails email={contact.email} phone={contact.phone} t={t} />
    </aside>
  );
}
