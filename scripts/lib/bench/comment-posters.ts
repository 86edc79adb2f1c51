import type { ReaderCommentState } from "../../../lib/comments/reader/dto";
import { HONEYPOT_FIELD } from "../../../lib/comments/spam/honeypot";
import { BenchProblem } from "./errors";
import type { BenchReader } from "./comments-fixtures";
import { classifyActionAnswer, type PostOutcome } from "./comments-summary";
import { assertLoopback } from "./load";
import { sendServerAction } from "./server-action";

// Readers posting comments over HTTP, each call exactly as the article's
// comment island makes it: first its state (which hands out the signed form
// stamp), then the createCommentAction server action, POSTed to the
// article's own path with the reader's session cookie, the stamp and the
// honeypot left empty.

/** Past this a post counts as failed ("timeout"); the run still ends. */
export const POST_TIMEOUT_MS = 30_000;

/** The exported name of the action the comment form calls (lib/comments/reader-actions.ts). */
export const CREATE_COMMENT_ACTION = "createCommentAction";

/** In every timed comment's text and nowhere else: how the run's rows are found afterwards. */
export const runMarker = (runId: string) => `(bench run ${runId})`;

/** Unique per run and index: the spam checks take repeated text for a campaign. */
export function benchCommentText(runId: string, index: number): string {
  return (
    `Comment ${index + 1} ${runMarker(runId)}. The piece makes a fair point about repairs, ` +
    "but the figures for the last two winters tell a different story on our estate: " +
    "damp reports went *up* after the new contractor started, not down."
  );
}

export interface StampedReader extends BenchReader {
  /** Sent back as the island sends it: absent when the state had none (the probe post then tells whether that matters). */
  formStamp: string | undefined;
}

function whyNoPosting(state: ReaderCommentState | null, status: number): string | null {
  if (!state) return `answers HTTP ${status}`;
  if (!state.signedIn)
    return "does not know the bench reader's session (was the server started with another NEXTAUTH_SECRET?)";
  if (state.needsName || state.banned) return "says the bench reader may not post";
  if (!state.open) return "says the thread is closed";
  return null;
}

/**
 * Each reader's comment state for the article, as the island loads it when
 * the page opens: it proves the session cookie works and that the reader may
 * post, and gives the form stamp each comment carries back.
 */
export async function openCommentForms(
  baseUrl: string,
  article: { id: string; path: string },
  readers: readonly BenchReader[],
): Promise<StampedReader[]> {
  const url = new URL(`/api/comments?postId=${encodeURIComponent(article.id)}`, assertLoopback(baseUrl));
  const stamped: StampedReader[] = [];
  for (const reader of readers) {
    const response = await fetch(url, {
      headers: { cookie: reader.cookie },
      signal: AbortSignal.timeout(POST_TIMEOUT_MS),
    });
    const text = await response.text();
    const state = response.ok ? (JSON.parse(text) as ReaderCommentState) : null;
    const problem = whyNoPosting(state, response.status);
    if (problem || !state)
      throw new BenchProblem(`The comment state of ${article.path} ${problem}: ${text.slice(0, 300)}`);
    stamped.push({ ...reader, formStamp: state.formStamp });
  }
  return stamped;
}

export interface PosterOptions {
  baseUrl: string;
  actionId: string;
  article: { id: string; path: string };
  readers: readonly StampedReader[];
  runId: string;
}

async function post(
  options: PosterOptions,
  reader: StampedReader,
  body: string,
): Promise<{ status: number; text: string }> {
  return sendServerAction(options.baseUrl, {
    pagePath: options.article.path,
    actionId: options.actionId,
    args: [{ postId: options.article.id, body, formStamp: reader.formStamp, [HONEYPOT_FIELD]: "" }],
    cookie: reader.cookie,
    signal: AbortSignal.timeout(POST_TIMEOUT_MS),
  });
}

/** Comment `index` goes out as reader `index mod readers`; the outcome is recorded, never thrown. */
export function commentPoster(options: PosterOptions): (index: number) => Promise<PostOutcome> {
  if (!options.readers.length) throw new BenchProblem("The comment bench has no readers to post as.");
  return async (index) => {
    const reader = options.readers[index % options.readers.length]!;
    const started = performance.now();
    try {
      const { status, text } = await post(options, reader, benchCommentText(options.runId, index));
      return { ...classifyActionAnswer(status, text), latencyMs: performance.now() - started };
    } catch (error) {
      const reason = error instanceof Error && error.name === "TimeoutError" ? "timeout" : "no answer";
      return { kind: "failed", reason, latencyMs: performance.now() - started };
    }
  };
}

/** One comment through the whole path before anything is timed: a refusal here is a broken setup, not a result. */
export async function probeCommentPosting(options: PosterOptions): Promise<void> {
  const reader = options.readers[0];
  if (!reader) throw new BenchProblem("The comment bench has no readers to post as.");
  const { status, text } = await post(options, reader, `A first comment, before bench run ${options.runId} is timed.`);
  if (classifyActionAnswer(status, text).kind !== "accepted") {
    throw new BenchProblem(
      `A test comment on ${options.article.path} was not accepted (HTTP ${status}): ${text.slice(0, 400)}`,
    );
  }
}
