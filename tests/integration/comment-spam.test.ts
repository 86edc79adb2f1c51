import { beforeEach, describe, expect, it } from "vitest";
import { getModerationQueue } from "../../lib/comments/moderation/data/queries";
import { getApprovedThread } from "../../lib/comments/reader/data/thread";
import { createCommentAction, editOwnCommentAction } from "../../lib/comments/reader/actions";
import { createComment } from "../../lib/comments/reader/data/mutations";
import { getReaderCommentState } from "../../lib/comments/reader/data/queries";
import { issueFormStamp } from "../../lib/comments/spam/form-stamp";
import { db } from "../../lib/db";
import { RateLimited } from "../../lib/errors";
import { translator } from "../../lib/i18n";
import { makePost } from "../helpers/factories";
import { asViewer, makeAccount, type TestAccount } from "../helpers/sign-in-as";

// The spam and abuse defences of reader comments, through the real server
// actions as signed-in readers. Spam is stored, answered like any comment
// awaiting moderation, and kept out of the public thread.

beforeEach(async () => {
  await db.comment.deleteMany();
  await db.auditLog.deleteMany();
  await db.siteSetting.deleteMany();
});

const setSetting = (key: string, value: number | string[]) =>
  db.siteSetting.upsert({ where: { key }, create: { key, value }, update: { value } });

const reader = (name = "Rosa Reader") => makeAccount("READER", { name });

const aMinuteAgo = () => new Date(Date.now() - 60_000);

/** As the island posts: with the stamp of a form shown a minute ago (or the given one). */
function post(
  account: TestAccount,
  postId: string,
  body: string,
  extra: { formStamp?: string; website?: string; parentId?: string } = {},
) {
  return asViewer(account, () =>
    createCommentAction({ postId, body, formStamp: issueFormStamp(postId, aMinuteAgo()), ...extra }),
  );
}

async function stored(account: TestAccount) {
  return db.comment.findMany({ where: { authorId: account.viewer.id }, orderBy: { createdAt: "asc" } });
}

async function autoSpamReasons(commentId: string) {
  const entry = await db.auditLog.findFirst({
    where: { action: "comment.auto-spam", subjectType: "comment", subjectId: commentId },
  });
  return entry ? (entry.data as { reasons: string }).reasons : null;
}

const LINKS = "Great deals: https://a.example https://b.example https://c.example https://d.example";

describe("comments the spam checks catch", () => {
  it("a comment with more links than allowed goes to Spam, is answered as awaiting moderation, and stays out of the thread", async () => {
    const article = await makePost();
    const rosa = await reader();
    const result = await post(rosa, article.id, LINKS);
    expect(result).toMatchObject({ ok: true, data: { status: "PENDING" } });

    const [comment] = await stored(rosa);
    expect(comment!.status).toBe("SPAM");
    expect(await autoSpamReasons(comment!.id)).toBe("4 links (more than 3 allowed)");
    expect((await getApprovedThread(article.id)).total).toBe(0);
    expect((await getReaderCommentState(rosa.viewer, article.id)).pending).toEqual([]);

    await setSetting("commentMaxLinks", 4);
    expect(await post(rosa, article.id, LINKS.replace("Great", "Good"))).toMatchObject({ ok: true });
    expect((await stored(rosa))[1]!.status).toBe("PENDING");
  });

  it("the same text again from the same reader within a day goes to Spam", async () => {
    const first = await makePost();
    const second = await makePost();
    const rosa = await reader();
    const sam = await reader("Sam");
    const text = "Our estate has had no hot water for a week now.";
    await post(rosa, first.id, text);
    await post(sam, first.id, text);
    await post(rosa, second.id, `  our ESTATE has had no hot water\n\nfor a week now.  `);

    const [original, copy] = await stored(rosa);
    expect(original!.status).toBe("PENDING");
    expect((await stored(sam))[0]!.status).toBe("PENDING");
    expect(copy!.status).toBe("SPAM");
    expect(await autoSpamReasons(copy!.id)).toBe("Same text as another comment by this reader in the last 24 hours");
  });

  it("the same text on three articles within an hour goes to Spam, whoever posts it", async () => {
    const articles = [await makePost(), await makePost(), await makePost()];
    const accounts = [await reader("One"), await reader("Two"), await reader("Three")];
    const text = "Visit my shop for the cheapest boilers in town";
    for (const [i, article] of articles.entries()) await post(accounts[i]!, article.id, text);

    expect((await stored(accounts[0]!))[0]!.status).toBe("PENDING");
    expect((await stored(accounts[1]!))[0]!.status).toBe("PENDING");
    const third = (await stored(accounts[2]!))[0]!;
    expect(third.status).toBe("SPAM");
    expect(await autoSpamReasons(third.id)).toBe("Same text on 3 articles within an hour");
  });

  it("short everyday replies may be repeated", async () => {
    const rosa = await reader();
    for (let i = 0; i < 3; i++) await post(rosa, (await makePost()).id, "Thanks!");
    expect((await stored(rosa)).map((c) => c.status)).toEqual(["PENDING", "PENDING", "PENDING"]);
  });

  it("a comment with a banned word goes to Spam, naming the word, in any letter case and only as a whole word", async () => {
    const article = await makePost();
    const rosa = await reader();
    await setSetting("commentBannedWords", ["casino", "cheap pills"]);
    await post(rosa, article.id, "Best CASINO bonuses here");
    await post(rosa, article.id, "Occasional casinos are not what I mean");
    await post(rosa, article.id, "[click](https://x.example/cheap%20pills) Cheap   pills");

    const [banned, fine, phrase] = await stored(rosa);
    expect(banned!.status).toBe("SPAM");
    expect(await autoSpamReasons(banned!.id)).toBe("Contains the banned word “casino”");
    expect(fine!.status).toBe("PENDING");
    expect(phrase!.status).toBe("SPAM");
    expect(await autoSpamReasons(phrase!.id)).toBe("Contains the banned word “cheap pills”");
  });

  it("a trusted reader's comment still goes to Spam when a check says so", async () => {
    const article = await makePost();
    const rosa = await reader();
    await setSetting("trustedCommenterThreshold", 1);
    await db.comment.create({
      data: {
        postId: article.id,
        authorId: rosa.viewer.id,
        body: "Earlier",
        html: "<p>Earlier</p>",
        status: "APPROVED",
        createdAt: aMinuteAgo(),
      },
    });
    expect(await post(rosa, article.id, "Straight through")).toMatchObject({ ok: true, data: { status: "APPROVED" } });
    expect(await post(rosa, article.id, LINKS)).toMatchObject({ ok: true, data: { status: "PENDING" } });
    expect((await stored(rosa)).map((c) => c.status)).toEqual(["APPROVED", "APPROVED", "SPAM"]);
    expect((await getApprovedThread(article.id)).items.some((c) => c.html.includes("a.example"))).toBe(false);
  });

  it("an edit that adds spam sends the pending comment to Spam", async () => {
    const article = await makePost();
    const rosa = await reader();
    await setSetting("commentBannedWords", ["casino"]);
    const created = await post(rosa, article.id, "An honest question about rents");
    const id = created.ok ? created.data.comment.id : "";
    const edited = await asViewer(rosa, () => editOwnCommentAction({ id, body: "Try my casino instead" }));
    expect(edited).toMatchObject({ ok: true, data: { id, body: "Try my casino instead" } });
    expect((await db.comment.findUniqueOrThrow({ where: { id } })).status).toBe("SPAM");
    expect(await autoSpamReasons(id)).toBe("Contains the banned word “casino”");
  });

  it("moderators see why in the Spam queue, until one of them decides", async () => {
    const article = await makePost();
    const rosa = await reader();
    const moderator = await makeAccount("MODERATOR");
    await post(rosa, article.id, LINKS);
    const [comment] = await stored(rosa);

    const queue = await getModerationQueue(moderator.viewer, { queue: "spam" });
    expect(queue.items).toMatchObject([{ id: comment!.id, autoSpamReasons: "4 links (more than 3 allowed)" }]);

    await db.comment.update({
      where: { id: comment!.id },
      data: { moderatedAt: new Date(Date.now() + 1000), moderatedById: moderator.viewer.id },
    });
    expect((await getModerationQueue(moderator.viewer, { queue: "spam" })).items[0]!.autoSpamReasons).toBeNull();
  });
});

describe("the honeypot", () => {
  it("a filled-in hidden field is answered as if the comment was taken, and the comment is stored as Spam", async () => {
    const article = await makePost();
    const rosa = await reader();
    const result = await post(rosa, article.id, "Nice article", { website: "https://bot.example" });
    expect(result).toMatchObject({ ok: true, data: { status: "PENDING", comment: { body: "Nice article" } } });
    const [comment] = await stored(rosa);
    expect(comment!.status).toBe("SPAM");
    expect(await autoSpamReasons(comment!.id)).toBe("Filled in the form field that only bots can see");
  });

  it("an empty hidden field changes nothing", async () => {
    const article = await makePost();
    const rosa = await reader();
    await post(rosa, article.id, "Nice article", { website: "" });
    expect((await stored(rosa))[0]!.status).toBe("PENDING");
  });
});

describe("the time between showing the form and posting", () => {
  it("a comment posted sooner than the setting allows is refused with a message, and nothing is stored", async () => {
    const article = await makePost();
    const rosa = await reader();
    const state = await asViewer(rosa, () => getReaderCommentState(rosa.viewer, article.id));
    const result = await post(rosa, article.id, "Typed at lightning speed", { formStamp: state.formStamp });
    expect(result).toMatchObject({ ok: false, error: { code: "rate-limited", message: "comments.error.tooQuick" } });
    expect(translator("en-GB")("comments.error.tooQuick")).toBe(
      "That was quick — please take a moment and post again.",
    );
    expect(await stored(rosa)).toEqual([]);

    await setSetting("commentMinSecondsToPost", 0);
    expect(await post(rosa, article.id, "Typed at lightning speed", { formStamp: state.formStamp })).toMatchObject({
      ok: true,
    });
  });

  it("a comment with no stamp, a forged one, one for another article or one older than a day is refused, and nothing is stored", async () => {
    const article = await makePost();
    const other = await makePost();
    const rosa = await reader();
    const old = issueFormStamp(article.id, new Date(Date.now() - 25 * 60 * 60 * 1000));
    const forged = `${Date.now() - 60_000}.${"A".repeat(43)}`;
    for (const formStamp of [undefined, "", forged, old, issueFormStamp(other.id, aMinuteAgo())]) {
      const result = await asViewer(rosa, () =>
        createCommentAction({ postId: article.id, body: "Hello", ...(formStamp === undefined ? {} : { formStamp }) }),
      );
      expect(result, String(formStamp)).toMatchObject({
        ok: false,
        error: { code: "validation", message: "comments.error.staleForm" },
      });
    }
    expect(await stored(rosa)).toEqual([]);
  });
});

describe("rate limits", () => {
  it("the sixth comment by one reader within a minute is refused with a message; the first five are stored", async () => {
    const article = await makePost();
    const rosa = await reader();
    for (let i = 1; i <= 5; i++)
      expect(await post(rosa, article.id, `Thought number ${i}`)).toMatchObject({ ok: true });
    const sixth = await post(rosa, article.id, "Thought number 6");
    expect(sixth).toMatchObject({
      ok: false,
      error: { code: "rate-limited", message: "comments.error.tooManyPerMinute" },
    });
    expect(translator("en-GB")("comments.error.tooManyPerMinute")).toMatch(/wait a minute/);
    expect(translator("nl-NL")("comments.error.tooManyPerMinute")).toMatch(/Wacht een minuut/);
    expect((await stored(rosa)).map((c) => c.body)).toEqual([1, 2, 3, 4, 5].map((i) => `Thought number ${i}`));

    // A minute later the reader may post again.
    await db.throttleCounter.update({
      where: { key: `comment:reader:${rosa.viewer.id}` },
      data: { windowEndsAt: new Date(Date.now() - 1) },
    });
    expect(await post(rosa, article.id, "Thought number 6")).toMatchObject({ ok: true });
  });

  it("follows the configured number per minute", async () => {
    const article = await makePost();
    const rosa = await reader();
    await setSetting("commentRateLimitPerMinute", 2);
    expect(await post(rosa, article.id, "One")).toMatchObject({ ok: true });
    expect(await post(rosa, article.id, "Two")).toMatchObject({ ok: true });
    expect(await post(rosa, article.id, "Three")).toMatchObject({
      ok: false,
      error: { message: "comments.error.tooManyPerMinute" },
    });
  });

  it("counts comments from one network address across readers, and other addresses separately", async () => {
    const article = await makePost();
    const [a, b, c] = [await reader("A"), await reader("B"), await reader("C")];
    await setSetting("commentRateLimitPerMinutePerIp", 3);
    const from = (account: TestAccount, address: string, body: string) =>
      createComment(
        account.viewer,
        { postId: article.id, body, formStamp: issueFormStamp(article.id, aMinuteAgo()) },
        { address },
      ).then((w) => w.result);

    await from(a, "203.0.113.7", "First from the office");
    await from(b, "203.0.113.7", "Second from the office");
    await from(a, "203.0.113.7", "Third from the office");
    await expect(from(c, "203.0.113.7", "Fourth from the office")).rejects.toEqual(
      new RateLimited("comments.error.tooManyFromAddress"),
    );
    await expect(from(c, "198.51.100.4", "From home")).resolves.toMatchObject({ status: "PENDING" });
    expect(await db.comment.count({ where: { postId: article.id } })).toBe(4);
  });

  it("without a trusted proxy the address is unknown, so readers are limited each on their own", async () => {
    const article = await makePost();
    await setSetting("commentRateLimitPerMinutePerIp", 1);
    for (const name of ["A", "B", "C"])
      expect(await post(await reader(name), article.id, `Hello from ${name}`)).toMatchObject({ ok: true });
    expect(await db.comment.count({ where: { postId: article.id } })).toBe(3);
  });
});
