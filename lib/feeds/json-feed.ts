import type { FeedDocument, FeedItem } from "./document";

// JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). JSON.stringify does
// all the escaping; names and titles are plain strings, as the spec expects.

export function renderJsonFeed(doc: FeedDocument): string {
  const feed = {
    version: "https://jsonfeed.org/version/1.1",
    title: doc.title,
    home_page_url: doc.homeUrl,
    feed_url: doc.selfUrl,
    description: doc.description,
    language: doc.language,
    authors: [doc.publisher],
    items: doc.items.map(item),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}

function item(i: FeedItem) {
  return {
    id: i.url,
    url: i.url,
    title: i.title,
    // Every item needs content_html or content_text; the standfirst is the text when the body is withheld.
    ...(i.contentHtml !== null ? { content_html: i.contentHtml } : { content_text: i.summary }),
    ...(i.summary ? { summary: i.summary } : {}),
    ...(i.image ? { image: i.image.url } : {}),
    date_published: i.published.toISOString(),
    date_modified: i.updated.toISOString(),
    // Optional in the spec, but when present each must hold at least one entry.
    ...(i.authors.length ? { authors: i.authors } : {}),
    ...(i.categories.length ? { tags: i.categories.map((c) => c.name) } : {}),
    language: i.language,
  };
}
