import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "../../env";

// When the comment form was handed out, signed so it cannot be made up: the
// reader's island receives a stamp with its state, and a comment posted
// sooner than the settings allow after that, or with no valid stamp at all,
// was not typed by a person reading the article.

/** A stamp older than this is refused too: the page has been open for more than a day. */
export const FORM_STAMP_LIFETIME_MS = 24 * 60 * 60 * 1000;
/** Clocks of several servers behind one proxy may differ slightly. */
const CLOCK_SKEW_MS = 60_000;

export type FormStampCheck = "ok" | "too-quick" | "invalid";

const signature = (postId: string, issuedAt: number, secret: string) =>
  createHmac("sha256", secret).update(`masthead:comment-form:${postId}:${issuedAt}`).digest("base64url");

export function signFormStamp(postId: string, secret: string, issuedAt: Date = new Date()): string {
  const time = issuedAt.getTime();
  return `${time}.${signature(postId, time, secret)}`;
}

/** Whether a comment on `postId` carrying `stamp` may be taken at `now`. */
export function checkFormStamp(
  stamp: string | undefined,
  { postId, secret, minSeconds, now = new Date() }: { postId: string; secret: string; minSeconds: number; now?: Date },
): FormStampCheck {
  const match = /^(\d{1,15})\.([\w-]{43})$/.exec(stamp ?? "");
  if (!match) return "invalid";
  const issuedAt = Number(match[1]);
  const given = Buffer.from(match[2]!);
  const expected = Buffer.from(signature(postId, issuedAt, secret));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return "invalid";
  const age = now.getTime() - issuedAt;
  if (age < -CLOCK_SKEW_MS || age > FORM_STAMP_LIFETIME_MS) return "invalid";
  return age < minSeconds * 1000 ? "too-quick" : "ok";
}

export function formStampSecret(): string {
  const secret = env().NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set: `npm start` generates one, or set it in the environment.");
  return secret;
}

/** A stamp for the comment form of `postId`, issued now (or at `issuedAt`). */
export function issueFormStamp(postId: string, issuedAt: Date = new Date()): string {
  return signFormStamp(postId, formStampSecret(), issuedAt);
}
