import { TableOfContents } from "@/components/article/table-of-contents";
import { translator } from "@/lib/i18n";
import type { PageContact, PublicPage } from "@/lib/pages/dto";
import type { Translate } from "@/lib/i18n";
import { ContactDetails } from "@/components/article/contact-details";

/** A standalone page (About, Privacy): title, text and, with the contact template, whom to ask. No byline, no date. */
export function PageView({ page, children }: { page: PublicPage; children?: React.ReactNode }) {
  const t = translator(page.language);
  return (
    <article className="article standalone-page" lang={page.language}>
      <header className="article-header">
        <h1>{page.title}</h1>
        {page.standfirst && <p className="standfirst">{page.standfirst}</p>}
      </header>
      <TableOfContents headings={page.headings} t={t} />
      {/* Only the sanitizing Markdown pipeline's output, rendered when the page was saved. */}
      <div className="article-body" dangerouslySetInnerHTML={{ __html: page.html }} />
      {page.contact && <PageContactBlock contact={page.contact} t={t} />}
      {children}
    </article>
  );
}

function PageContactBlock({ contact, t }: { contact: PageContact; t: Translate }) {
  const role = [contact.jobTitle, contact.organisation].filter(Boolean).join(", ");
  return (
    <aside className="contact-card" aria-labelledby="page-contact-title">
      <h2 id="page-contact-title">{t("page.contactTitle")}</h2>
      <p>{t("page.contactLead", { name: contact.name })}</p>
      {role && <p className="contact-role">{role}</p>}
      <ContactDetails email={contact.email} phone={contact.phone} t={t} />
    </aside>
  );
}
