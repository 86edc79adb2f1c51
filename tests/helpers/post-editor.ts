import { formFromPost, toFieldsInput } from "../../components/admin/editor/editor-form";
import type { EditablePost } from "../../lib/posts/dto";
import type { PostFieldsInput } from "../../lib/posts/editor-schema";
import { makePost } from "./factories";
import type { TestAccount } from "./sign-in-as";

// Builders for the post editor's tests: the fields the editor submits, and
// posts owned by a test account.

export function editorFields(overrides: Partial<PostFieldsInput> = {}): PostFieldsInput {
  return {
    title: "Why we still knock on doors",
    slug: "",
    type: "BLOG",
    standfirst: "",
    body: "We knock on doors.",
    language: "en-GB",
    sectionId: null,
    seriesId: null,
    seriesPosition: null,
    tagNames: [],
    bylines: [],
    hero: null,
    seoTitle: "",
    seoDescription: "",
    hashtag: null,
    commentsEnabled: true,
    signOff: false,
    ...overrides,
  };
}

/** What the editor would send back for this post unchanged, with `overrides` typed in. */
export function fieldsOf(post: EditablePost, overrides: Partial<PostFieldsInput> = {}): PostFieldsInput {
  return { ...toFieldsInput(formFromPost(post)), ...overrides };
}

/** A post created by `owner` and credited to their contributor profile; a complete, unpublished draft unless told otherwise. */
export function postOwnedBy(owner: TestAccount, data: Parameters<typeof makePost>[0] = {}) {
  return makePost({
    status: "DRAFT",
    publishedAt: null,
    body: "A complete body.",
    createdById: owner.viewer.id,
    ...(owner.viewer.contributorId ? { contributorIds: [owner.viewer.contributorId] } : {}),
    ...data,
  });
}
