import "server-only";
import { recordAudit } from "../../audit/data/record";
import { db } from "../../db";
import { assertTransition } from "../workflow";
import { emitWebhookEvent } from "../../webhooks/data/emit";
import { publishedPostData } from "../../webhooks/data/event-data";
import { freezeBylines } from "./post-references";

// Several instances may publish at once (the web server's timer, `npm run
// worker`): each due row is locked by exactly one of them
// (FOR UPDATE SKIP LOCKED), so a post is published once.

/** At most this many posts per call; the next call takes the rest. */
const BATCH = 50;

/** Publishes the scheduled posts whose time has come (one batch) and returns their ids. */
export async function publishDueBatch(now: Date): Promise<string[]> {
  return db.$transaction(async (tx) => {
    const due = await tx.$queryRaw<
      { id: string; status: "SCHEDULED"; createdById: string | null; scheduledById: string | null; scheduledAt: Date }[]
    >`
      SELECT id, status, "createdById", "scheduledById", "scheduledAt" FROM "Post"
      WHERE status = 'SCHEDULED' AND "scheduledAt" <= ${now}
      ORDER BY "scheduledAt", id
      LIMIT ${BATCH}
      FOR UPDATE SKIP LOCKED`;
    for (const post of due) {
      const to = assertTransition(null, "due", post);
      const before = await tx.post.findUniqueOrThrow({ where: { id: post.id }, select: { publishedAt: true } });
      await tx.post.update({
        where: { id: post.id },
        data: {
          status: to,
          // A post published before keeps its first date and publisher.
          ...(before.publishedAt === null ? { publishedAt: now, publishedById: post.scheduledById } : {}),
          scheduledAt: null,
          scheduledById: null,
          version: { increment: 1 },
        },
      });
      if (before.publishedAt === null) await freezeBylines(tx, post.id);
      await emitWebhookEvent(tx, "post.published", () => publishedPostData(tx, post.id));
      await recordAudit(tx, {
        actorId: null,
        action: "post.auto-publish",
        subjectType: "post",
        subjectId: post.id,
        data: { scheduledAt: post.scheduledAt.toISOString() },
      });
    }
    return due.map((p) => p.id);
  });
}
