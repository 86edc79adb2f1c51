import type { FieldErrors } from "@/lib/errors";
import type { PostTypeName } from "@/lib/posts/dto";
import type { EditablePost } from "@/lib/posts/data/editable";
import type { PostFieldsInput } from "@/lib/posts/editor-schema";

// The post editor's form state: the fields savePostAction takes, plus what the
// form shows next to them (byline names, the hero's address).

export interface EditorByline {
  contributorId: string;
  name: string;
  jobTitle: string | null;
  organisation: string | null;
}

export type EditorHero = NonNullable<EditablePost["hero"]>;

export interface EditorForm {
  title: string;
  slug: string;
  type: PostTypeName;
  standfirst: string;
  body: string;
  language: string;
  sectionId: string | null;
  seriesId: string | null;
  seriesPosition: number | null;
  tagNames: string[];
  bylines: EditorByline[];
  hero: EditorHero | null;
  seoTitle: string;
  seoDescription: string;
  hashtag: string;
  commentsEnabled: boolean;
  signOff: boolean;
}

export function formFromPost(post: EditablePost): EditorForm {
  return {
    title: post.title,
    slug: post.slug,
    type: post.type,
    standfirst: post.standfirst,
    body: post.body,
    language: post.language,
    sectionId: post.sectionId,
    seriesId: post.seriesId,
    seriesPosition: post.seriesPosition,
    tagNames: post.tags.map((t) => t.name),
    bylines: post.bylines.map((b) => ({ ...b })),
    hero: post.hero ? { ...post.hero } : null,
    seoTitle: post.seoTitle,
    seoDescription: post.seoDescription,
    hashtag: post.hashtag ?? "",
    commentsEnabled: post.commentsEnabled,
    signOff: post.signOff,
  };
}

export function toFieldsInput(form: EditorForm): PostFieldsInput {
  return {
    title: form.title,
    slug: form.slug,
    type: form.type,
    standfirst: form.standfirst,
    body: form.body,
    language: form.language,
    sectionId: form.sectionId,
    seriesId: form.seriesId,
    seriesPosition: form.seriesId ? form.seriesPosition : null,
    tagNames: form.tagNames,
    bylines: form.bylines.map((b) => ({ contributorId: b.contributorId })),
    hero: form.hero,
    seoTitle: form.seoTitle,
    seoDescription: form.seoDescription,
    hashtag: form.hashtag.trim() === "" ? null : form.hashtag,
    commentsEnabled: form.commentsEnabled,
    signOff: form.signOff,
  };
}

/** Whether two forms would save the same post. */
export function sameFields(a: EditorForm, b: EditorForm): boolean {
  return JSON.stringify(toFieldsInput(a)) === JSON.stringify(toFieldsInput(b));
}

/**
 * savePostAction names errors by their path in its input ("fields.hero.alt");
 * the form names its fields without the prefix ("hero.alt").
 */
export function formFieldErrors(errors: FieldErrors): FieldErrors {
  const result: FieldErrors = {};
  for (const [key, messages] of Object.entries(errors)) {
    const name = key.startsWith("fields.") ? key.slice("fields.".length) : key;
    (result[name] ??= []).push(...messages);
  }
  return result;
}

/** Errors for a field and everything under it ("bylines" collects "bylines.2.contributorId"). */
export function errorsFor(errors: FieldErrors, name: string): string[] {
  return Object.entries(errors)
    .filter(([key]) => key === name || key.startsWith(`${name}.`))
    .flatMap(([, messages]) => messages);
}
