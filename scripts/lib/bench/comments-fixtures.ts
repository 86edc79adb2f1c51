import { encode } from "next-auth/jwt";
import { openSession, SESSION_MAX_AGE_SECONDS } from "../../../lib/auth/data/sessions";
import { ensureInternalSecret } from "../cli/internal-secret";
import { SCALE_SLUG_PREFIX } from "../content/scale/plan";
import type { Db, Prisma } from "../../../lib/db";
import { env } from "../../../lib/env";
import { commentsOpen } from "../../../lib/comments/closing";
import { publiclyVisible } from "../../../lib/posts/visibility";
import { getSiteSettings } from "../../../lib/settings/data/queries";
import { siteSettingsSchema } from "../../../lib/settings/schema";
import { BenchProblem } from "./errors";

// What the comment bench needs in its database before the server starts: an
// article that takes comments, and signed-in readers to post them, each with
// a real server-side session and the cookie next-auth would have set.

/** Bench readers' addresses: the .invalid domain can never receive mail. */
export const benchReaderEmail = (n: number) => `bench-reader-${String(n).padStart(4, "0")}@bench.invalid`;

export interface BenchReader {
  id: string;
  cookie: string;
}

export interface CommentBenchFixtures {
  article: { id: string; path: string };
  readers: BenchReader[];
  /** The site's minimum time between showing the comment form and taking a comment. */
  minSecondsToPost: number;
  /** Rate-limit settings the bench raised, and those it could not raise far enough. */
  limits: { key: RateLimitKey; value: number; short: boolean }[];
}

type RateLimitKey = "commentRateLimitPerMinute" | "commentRateLimitPerMinutePerIp";

async function pickCommentableArticle(db: Db): Promise<{ id: string; path: string }> {
  const { commentsCloseAfterDays } = await getSiteSettings();
  const isOpen = (p: { commentsEnabled: boolean; publishedAt: Date | null }) =>
    p.publishedAt !== null &&
    commentsOpen({ commentsEnabled: p.commentsEnabled, publishedAt: p.publishedAt }, commentsCloseAfterDays);
  const newest = (where: Prisma.PostWhereInput) =>
    db.post.findMany({
      where: { ...publiclyVisible(), commentsEnabled: true, ...where },
      orderBy: { publishedAt: "desc" },
      select: { id: true, slug: true, publishedAt: true, commentsEnabled: true },
      take: 50,
    });
  // A demo article (real Markdown, figures, bylines) before a generated one, as `npm run bench` picks.
  const article =
    (await newest({ NOT: { slug: { startsWith: SCALE_SLUG_PREFIX } } })).find(isOpen) ??
    (await newest({})).find(isOpen);
  if (!article) throw new BenchProblem("The bench database has no published article that takes comments.");
  return { id: article.id, path: `/articles/${article.slug}` };
}

/**
 * `count` reader accounts with display names (made once, kept between runs),
 * their earlier bench comments and sessions removed so that every run starts
 * from the same state and no per-account limit remembers the last run.
 */
async function resetReaders(db: Db, count: number): Promise<{ id: string; email: string; name: string | null }[]> {
  const wanted = Array.from({ length: count }, (_, i) => ({
    email: benchReaderEmail(i + 1),
    name: `Bench reader ${i + 1}`,
    role: "READER" as const,
    emailVerified: new Date(),
  }));
  await db.user.createMany({ data: wanted, skipDuplicates: true });
  const emails = wanted.map((r) => r.email);
  await db.user.updateMany({ where: { email: { in: emails } }, data: { disabled: false, bannedAt: null } });
  const readers = await db.user.findMany({
    where: { email: { in: emails } },
    select: { id: true, email: true, name: true },
    orderBy: { email: "asc" },
  });
  const ids = readers.map((r) => r.id);
  await db.comment.deleteMany({ where: { authorId: { in: ids } } });
  await db.session.deleteMany({ where: { userId: { in: ids } } });
  return readers;
}

/**
 * All the bench's comments come from one address and a hundred or so
 * readers, far faster than readers post: the per-reader and per-address
 * limits are raised to twice what the run needs (within what the settings
 * allow), so that the run measures posting, not the limiter refusing. The
 * bench database is the bench's own; the values stay for the next run.
 */
async function raiseRateLimits(
  db: Db,
  options: { ratePerSecond: number; readers: number },
): Promise<CommentBenchFixtures["limits"]> {
  const needed: Record<RateLimitKey, number> = {
    commentRateLimitPerMinute: Math.ceil((options.ratePerSecond * 60) / options.readers),
    commentRateLimitPerMinutePerIp: Math.ceil(options.ratePerSecond * 60),
  };
  const limits: CommentBenchFixtures["limits"] = [];
  for (const key of Object.keys(needed) as RateLimitKey[]) {
    const allowed = siteSettingsSchema.shape[key].unwrap().maxValue ?? Number.MAX_SAFE_INTEGER;
    const value = Math.min(allowed, needed[key] * 2);
    await db.siteSetting.upsert({ where: { key }, create: { key, value }, update: { value } });
    limits.push({ key, value, short: value < needed[key] });
  }
  return limits;
}

export async function prepareCommentBench(
  db: Db,
  options: { readers: number; ratePerSecond: number },
): Promise<CommentBenchFixtures> {
  const article = await pickCommentableArticle(db);
  const limits = await raiseRateLimits(db, options);
  const { commentMinSecondsToPost } = await getSiteSettings();
  // The server is started with the secret this makes (or the environment's);
  // env() was parsed before it existed, so it is read from process.env.
  ensureInternalSecret(env().MASTHEAD_DATA_DIR);
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new BenchProblem("No NEXTAUTH_SECRET to sign the bench readers' session cookies with.");

  const readers: BenchReader[] = [];
  for (const reader of await resetReaders(db, options.readers)) {
    const sid = await openSession(reader.id);
    const token = await encode({
      token: { sub: reader.id, email: reader.email, name: reader.name, sid },
      secret,
      maxAge: SESSION_MAX_AGE_SECONDS,
    });
    readers.push({ id: reader.id, cookie: `next-auth.session-token=${token}` });
  }
  return { article, readers, minSecondsToPost: commentMinSecondsToPost, limits };
}

/** A run's comments in the table, by status: matched by author and by the run's marker in the text. */
export async function countRunComments(
  db: Db,
  readerIds: readonly string[],
  marker: string,
): Promise<Record<string, number>> {
  const groups = await db.comment.groupBy({
    by: ["status"],
    where: { authorId: { in: [...readerIds] }, body: { contains: marker } },
    _count: { _all: true },
  });
  return Object.fromEntries(groups.map((g) => [g.status, g._count._all]));
}
