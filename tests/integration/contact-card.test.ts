import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ContactCard } from "../../components/article/contact-card";
import { updateContributorAction } from "../../lib/contributors/actions";
import { getContributor } from "../../lib/contributors/data/queries";
import { db } from "../../lib/db";
import { translator } from "../../lib/i18n";
import { getArticlePage } from "../../lib/posts/data/article-page";
import { makeContributor, makePost } from "../helpers/factories";
import { asViewer, makeAccount } from "../helpers/sign-in-as";

const contactOf = (name: string, firstName: string | null = null) =>
  makeContributor({ name, firstName, email: "contact@example.org", contactOptIn: true });

async function renderedCardOf(postSlug: string, language = "en-GB") {
  const page = await getArticlePage(postSlug);
  const [contact] = page!.contacts;
  return renderToStaticMarkup(createElement(ContactCard, { contact: contact!, t: translator(language) }));
}

describe("the contact card under an article", () => {
  it("calls the contact by the first name set in their profile", async () => {
    const contributor = await contactOf("Cllr Dawn Ashworth", "Dawnie");
    const post = await makePost({ contributorIds: [contributor.id] });
    expect(await renderedCardOf(post.slug)).toContain("Dawnie will gladly tell you more.");
  });

  it("leaves out an honorific when no first name is set", async () => {
    const contributor = await contactOf("Cllr Jane Smith");
    const post = await makePost({ contributorIds: [contributor.id] });
    const html = await renderedCardOf(post.slug);
    expect(html).toContain("Jane will gladly tell you more.");
    expect(html).not.toContain("Cllr will");
  });

  it("uses the first name in Dutch too", async () => {
    const contributor = await contactOf("Dr. Femke de Wit", "Fem");
    const post = await makePost({ contributorIds: [contributor.id], language: "nl-NL" });
    expect(await renderedCardOf(post.slug, "nl-NL")).toContain("Fem vertelt je er graag meer over.");
  });

  it("shows a first name an editor typed in the profile form, on the article and the profile page", async () => {
    const editor = await makeAccount("EDITOR");
    const contributor = await contactOf("Prof Sam Lee");
    const post = await makePost({ contributorIds: [contributor.id] });
    const result = await asViewer(editor, () =>
      updateContributorAction({
        id: contributor.id,
        name: "Prof Sam Lee",
        firstName: "  Samantha ",
        slug: contributor.slug,
        email: "contact@example.org",
        contactOptIn: "on",
      }),
    );
    expect(result.ok).toBe(true);
    expect(await db.contributor.findUniqueOrThrow({ where: { id: contributor.id } })).toMatchObject({
      firstName: "Samantha",
    });
    expect(await renderedCardOf(post.slug)).toContain("Samantha will gladly tell you more.");
    expect((await getContributor(contributor.slug))!.contact).toMatchObject({ firstName: "Samantha" });
  });

  it("stores an emptied first name as none, so the default applies again", async () => {
    const editor = await makeAccount("EDITOR");
    const contributor = await contactOf("Mx Alex Kerr", "Lex");
    await asViewer(editor, () =>
      updateContributorAction({ id: contributor.id, name: "Mx Alex Kerr", firstName: "", slug: contributor.slug }),
    );
    expect((await db.contributor.findUniqueOrThrow({ where: { id: contributor.id } })).firstName).toBeNull();
  });
});
