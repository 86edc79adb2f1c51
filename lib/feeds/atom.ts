import { el, textEl, xmlDocument } from "../xml";
import type { FeedDocument, FeedItem } from "./document";

// Atom 1.0 (RFC 4287). Titles and summaries are type="text", so a "<" in a
// title is shown, never interpreted; the article body is type="html".

export function renderAtom(doc: FeedDocument): string {
  return xmlDocument(
    el("feed", { xmlns: "http://www.w3.org/2005/Atom", "xml:lang": doc.language }, [
      textEl("id", doc.selfUrl),
      textEl("title", doc.title),
      textEl("subtitle", doc.description),
      textEl("updated", doc.updated.toISOString()),
      el("link", { rel: "alternate", type: "text/html", href: doc.homeUrl }),
      el("link", { rel: "self", type: "application/atom+xml", href: doc.selfUrl }),
      textEl("rights", doc.copyright),
      // Stands in for entries without a byline; Atom wants an author for every entry.
      person("author", doc.publisher),
      ...doc.items.map((i) => entry(i, doc.language)),
    ]),
  );
}

function entry(i: FeedItem, feedLanguage: string): string {
  return el("entry", { "xml:lang": i.language === feedLanguage ? undefined : i.language }, [
    textEl("id", i.url),
    textEl("title", i.title),
    el("link", { rel: "alternate", type: "text/html", href: i.url }),
    textEl("published", i.published.toISOString()),
    textEl("updated", i.updated.toISOString()),
    ...i.authors.map((a) => person("author", a)),
    ...i.categories.map((c) => el("category", { term: c.name, scheme: c.scheme })),
    i.summary && textEl("summary", i.summary),
    i.contentHtml !== null && textEl("content", i.contentHtml, { type: "html" }),
    i.image && el("link", { rel: "enclosure", href: i.image.url, type: i.image.type, title: i.image.alt || undefined }),
  ]);
}

function person(name: string, p: { name: string; url: string }): string {
  return el(name, {}, [textEl("name", p.name), textEl("uri", p.url)]);
}
