import { describe, expect, it } from "vitest";
import { formFromPost, sameFields, toFieldsInput } from "../../components/admin/editor/editor-form";
import type { EditablePost } from "../../lib/posts/dto";
import {
  editableFieldsOf,
  type EditableFieldsRow,
  fieldsOfRevision,
  postColumnsOf,
  revisionSnapshotOf,
} from "../../lib/posts/data/post-fields";
import type { EditableFields } from "../../lib/posts/dto";
import { draftFieldsSchema, POST_FIELD_NAMES, type PostFields } from "../../lib/posts/editor-schema";

// The editor schema declares a post's fields; the form, the posts table and
// the revisions derive from it. These trips fail when a field is declared but
// lost on the way.

const fields: PostFields = draftFieldsSchema.parse({
  title: "Why we still knock on doors",
  slug: "why-we-knock",
  type: "OPINION",
  standfirst: "A standfirst.",
  body: "We knock on doors.",
  language: "nl-NL",
  sectionId: "section-1",
  seriesId: "series-1",
  seriesPosition: 3,
  tagNames: ["Housing", "Repairs"],
  bylines: [{ contributorId: "writer-1" }, { contributorId: "writer-2" }],
  related: [{ postId: "post-7" }, { postId: "post-3" }],
  otherSectionIds: ["section-4", "section-2"],
  hero: {
    mediaId: "media-1",
    url: "/media/media-1/hero.webp",
    alt: "A door",
    caption: "The door",
    credit: "Photo: us",
  },
  seoTitle: "Knocking on doors",
  seoDescription: "Why we do it.",
  hashtag: "doors",
  commentsEnabled: false,
  signOff: true,
  template: "CONTACT",
  contactId: "writer-2",
});

/** A posts row as the database would hand back what postColumnsOf wrote, with the tags and bylines the save resolved. */
function storedRow(written: PostFields): EditableFieldsRow {
  return {
    ...postColumnsOf(written),
    slug: written.slug,
    tags: written.tagNames.map((name, i) => ({ tag: { id: `tag-${i}`, name } })),
    bylines: written.bylines.map(({ contributorId }) => ({
      contributorId,
      jobTitle: null,
      organisation: null,
      contributor: { name: `Name of ${contributorId}` },
    })),
    otherSections: written.otherSectionIds.map((sectionId) => ({ sectionId })),
    pinnedRelated: written.related.map(({ postId }) => ({
      relatedId: postId,
      related: { title: `Title of ${postId}`, status: "PUBLISHED" as const },
    })),
  };
}

function fieldsFromEditable({ tags, bylines, related, ...rest }: EditableFields): PostFields {
  return {
    ...rest,
    tagNames: tags.map((t) => t.name),
    bylines: bylines.map((b) => ({ contributorId: b.contributorId })),
    related: related.map((r) => ({ postId: r.postId })),
  };
}

function editablePost(stored: EditableFields): EditablePost {
  return {
    ...stored,
    id: "post-1",
    kind: "ARTICLE",
    version: 4,
    status: "DRAFT",
    publishedAt: null,
    publishedByName: null,
    scheduledAt: null,
    reviewNote: null,
    updatedAt: "2026-12-01T10:00:00.000Z",
    createdById: "user-1",
    missingForPublish: [],
    permissions: {
      canEdit: true,
      canSubmit: true,
      canReturn: false,
      canPublish: false,
      canSchedule: false,
      canUnpublish: false,
      canArchive: false,
      canBackdate: false,
      canDelete: true,
      canRestore: false,
    },
  };
}

describe("a post's editable fields", () => {
  it("come back from the posts table as they were written, every field of the editor schema", () => {
    const read = fieldsFromEditable(editableFieldsOf(storedRow(fields)));
    expect(read).toEqual(fields);
    expect(Object.keys(read).sort()).toEqual([...POST_FIELD_NAMES].sort());
  });

  it("come back from the posts table as they were written when optional fields are empty", () => {
    const sparse = draftFieldsSchema.parse({
      ...fields,
      sectionId: null,
      seriesId: null,
      hero: null,
      seoTitle: "",
      seoDescription: "",
      hashtag: null,
      tagNames: [],
      bylines: [],
    });
    expect(fieldsFromEditable(editableFieldsOf(storedRow(sparse)))).toEqual(sparse);
  });

  it("are stored with an empty title as Untitled and empty SEO texts as null", () => {
    const columns = postColumnsOf({ ...fields, title: "", seoTitle: "", seoDescription: "", hero: null });
    expect(columns).toMatchObject({
      title: "Untitled",
      seoTitle: null,
      seoDescription: null,
      heroImageUrl: null,
      heroMediaId: null,
    });
  });

  it("go through the editor form and back to what the form submits unchanged", () => {
    const post = editablePost(editableFieldsOf(storedRow(fields)));
    const form = formFromPost(post);
    expect(Object.keys(form)).toEqual(POST_FIELD_NAMES);
    expect(draftFieldsSchema.parse(toFieldsInput(form))).toEqual(fields);
  });

  it("submit the same text for two forms whose fields were set in a different order", () => {
    const form = formFromPost(editablePost(editableFieldsOf(storedRow(fields))));
    const reordered = Object.fromEntries(Object.entries(form).reverse()) as typeof form;
    expect(JSON.stringify(toFieldsInput(reordered))).toBe(JSON.stringify(toFieldsInput(form)));
    expect(sameFields(form, reordered)).toBe(true);
    expect(sameFields(form, { ...form, standfirst: "Another standfirst." })).toBe(false);
  });

  it("are kept whole by a revision and restored from it", () => {
    const snapshot = revisionSnapshotOf(fields);
    expect(Object.keys(snapshot.fields).sort()).toEqual(
      POST_FIELD_NAMES.filter((n) => !["title", "standfirst", "body"].includes(n)).sort(),
    );
    const stored = JSON.parse(JSON.stringify(snapshot)) as typeof snapshot;
    expect(fieldsOfRevision(stored)).toEqual(fields);
  });

  it("cannot be restored from a revision whose fields no longer satisfy the editor schema", () => {
    const snapshot = revisionSnapshotOf(fields);
    expect(fieldsOfRevision({ ...snapshot, fields: { ...snapshot.fields, type: "PODCAST" } })).toBeNull();
    expect(fieldsOfRevision({ ...snapshot, fields: null })).toBeNull();
  });
});
