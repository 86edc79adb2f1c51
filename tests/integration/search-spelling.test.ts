import { beforeAll, describe, expect, it } from "vitest";
import { db, Prisma } from "../../lib/db";
import { deletePost } from "../../lib/posts/data/mutations";
import { unpublishPost } from "../../lib/posts/data/transitions";
import { searchPosts } from "../../lib/search/data/queries";
import { findSuggestions, suggestionsSql } from "../../lib/search/data/spelling";
import { daysAgo, makeContributor, makePost, makeTag } from "../helpers/factories";
import { makeAccount, type TestAccount } from "../helpers/sign-in-as";

// Spelling suggestions from the site's own words, against a real database:
// the vocabulary the triggers keep, and the corrections the search makes.

let editor: TestAccount;
let admin: TestAccount;

const vocabulary = async (word: string) => (await db.searchWord.findUnique({ where: { word } }))?.frequency ?? 0;
const suggestion = async (word: string) => (await findSuggestions([word])).get(word) ?? null;

beforeAll(async () => {
  editor = await makeAccount("EDITOR");
  admin = await makeAccount("ADMIN");
  await makePost({
    slug: "living-with-damp",
    title: "Living with damp",
    plainText: "Living costs rose in 2024 when the walls were wet. Everyone living here knows the banks of the river.",
  });
  await makePost({
    slug: "costs",
    title: "What living costs",
    plainText: "The banks and the costs of living, explained.",
  });
  await makePost({ slug: "banks", title: "River banks", plainText: "Banks, banks, tanks." });
  await makePost({ slug: "repairs", title: "A repair a day", plainText: "One repair at a time." });
  await makePost({
    slug: "the-draft",
    title: "Zeppelins over the estate",
    plainText: "A draft about zeppelins.",
    status: "DRAFT",
    publishedAt: null,
  });
  await makePost({
    slug: "the-scheduled",
    title: "Embargoed",
    plainText: "Scheduled words: quasars.",
    status: "SCHEDULED",
    publishedAt: null,
    scheduledAt: new Date(Date.now() + 86_400_000),
  });
});

describe("the vocabulary", () => {
  it("holds each word of published titles, standfirsts, bodies, tags and bylines with its frequency", async () => {
    const tag = await makeTag("Allotments");
    const writer = await makeContributor({ name: "Wilhelmina Okonkwo" });
    await makePost({
      slug: "allotment-news",
      title: "Plot news",
      standfirst: "Greenhouses everywhere.",
      plainText: "Nothing else.",
      tagIds: [tag.id],
      contributorIds: [writer.id],
      publishedAt: daysAgo(2),
    });
    for (const word of ["plot", "greenhouses", "allotments", "wilhelmina", "okonkwo"]) {
      expect(await vocabulary(word), word).toBe(1);
    }
    // "Living" ×2 + "living" ×1 in the first post, "living" ×2 in the second.
    expect(await vocabulary("living")).toBe(5);
    const dutch = await makePost({ title: "Vóór de winter", plainText: "Één verbouwing.", language: "nl-NL" });
    expect([await vocabulary("vóór"), await vocabulary("één"), await vocabulary("verbouwing")]).toEqual([1, 1, 1]);
    expect(await suggestion("verbouwingg")).toBe("verbouwing");
    await db.post.delete({ where: { id: dutch.id } });
    // Shorter than three letters, or not only letters: never corrected, so not kept.
    expect(await vocabulary("a")).toBe(0);
  });

  it("never holds a word that only a draft or a scheduled post contains", async () => {
    expect(await vocabulary("zeppelins")).toBe(0);
    expect(await vocabulary("quasars")).toBe(0);
    expect(await suggestion("zepelins")).toBeNull();
    expect(await suggestion("quasers")).toBeNull();
    expect((await searchPosts("zepelins")).correction).toBeNull();
  });

  it("loses the words of a post that is unpublished, and of one that is deleted", async () => {
    const jam = await makePost({ title: "Marmalade mornings", plainText: "Quinces and marmalade." });
    const quince = await makePost({ title: "Orchard", plainText: "Medlars ripen late." });
    expect(await suggestion("marmalde")).toBe("marmalade");
    expect(await suggestion("medlers")).toBe("medlars");

    await unpublishPost(editor.viewer, { postId: jam.id });
    expect(await vocabulary("marmalade")).toBe(0);
    expect(await suggestion("marmalde")).toBeNull();
    expect((await searchPosts("marmalde")).correction).toBeNull();

    await deletePost(admin.viewer, { postId: quince.id });
    expect(await vocabulary("medlars")).toBe(0);
    expect(await suggestion("medlers")).toBeNull();
  });

  it("follows an edit of a published post, a renamed tag and a renamed contributor", async () => {
    const tag = await makeTag("Beekeeping");
    const writer = await makeContributor({ name: "Ptolemy Hargreaves" });
    const post = await makePost({
      title: "Hives",
      plainText: "Honeycomb.",
      tagIds: [tag.id],
      contributorIds: [writer.id],
    });

    await db.post.update({ where: { id: post.id }, data: { plainText: "Propolis." } });
    expect([await vocabulary("honeycomb"), await vocabulary("propolis")]).toEqual([0, 1]);

    await db.tag.update({ where: { id: tag.id }, data: { name: "Apiculture" } });
    expect([await vocabulary("beekeeping"), await vocabulary("apiculture")]).toEqual([0, 1]);

    await db.contributor.update({ where: { id: writer.id }, data: { name: "Ptolemy Fairweather" } });
    expect([await vocabulary("hargreaves"), await vocabulary("fairweather"), await vocabulary("ptolemy")]).toEqual([
      0, 1, 1,
    ]);
  });

  it("kept by the triggers write after write, equals the vocabulary rebuilt from scratch", async () => {
    const kept = await db.searchWord.findMany({ orderBy: { word: "asc" } });
    const rebuilt = await db.$transaction(async (tx) => {
      await tx.$executeRaw`DELETE FROM "SearchWordSource"`;
      await tx.$executeRaw`DELETE FROM "SearchWord"`;
      await tx.$executeRaw`SELECT search_vocabulary_refresh(ARRAY(SELECT "id" FROM "Post"))`;
      return tx.searchWord.findMany({ orderBy: { word: "asc" } });
    });
    expect(kept.length).toBeGreaterThan(20);
    expect(kept).toEqual(rebuilt);
  });
});

describe("spelling corrections in search", () => {
  it("Lviing finds nothing as typed, so the results are for living, and it says so", async () => {
    const found = await searchPosts("Lviing");
    const living = await searchPosts("living");
    expect(living.total).toBeGreaterThan(0);
    expect(found.correction).toEqual({ q: "living", segments: [{ text: "living", corrected: true }], mode: "applied" });
    expect(found.total).toBe(living.total);
    expect(found.hits.map((h) => h.post.slug)).toEqual(living.hits.map((h) => h.post.slug));
  });

  it("corrects only the mistyped word of several, keeping the others as typed", async () => {
    const found = await searchPosts("Lviing COSTS");
    expect(found.correction).toEqual({
      q: "living COSTS",
      segments: [
        { text: "living", corrected: true },
        { text: " COSTS", corrected: false },
      ],
      mode: "applied",
    });
    expect(found.hits.map((h) => h.post.slug).sort()).toEqual(["costs", "living-with-damp"]);
  });

  it("never changes a word that is in the vocabulary, whatever its case", async () => {
    for (const q of ["living", "LIVING", "Living costs"]) {
      const found = await searchPosts(q);
      expect(found.correction, q).toBeNull();
      expect(found.total, q).toBeGreaterThan(0);
    }
  });

  it("never changes a word the search finds through stemming", async () => {
    expect(await vocabulary("repairs")).toBe(0);
    const found = await searchPosts("repairs");
    expect(found.correction).toBeNull();
    expect(found.hits.map((h) => h.post.slug)).toEqual(["repairs"]);
  });

  it("leaves words shorter than three letters and numbers alone", async () => {
    expect(await vocabulary("2024")).toBe(0);
    const found = await searchPosts("lviing 2024 in");
    expect(found.correction).toMatchObject({ q: "living 2024 in", mode: "applied" });
    expect(found.hits.map((h) => h.post.slug)).toEqual(["living-with-damp"]);
  });

  it("prefers the more frequent of two equally close words", async () => {
    expect([await vocabulary("banks"), await vocabulary("tanks")]).toEqual([5, 1]);
    expect(await suggestion("xanks")).toBe("banks");
  });

  it("offers the correction as a question when the words as typed already find enough", async () => {
    const found = await searchPosts("banks or lviing");
    expect(found.total).toBe((await searchPosts("banks")).total);
    expect(found.correction).toMatchObject({ q: "banks or living", mode: "offered" });
  });

  it("searches the words as typed when asked to", async () => {
    expect(await searchPosts("Lviing", {}, 1, { verbatim: true })).toMatchObject({ total: 0, correction: null });
  });

  it("finds the nearest words through the trigram index, whatever the number of posts", async () => {
    let plan = "";
    // Rolled back: the extra words only make reading them all the planner's worst choice.
    await expect(
      db.$transaction(async (tx) => {
        await tx.$executeRaw`
          INSERT INTO "SearchWord" ("word", "frequency")
          SELECT 'w' || md5(n::text), 1 FROM generate_series(1, 20000) AS n`;
        await tx.$executeRaw`ANALYZE "SearchWord"`;
        const rows = await tx.$queryRaw<{ "QUERY PLAN": string }[]>(
          Prisma.sql`EXPLAIN ${suggestionsSql(["lviing"], new Date())}`,
        );
        plan = rows.map((r) => r["QUERY PLAN"]).join("\n");
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(plan).toMatch(/Index Scan using "SearchWord_word_trgm_idx" on "SearchWord"/);
    expect(plan).toMatch(/Order By: \(word <-> /);
    expect(plan).not.toMatch(/Seq Scan on "SearchWord"/);
  });
});
