import { el, textEl, xmlDocument } from "../xml";
import type { FeedDocument, FeedItem } from "./document";

// RSS 2.0 (https://www.rssboard.org/rss-specification). Bylines go into
// dc:creator: RSS's own <author> must be an e-mail address, and we publish none.

const NAMESPACES = {
  "xmlns:atom": "http://www.w3.org/2005/Atom",
  "xmlns:content": "http://purl.org/rss/1.0/modules/content/",
  "xmlns:dc": "http://purl.org/dc/elements/1.1/",
};

export function renderRss(doc: FeedDocument): string {
  const channel = el("channel", {}, [
    textEl("title", doc.title),
    textEl("link", doc.homeUrl),
    textEl("description", doc.description),
    textEl("language", doc.language),
    textEl("copyright", doc.copyright),
    // RFC 822 dates; toUTCString() writes exactly that ("Tue, 02 Jan 2024 09:00:00 GMT").
    textEl("lastBuildDate", doc.updated.toUTCString()),
    el("atom:link", { href: doc.selfUrl, rel: "self", type: "application/rss+xml" }),
    ...doc.items.map(item),
  ]);
  return xmlDocument(el("rss", { version: "2.0", ...NAMESPACES }, [channel]));
}

function item(i: FeedItem): string {
  return el("item", {}, [
    textEl("title", i.title),
    textEl("link", i.url),
    textEl("guid", i.url, { isPermaLink: "true" }),
    textEl("pubDate", i.published.toUTCString()),
    // <description> is HTML in RSS: the plain-text standfirst is escaped once for HTML, then for XML.
    i.summary && textEl("description", escapeHtmlText(i.summary)),
    i.contentHtml !== null && textEl("content:encoded", i.contentHtml),
    ...i.authors.map((a) => textEl("dc:creator", a.name)),
    ...i.categories.map((c) => textEl("category", c.name, { domain: c.scheme })),
    // An enclosure needs a type; length is required too, and 0 is the usual "unknown".
    i.image?.type && el("enclosure", { url: i.image.url, length: 0, type: i.image.type }),
  ]);
}

// Text inside <description>'s HTML, never an attribute: apostrophes stay as
// written (lib/text/escape-html.ts would turn them into &#39;).
function escapeHtmlText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
