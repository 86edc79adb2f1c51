import type { Translate } from "@/lib/i18n";

/** A contact's email and phone as links, for the article's contact card and a page's contact block. */
export function ContactDetails({ email, phone, t }: { email: string | null; phone: string | null; t: Translate }) {
  return (
    <dl>
      {email && (
        <>
          <dt>{t("contact.email")}</dt>
          <dd>
            <a href={`mailto:${email}`}>{email}</a>
          </dd>
        </>
      )}
      {phone && (
        <>
          <dt>{t("contact.phone")}</dt>
          <dd>
            <a href={`tel:${phone.replace(/[^\d+]/g, "")}`}>{phone}</a>
          </dd>
        </>
      )}
    </dl>
  );
}
