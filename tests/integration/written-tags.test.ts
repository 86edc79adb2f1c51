import { beforeAll, describe, expect, it } from "vitest";
import { cacheTags } from "../../lib/cache-tags";
import {
  createContributor,
  createContributorProfile,
  deleteContributor,
  updateContributor,
} from "../../lib/contributors/data/mutations";
import { contributorProfileSchema } from "../../lib/contributors/schema";
import { createSeries, deleteSeries, updateSeries } from "../../lib/series/data/mutations";
import { updateSettings } from "../../lib/settings/data/mutations";
import { settingsInputSchema } from "../../lib/settings/input";
import {
  createSection,
  createTag,
  deleteSection,
  deleteTag,
  mergeTags,
  moveSection,
  updateSection,
  updateTag,
} from "../../lib/taxonomy/data/mutations";
import { makeContributor, makePost, makeSection, makeSeries, makeTag } from "../helpers/factories";
import { makeAccount, type TestAccount } from "../helpers/sign-in-as";

// Mutations do not invalidate: they return the public cache tags they touched
// and their actions invalidate those. These pin exactly which tags each write
// of the management pages reports.

let editor: TestAccount;
let admin: TestAccount;

beforeAll(async () => {
  editor = await makeAccount("EDITOR");
  admin = await makeAccount("ADMIN");
});

const sorted = (tags: string[]) => [...tags].sort();

describe("the tags a section write touches", () => {
  it("a new section touches navigation and the redirects", async () => {
    const written = await createSection(editor.viewer, { name: "Fresh section", slug: "", description: "" });
    expect(written.result.name).toBe("Fresh section");
    expect(sorted(written.tags)).toEqual(sorted([cacheTags.sections, cacheTags.pathRedirects]));
  });

  it("a renamed section touches navigation, its page, the redirects and every post filed under it", async () => {
    const section = await makeSection("Before");
    const [a, b] = [await makePost({ sectionId: section.id }), await makePost({ sectionId: section.id })];
    const written = await updateSection(editor.viewer, { id: section.id, name: "After", slug: "", description: "" });
    expect(written.result).toMatchObject({ id: section.id, name: "After", postCount: 2 });
    expect(sorted(written.tags)).toEqual(
      sorted([
        cacheTags.sections,
        cacheTags.section(section.id),
        cacheTags.pathRedirects,
        cacheTags.post(a.id),
        cacheTags.post(b.id),
      ]),
    );
  });

  it("moving a section touches navigation only; deleting one also touches its page and the redirects", async () => {
    const section = await makeSection();
    expect(await moveSection(editor.viewer, { id: section.id, direction: "up" })).toEqual({
      result: undefined,
      tags: [cacheTags.sections],
    });
    const deleted = await deleteSection(editor.viewer, section.id);
    expect(sorted(deleted.tags)).toEqual(
      sorted([cacheTags.sections, cacheTags.section(section.id), cacheTags.pathRedirects]),
    );
  });
});

describe("the tags a tag write touches", () => {
  it("a new tag touches the site-wide lists (its earlier 404) and the redirects", async () => {
    const written = await createTag(editor.viewer, { name: "Fresh tag", slug: "" });
    expect(written.result.name).toBe("Fresh tag");
    expect(sorted(written.tags)).toEqual(sorted([cacheTags.postsList, cacheTags.pathRedirects]));
  });

  it("a renamed tag touches its page, the lists and the redirects", async () => {
    const tag = await makeTag();
    const written = await updateTag(editor.viewer, { id: tag.id, name: "Renamed tag", slug: "" });
    expect(sorted(written.tags)).toEqual(sorted([cacheTags.tag(tag.id), cacheTags.postsList, cacheTags.pathRedirects]));
  });

  it("a merge touches both tags, the lists, the redirects and every post it moved", async () => {
    const [source, target] = [await makeTag(), await makeTag()];
    const moved = await makePost({ tagIds: [source.id] });
    const written = await mergeTags(editor.viewer, { sourceId: source.id, targetSlug: target.slug });
    expect(written.result).toMatchObject({ id: target.id, postCount: 1 });
    expect(sorted(written.tags)).toEqual(
      sorted([
        cacheTags.tag(source.id),
        cacheTags.tag(target.id),
        cacheTags.postsList,
        cacheTags.pathRedirects,
        cacheTags.post(moved.id),
      ]),
    );
  });

  it("a deleted tag touches its page and the redirects", async () => {
    const tag = await makeTag();
    expect(sorted((await deleteTag(editor.viewer, tag.id)).tags)).toEqual(
      sorted([cacheTags.tag(tag.id), cacheTags.pathRedirects]),
    );
  });
});

describe("the tags a series write touches", () => {
  it("creating, renaming and deleting a series report the lists, its page and the redirects", async () => {
    const created = await createSeries(editor.viewer, {
      title: "Fresh series",
      slug: "",
      description: "",
      language: "en-GB",
      plannedParts: null,
    });
    expect(sorted(created.tags)).toEqual(sorted([cacheTags.postsList, cacheTags.pathRedirects]));
    const series = await makeSeries();
    const renamed = await updateSeries(editor.viewer, {
      id: series.id,
      title: "Renamed series",
      slug: "",
      description: "",
      language: "en-GB",
      plannedParts: null,
    });
    expect(renamed.result).toMatchObject({ id: series.id, title: "Renamed series" });
    expect(sorted(renamed.tags)).toEqual(
      sorted([cacheTags.series(series.id), cacheTags.postsList, cacheTags.pathRedirects]),
    );
    expect(sorted((await deleteSeries(editor.viewer, series.id)).tags)).toEqual(
      sorted([cacheTags.series(series.id), cacheTags.pathRedirects]),
    );
  });
});

describe("the tags a contributor write touches", () => {
  it("a new guest writer or profile touches the lists (its earlier 404) and the redirects", async () => {
    const guest = await createContributor(editor.viewer, { name: "Guest Writer", jobTitle: null, organisation: null });
    expect(guest.result.name).toBe("Guest Writer");
    expect(sorted(guest.tags)).toEqual(sorted([cacheTags.postsList, cacheTags.pathRedirects]));
    const profile = await createContributorProfile(
      editor.viewer,
      contributorProfileSchema.parse({ name: "Profiled Writer" }),
    );
    expect(sorted(profile.tags)).toEqual(sorted([cacheTags.postsList, cacheTags.pathRedirects]));
  });

  it("an updated profile touches its page, the lists, the redirects and every post it is credited on", async () => {
    const contributor = await makeContributor();
    const post = await makePost({ contributorIds: [contributor.id] });
    const written = await updateContributor(editor.viewer, {
      id: contributor.id,
      ...contributorProfileSchema.parse({ name: "New Name" }),
    });
    expect(written.result).toMatchObject({ id: contributor.id, name: "New Name" });
    expect(sorted(written.tags)).toEqual(
      sorted([
        cacheTags.contributor(contributor.id),
        cacheTags.postsList,
        cacheTags.pathRedirects,
        cacheTags.post(post.id),
      ]),
    );
  });

  it("a deleted profile touches its page, the lists and the redirects", async () => {
    const contributor = await makeContributor();
    const written = await deleteContributor(admin.viewer, contributor.id);
    expect(sorted(written.tags)).toEqual(
      sorted([cacheTags.contributor(contributor.id), cacheTags.postsList, cacheTags.pathRedirects]),
    );
  });
});

describe("the tags a settings write touches", () => {
  it("a change touches the settings every page reads; saving the same values touches nothing", async () => {
    const input = settingsInputSchema.parse({ siteName: "Tagged Times" });
    const changed = await updateSettings(admin.viewer, input);
    expect(changed.result.changed).toEqual(["siteName"]);
    expect(changed.tags).toEqual([cacheTags.settings]);
    expect(await updateSettings(admin.viewer, input)).toMatchObject({ result: { changed: [] }, tags: [] });
  });
});
