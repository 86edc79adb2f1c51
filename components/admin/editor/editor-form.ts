import type { FieldErrors } from "@/lib/errors";
import type { EditableByline, EditablePost, EditableRelated } from "@/lib/posts/dto";
import { type PostFields, type PostFieldsInput, postFieldsOf } from "@/lib/posts/editor-schema";

// The post editor's form state: every field of the editor schema, as the form
// holds it. Bylines and chosen articles keep the names the form shows, and an
// empty hashtag box is "" rather than null.

export type EditorHero = NonNullable<PostFields["hero"]>;

export type EditorForm = Omit<PostFields, "bylines" | "related" | "hashtag"> & {
  bylines: EditableByline[];
  related: EditableRelated[];
  hashtag: string;
};

export function formFromPost(post: EditablePost): EditorForm {
  return postFieldsOf({
    ...post,
    tagNames: post.tags.map((t) => t.name),
    bylines: post.bylines.map((b) => ({ ...b })),
    related: post.related.map((r) => ({ ...r })),
    hero: post.hero ? { ...post.hero } : null,
    hashtag: post.hashtag ?? "",
  });
}

export function toFieldsInput(form: EditorForm): PostFieldsInput {
  return postFieldsOf({
    ...form,
    seriesPosition: form.seriesId ? form.seriesPosition : null,
    bylines: form.bylines.map((b) => ({ contributorId: b.contributorId })),
    related: form.related.map((r) => ({ postId: r.postId })),
    hashtag: form.hashtag.trim() === "" ? null : form.hashtag,
  });
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
