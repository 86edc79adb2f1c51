import { type APIRequestContext } from "@playwright/test";
import { SESSION_COOKIES } from "../../lib/auth/cookie-names";
import { DRAFT_SLUG } from "../helpers/e2e-fixtures";
import { encodeReply, readServerReferences, type ServerReference } from "../helpers/server-references";
import { expect, revalidate, sql, test } from "./helpers";

// Next registers every 'use cache' function and every server action as a
// server reference that anyone can call with a POST carrying its id. This
// calls each one in the production build anonymously, with the arguments an
// attacker would try, and checks that nothing private comes back and nothing
// breaks.

const references = readServerReferences(".next-e2e");

/** Names of fields no public answer may carry. */
const PRIVATE_FIELDS = [
  "passwordHash",
  "emailVerified",
  "contactOptIn",
  "commentBannedWords",
  "commentMaxLinks",
  "commentRateLimitPerMinute",
  "commentMinSecondsToPost",
  "trustedCommenterThreshold",
  "notifyEditorsOnReview",
  "maxUploadMegabytes",
];

/** Values planted in the database that only staff may see. */
const PLANTED = {
  bannedWord: "zqplantedbannedword",
  contributorEmail: "zq-hidden-contact@example.test",
  draftTitle: "Zq planted draft title",
  scheduledTitle: "Zq planted scheduled title",
  pendingComment: "Zq planted pending comment",
};

const filterObjects = [{ contains: "" }, { not: "zz" }, { in: ["a", "b"] }];
const nested = Array.from({ length: 40 }).reduce<unknown>((inner) => ({ a: inner, kind: "all" }), { slug: "x" });
const pollution = JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}');
const hostileValues: unknown[] = [
  ...filterObjects,
  ...[-1, 0, 1e12, Number.NaN, Infinity],
  "x".repeat(100_000),
  ["a", "b"],
  nested,
  pollution,
  null,
  DRAFT_SLUG,
  "zq-planted-draft",
  "zq-hidden-contact",
];

/**
 * The argument lists tried on each cached function: a hostile value in every
 * position, then after a harmless first argument so the later positions are
 * reached too, then hostile fields inside well-formed filters and scopes.
 */
const cachedCalls: unknown[][] = [
  [],
  ...hostileValues.flatMap((v) => [
    [v, v, v],
    ["x", v, v],
  ]),
  [{ kind: "all" }, -1],
  [{ kind: "section", sectionId: { not: "" } }, 1],
  [{ kind: "contributor", slug: { contains: "" } }, "rss"],
  ["x", { section: { contains: "" }, type: "BLOG" }, 1],
];

/** A few requests at a time: the probe must not starve the tests running beside it. */
async function inBatches<T, R>(items: T[], size: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) results.push(...(await Promise.all(items.slice(i, i + size).map(fn))));
  return results;
}

async function call(request: APIRequestContext, reference: ServerReference, args: unknown[]) {
  const response = await request.post(reference.path, {
    headers: {
      "next-action": reference.id,
      "content-type": "text/plain;charset=UTF-8",
      accept: "text/x-component",
      // Past the admin area's cookie-presence redirect: the session behind it does not exist.
      cookie: `${SESSION_COOKIES[1]}=not-a-session`,
      // A fresh connection each time: reusing one the server is just closing would fail the request, not the site.
      connection: "close",
    },
    data: encodeReply(args),
    maxRedirects: 0,
  });
  return { status: response.status(), body: await response.text() };
}

let privateValues: string[] = [];

test.beforeAll(async ({ request }) => {
  await sql(
    `INSERT INTO "SiteSetting" (key, value, "updatedAt") VALUES ('commentBannedWords', $1::jsonb, now())
     ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
    [JSON.stringify([PLANTED.bannedWord])],
  );
  await sql(
    `INSERT INTO "Contributor" (id, slug, name, email, "contactOptIn", "updatedAt")
     VALUES ('zqhiddencontact', 'zq-hidden-contact', 'Zq Hidden Contact', $1, false, now()) ON CONFLICT DO NOTHING`,
    [PLANTED.contributorEmail],
  );
  await sql(
    `INSERT INTO "Post" (id, slug, title, status, "scheduledAt", "updatedAt") VALUES
       ('zqplanteddraft', 'zq-planted-draft', $1, 'DRAFT', NULL, now()),
       ('zqplantedscheduled', 'zq-planted-scheduled', $2, 'SCHEDULED', now() + interval '30 days', now())
     ON CONFLICT DO NOTHING`,
    [PLANTED.draftTitle, PLANTED.scheduledTitle],
  );
  await sql(
    `INSERT INTO "Comment" (id, "postId", "authorId", status, body, html, "updatedAt")
     SELECT 'zqplantedpending', p.id, u.id, 'PENDING', $1, $1, now()
     FROM "Post" p, "User" u WHERE p.slug = 'e2e-conversation' AND u.email = 'existing-reader@example.test'
     ON CONFLICT DO NOTHING`,
    [PLANTED.pendingComment],
  );
  await revalidate(request, { tags: ["settings", "posts"] });
  // Every address and hash, except the contact addresses contributors chose to publish.
  const users = await sql(
    `SELECT email, "passwordHash" FROM "User" u
     WHERE NOT EXISTS (SELECT 1 FROM "Contributor" c WHERE c."contactOptIn" AND c.email = u.email)`,
  );
  const drafts = await sql(`SELECT title FROM "Post" WHERE slug = $1`, [DRAFT_SLUG]);
  privateValues = [
    ...Object.values(PLANTED),
    ...users.flatMap((u: { email: string; passwordHash: string | null }) => [u.email, u.passwordHash ?? ""]),
    ...drafts.map((d: { title: string }) => d.title),
  ].filter(Boolean);
});

function expectNothingPrivate(body: string, what: string) {
  for (const secret of [...PRIVATE_FIELDS, ...privateValues])
    expect(body, `${what} leaked ${secret}`).not.toContain(secret);
}

test("the probe reaches the cached readers: the settings reader answers with public settings only", async ({
  request,
}) => {
  const settings = references.find((r) => r.name.startsWith("lib/settings/cached.ts"));
  expect(settings).toBeDefined();
  const { status, body } = await call(request, settings!, []);
  expect(status).toBe(200);
  expect(body).toContain('"siteName"');
  expectNothingPrivate(body, "getSiteSettingsCached()");
});

test("every cached function, called anonymously with hostile arguments, answers without an error or a private field", async ({
  request,
}) => {
  test.setTimeout(15 * 60_000);
  const cached = references.filter((r) => r.kind === "cached");
  expect(cached.length).toBeGreaterThanOrEqual(15);
  for (const reference of cached) {
    const answers = await inBatches(cachedCalls, 6, (args) => call(request, reference, args));
    answers.forEach(({ status, body }, i) => {
      const what = `${reference.name}(${JSON.stringify(cachedCalls[i]).slice(0, 120)})`;
      expect(status, `${what} answered ${status}: ${body.slice(0, 300)}`).toBeLessThan(500);
      expectNothingPrivate(body, what);
    });
  }
});

test("every server action, called without a session and with hostile arguments, refuses without an error or a private field", async ({
  request,
}) => {
  test.setTimeout(10 * 60_000);
  const actions = references.filter((r) => r.kind === "action");
  expect(actions.length).toBeGreaterThan(20);
  const calls = actions.flatMap((reference) =>
    [[], [filterObjects[0]], [pollution], [null, "x".repeat(100_000)]].map((args) => ({ reference, args })),
  );
  const answers = await inBatches(calls, 4, ({ reference, args }) => call(request, reference, args));
  answers.forEach(({ status, body }, i) => {
    const { name } = calls[i]!.reference;
    expect(status, `${name} answered ${status}: ${body.slice(0, 300)}`).toBeLessThan(500);
    expectNothingPrivate(body, name);
    expect(body, name).not.toContain('"ok":true');
  });
});
