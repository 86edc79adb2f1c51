import type { Db } from "../../../lib/db";
import { autosaveFields } from "./admin-fixtures";
import { BenchProblem } from "./errors";
import { sendServerAction } from "./server-action";

// The isolation bench's attacker: a real author, signed in over HTTP, saving
// one of their drafts again and again with a body that costs the Markdown
// pipeline many seconds ("# a\n" × 25,000: 100 KB, 4 s of one core on a quiet 2-core Xeon, over 13 s on a busy one).

export const PATHOLOGICAL_BODY = "# a\n".repeat(25_000);
export const HOSTILE_AUTHOR_EMAIL = "author@masthead.local";

export interface HostileDraft {
  id: string;
  version: number;
  sectionId: string;
  contributorId: string;
}

/** A fresh draft of the demo author's, credited to their own profile so they may edit it. */
export async function prepareHostileDraft(db: Db): Promise<HostileDraft> {
  const [author, section] = await Promise.all([
    db.user.findUnique({ where: { email: HOSTILE_AUTHOR_EMAIL }, select: { id: true, name: true } }),
    db.section.findFirst({ orderBy: { position: "asc" }, select: { id: true } }),
  ]);
  if (!author || !section) throw new BenchProblem(`The bench database lacks ${HOSTILE_AUTHOR_EMAIL} or a section.`);
  const profile =
    (await db.contributor.findFirst({ where: { userId: author.id }, select: { id: true } })) ??
    (await db.contributor.create({
      data: { userId: author.id, name: author.name ?? "Bench Author", slug: `bench-author-${author.id}` },
      select: { id: true },
    }));
  const post = await db.post.create({
    data: {
      slug: `bench-isolation-${Date.now().toString(36)}`,
      title: "Isolation bench draft",
      body: "A short body.",
      html: "<p>A short body.</p>",
      plainText: "A short body.",
      sectionId: section.id,
      createdById: author.id,
      bylines: { create: [{ contributorId: profile.id, position: 0 }] },
    },
    select: { id: true, version: true },
  });
  return { ...post, sectionId: section.id, contributorId: profile.id };
}

export interface HostileTally {
  sent: number;
  refused: number;
  saved: number;
  failed: number;
  /** The first answer that was neither a refusal nor a save, to show what went wrong. */
  firstFailure: string | null;
  meanSaveMs: number;
}

/** Saves the pathological body in a loop, one save after another, until stopped; then says how they ended. */
export function hostileSaves(options: { baseUrl: string; cookie: string; actionId: string; draft: HostileDraft }): {
  stop: () => Promise<HostileTally>;
} {
  const tally: HostileTally = { sent: 0, refused: 0, saved: 0, failed: 0, firstFailure: null, meanSaveMs: 0 };
  let totalMs = 0;
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      const started = performance.now();
      const fields = autosaveFields(options.draft, "Isolation bench draft", PATHOLOGICAL_BODY);
      const { status, text } = await sendServerAction(options.baseUrl, {
        pagePath: `/admin/posts/${options.draft.id}`,
        actionId: options.actionId,
        cookie: options.cookie,
        args: [{ postId: options.draft.id, version: options.draft.version, autosave: false, fields }],
      });
      totalMs += performance.now() - started;
      tally.sent += 1;
      if (text.includes("too complex to render in time")) tally.refused += 1;
      else if (status === 200 && text.includes('"ok":true')) {
        tally.saved += 1;
        // Kept on the draft, so the next phase's saves are not refused as stale.
        options.draft.version = Number(/"version":(\d+)/.exec(text)?.[1] ?? options.draft.version);
      } else {
        tally.failed += 1;
        // The action's answer is the RSC stream's second line; the first only frames it.
        tally.firstFailure ??= `HTTP ${status}: ${(text.split("\n")[1] ?? text).slice(0, 300)}`;
      }
    }
  })();
  return {
    stop: async () => {
      stopped = true;
      await loop;
      return { ...tally, meanSaveMs: tally.sent ? totalMs / tally.sent : 0 };
    },
  };
}
