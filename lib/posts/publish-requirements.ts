import { UNTITLED } from "./editor-schema";
import type { PostKindName } from "./kind-fields";

// What a post needs before readers may see it. Drafts may lack any of it;
// publishing and scheduling refuse until the list is empty.

export interface PublishableFields {
  kind: PostKindName;
  title: string;
  body: string;
  bylineCount: number;
  /** A page with a contact block needs whom it names. */
  missingContact: boolean;
  /** Null when the post has no hero image. */
  heroAlt: string | null;
}

export interface MissingField {
  /** The editor field it concerns, as savePostAction's field errors name it. */
  field: "fields.title" | "fields.body" | "fields.bylines" | "fields.hero.alt" | "fields.contactId";
  message: string;
}

/** What publishing looks at in the editor's fields (or a post read as them). */
export function publishableOf(
  fields: {
    title: string;
    body: string;
    bylines: readonly unknown[];
    hero: { alt: string } | null;
    template: "PLAIN" | "CONTACT";
    contactId: string | null;
  },
  kind: PostKindName,
): PublishableFields {
  return {
    kind,
    title: fields.title,
    body: fields.body,
    bylineCount: fields.bylines.length,
    missingContact: kind === "PAGE" && fields.template === "CONTACT" && fields.contactId === null,
    heroAlt: fields.hero ? fields.hero.alt : null,
  };
}

export function missingForPublish(post: PublishableFields): MissingField[] {
  const missing: MissingField[] = [];
  const title = post.title.trim();
  if (!title || title === UNTITLED) missing.push({ field: "fields.title", message: "Give the post a title." });
  if (!post.body.trim()) missing.push({ field: "fields.body", message: "Write the body of the post." });
  // A standalone page speaks for the site and carries no byline.
  if (post.kind === "ARTICLE" && post.bylineCount === 0) {
    missing.push({ field: "fields.bylines", message: "Add at least one byline." });
  }
  if (post.missingContact) {
    missing.push({ field: "fields.contactId", message: "Choose who the contact block names." });
  }
  if (post.heroAlt !== null && !post.heroAlt.trim()) {
    missing.push({ field: "fields.hero.alt", message: "Describe the hero image in its alt text." });
  }
  return missing;
}

/** The human messages, as EditablePost.missingForPublish lists them. */
export function missingMessages(post: PublishableFields): string[] {
  return missingForPublish(post).map((m) => m.message);
}
