import type { PostFields } from "./editor-schema";

// Articles and standalone pages share the editor's fields, but each kind
// keeps only what it shows: a page has no byline, section, tags, series,
// "Read more", hero image or comments, and an article no page template. A save (and so
// every revision) stores the fields this way, whatever was submitted.

export type PostKindName = "ARTICLE" | "PAGE";

export function fieldsForKind(kind: PostKindName, fields: PostFields): PostFields {
  if (kind === "ARTICLE") return { ...fields, template: "PLAIN", contactId: null };
  return {
    ...fields,
    sectionId: null,
    otherSectionIds: [],
    seriesId: null,
    seriesPosition: null,
    tagNames: [],
    bylines: [],
    related: [],
    hero: null,
    hashtag: null,
    commentsEnabled: false,
    signOff: false,
    contactId: fields.template === "CONTACT" ? fields.contactId : null,
  };
}
