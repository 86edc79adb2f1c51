import "server-only";
import { db, Prisma } from "../../db";

// Abuse-limit counters in PostgreSQL, so every server process and restart
// agrees. Each decision is one INSERT … ON CONFLICT … DO UPDATE: PostgreSQL
// locks the row for the statement, so parallel requests are counted one after
// another and exactly `limit` of them get through (a count followed by a
// write would let all of them read the same count).

/** What a counted event learns: whether it is within the limit and, if not, how long until it would be. */
export interface Hit {
  allowed: boolean;
  hits: number;
  retryAfterSeconds: number;
}

export interface Backoff {
  /** Attempts admitted without waiting. */
  free: number;
  /** The wait after the last free attempt; each further attempt doubles it. */
  baseMs: number;
  capMs: number;
  /** Quiet for this long and the count starts over. */
  windowMs: number;
}

export type Admission = { admitted: true; attempts: number } | { admitted: false; retryAfterSeconds: number };

const ms = (value: number) => Prisma.sql`(${Math.round(value)}::int * interval '1 millisecond')`;

const SWEEP_EVERY_MS = 60_000;
let lastSweep = 0;

/** Drops counters whose window ended a day ago, at most once a minute per process, so new keys cannot fill the table. */
async function sweepNow(): Promise<void> {
  if (Date.now() - lastSweep < SWEEP_EVERY_MS) return;
  lastSweep = Date.now();
  await db.$executeRaw`DELETE FROM "ThrottleCounter" WHERE "windowEndsAt" < now() - interval '1 day'`;
}

/** Counts one event against `key` in a fixed window that starts with the key's first event. */
export async function hit(key: string, { limit, windowMs }: { limit: number; windowMs: number }): Promise<Hit> {
  const window = ms(windowMs);
  const rows = await db.$queryRaw<{ hits: number; retryAfter: number }[]>`
    INSERT INTO "ThrottleCounter" AS t ("key", "hits", "windowEndsAt")
    VALUES (${key}, 1, now() + ${window})
    ON CONFLICT ("key") DO UPDATE SET
      "hits" = CASE WHEN t."windowEndsAt" <= now() THEN 1 ELSE t."hits" + 1 END,
      "windowEndsAt" = CASE WHEN t."windowEndsAt" <= now() THEN EXCLUDED."windowEndsAt" ELSE t."windowEndsAt" END,
      "notifiedAt" = CASE WHEN t."windowEndsAt" <= now() THEN NULL ELSE t."notifiedAt" END
    RETURNING t."hits", ceil(extract(epoch FROM t."windowEndsAt" - now()))::int AS "retryAfter"`;
  await sweepNow();
  const { hits, retryAfter } = rows[0]!;
  return { allowed: hits <= limit, hits, retryAfterSeconds: Math.max(1, retryAfter) };
}

/** Takes one event back, for attempts that turned out to be legitimate. */
export async function refund(key: string): Promise<void> {
  await db.$executeRaw`
    UPDATE "ThrottleCounter" SET "hits" = GREATEST("hits" - 1, 0)
    WHERE "key" = ${key} AND "windowEndsAt" > now()`;
}

/**
 * Admits an attempt unless the key must still wait: the first `free` attempts
 * pass at once, then each further one only after base·2ⁿ (capped) since the
 * one before. Every admitted attempt counts until `clear` forgets the key, so
 * attempts in flight count too.
 */
export async function admitWithBackoff(key: string, { free, baseMs, capMs, windowMs }: Backoff): Promise<Admission> {
  const window = ms(windowMs);
  const attempt = Prisma.sql`(CASE WHEN t."windowEndsAt" <= now() THEN 1 ELSE t."hits" + 1 END)`;
  const delayAfter = (n: Prisma.Sql) =>
    Prisma.sql`(CASE WHEN ${n} < ${free}::int THEN NULL
      ELSE now() + LEAST(${baseMs}::float8 * power(2, LEAST(${n} - ${free}::int, 40)), ${capMs}::float8)
        * interval '1 millisecond' END)`;
  const rows = await db.$queryRaw<{ hits: number }[]>`
    INSERT INTO "ThrottleCounter" AS t ("key", "hits", "windowEndsAt", "nextAllowedAt")
    VALUES (${key}, 1, now() + ${window}, ${delayAfter(Prisma.sql`1`)})
    ON CONFLICT ("key") DO UPDATE SET
      "hits" = ${attempt},
      "windowEndsAt" = now() + ${window},
      "nextAllowedAt" = ${delayAfter(attempt)}
    WHERE t."nextAllowedAt" IS NULL OR t."nextAllowedAt" <= now() OR t."windowEndsAt" <= now()
    RETURNING t."hits"`;
  await sweepNow();
  if (rows[0]) return { admitted: true, attempts: rows[0].hits };
  const waiting = await db.$queryRaw<{ retryAfter: number | null }[]>`
    SELECT ceil(extract(epoch FROM "nextAllowedAt" - now()))::int AS "retryAfter"
    FROM "ThrottleCounter" WHERE "key" = ${key}`;
  return { admitted: false, retryAfterSeconds: Math.max(1, waiting[0]?.retryAfter ?? 1) };
}

/** Whether the key's count is over `limit` right now, without counting anything. */
export async function isOver(key: string, limit: number): Promise<boolean> {
  const rows = await db.$queryRaw<{ hits: number }[]>`
    SELECT "hits" FROM "ThrottleCounter" WHERE "key" = ${key} AND "windowEndsAt" > now()`;
  return (rows[0]?.hits ?? 0) > limit;
}

/**
 * Claims the one notification of the key's current episode: true for exactly
 * one caller until the window ends or the key is cleared.
 */
export async function claimNotification(key: string): Promise<boolean> {
  const claimed = await db.$executeRaw`
    UPDATE "ThrottleCounter" SET "notifiedAt" = now()
    WHERE "key" = ${key} AND "notifiedAt" IS NULL AND "windowEndsAt" > now()`;
  return claimed === 1;
}

/** Forgets the given keys and every key starting with one of `prefixes`. */
export async function clear({ keys = [], prefixes = [] }: { keys?: string[]; prefixes?: string[] }): Promise<void> {
  const patterns = prefixes.map((prefix) => `${prefix.replace(/[\\%_]/g, "\\$&")}%`);
  await db.$executeRaw`
    DELETE FROM "ThrottleCounter"
    WHERE "key" = ANY(${keys}::text[]) OR "key" LIKE ANY(${patterns}::text[])`;
}
