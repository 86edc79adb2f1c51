import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it, vi } from "vitest";
import { SIGN_IN_LOG_DAYS } from "../../lib/auth/data/sign-in-log";
import { db } from "../../lib/db";
import { publishDuePosts } from "../../lib/jobs/publish-due-posts";
import { startScheduler } from "../../lib/jobs/scheduler";
import { makeContributor, makePost } from "../helpers/factories";

const MINUTE = 60_000;

async function scheduled(minutesFromNow: number, data: Parameters<typeof makePost>[0] = {}) {
  return makePost({
    status: "SCHEDULED",
    publishedAt: null,
    scheduledAt: new Date(Date.now() + minutesFromNow * MINUTE),
    ...data,
  });
}

/** A stand-in for the site's /api/internal/revalidate that records what it was asked. */
async function revalidationEndpoint() {
  const requests: { path: string; authorization: string | undefined; body: unknown }[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    let raw = "";
    req.on("data", (chunk: Buffer) => {
      raw += chunk.toString();
    });
    req.on("end", () => {
      requests.push({ path: req.url ?? "", authorization: req.headers.authorization, body: JSON.parse(raw) });
      res.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe("the scheduler", () => {
  it("publishes a due post exactly once when two runs race", async () => {
    const post = await scheduled(-1);
    const runs = await Promise.all([publishDuePosts(), publishDuePosts()]);
    expect(runs.flatMap((r) => r.published).filter((id) => id === post.id)).toEqual([post.id]);
    const stored = await db.post.findUniqueOrThrow({ where: { id: post.id } });
    expect(stored).toMatchObject({ status: "PUBLISHED", scheduledAt: null, version: post.version + 1 });
    expect(stored.publishedAt).not.toBeNull();
    expect(await db.auditLog.findMany({ where: { subjectId: post.id } })).toMatchObject([
      { action: "post.auto-publish", actorId: null },
    ]);
  });

  it("shares a batch of due posts between racing runs without publishing any twice", async () => {
    const posts = await Promise.all(Array.from({ length: 12 }, () => scheduled(-5)));
    const runs = await Promise.all([publishDuePosts(), publishDuePosts(), publishDuePosts()]);
    const published = runs.flatMap((r) => r.published).filter((id) => posts.some((p) => p.id === id));
    expect(published.sort()).toEqual(posts.map((p) => p.id).sort());
    expect(
      await db.auditLog.count({ where: { action: "post.auto-publish", subjectId: { in: posts.map((p) => p.id) } } }),
    ).toBe(12);
  });

  it("leaves posts scheduled for later, and drafts, alone", async () => {
    const later = await scheduled(30);
    const draft = await makePost({ status: "DRAFT", publishedAt: null, scheduledAt: new Date(Date.now() - MINUTE) });
    const { published } = await publishDuePosts();
    expect(published).not.toContain(later.id);
    expect(published).not.toContain(draft.id);
    expect((await db.post.findUniqueOrThrow({ where: { id: later.id } })).status).toBe("SCHEDULED");
    expect((await db.post.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("DRAFT");
  });

  it("freezes the bylines at publication and keeps an earlier publication date", async () => {
    const writer = await makeContributor({ jobTitle: "Caretaker" });
    const fresh = await scheduled(-1, { contributorIds: [writer.id] });
    const firstPublished = new Date("2025-01-02T09:00:00Z");
    const republished = await scheduled(-1, { publishedAt: firstPublished });
    await publishDuePosts();
    expect((await db.byline.findFirstOrThrow({ where: { postId: fresh.id } })).jobTitle).toBe("Caretaker");
    expect((await db.post.findUniqueOrThrow({ where: { id: republished.id } })).publishedAt).toEqual(firstPublished);
  });

  it("asks the site to drop the cached pages of what it published", async () => {
    const endpoint = await revalidationEndpoint();
    try {
      const post = await scheduled(-1);
      const { published } = await publishDuePosts({ revalidate: { baseUrl: endpoint.baseUrl, secret: "s3cret" } });
      expect(published).toContain(post.id);
      expect(endpoint.requests).toHaveLength(1);
      expect(endpoint.requests[0]).toMatchObject({ path: "/api/internal/revalidate", authorization: "Bearer s3cret" });
      expect((endpoint.requests[0]!.body as { postIds: string[] }).postIds).toContain(post.id);
      await publishDuePosts({ revalidate: { baseUrl: endpoint.baseUrl, secret: "s3cret" } });
      expect(endpoint.requests).toHaveLength(1);
    } finally {
      await endpoint.close();
    }
  });

  it("still publishes when the site cannot be reached, and says so", async () => {
    const gone = await revalidationEndpoint();
    await gone.close();
    // The logger writes readable lines to stdout outside production (lib/log.ts).
    const logged = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    try {
      const post = await scheduled(-1);
      const { published } = await publishDuePosts({ revalidate: { baseUrl: gone.baseUrl, secret: "s3cret" } });
      expect(published).toContain(post.id);
      expect((await db.post.findUniqueOrThrow({ where: { id: post.id } })).status).toBe("PUBLISHED");
      expect(logged).toHaveBeenCalledWith(
        expect.stringMatching(new RegExp(`ERROR +Could not reach the site at ${gone.baseUrl}`)),
      );
    } finally {
      logged.mockRestore();
    }
  });

  it("runs on an interval until stopped", async () => {
    const scheduler = startScheduler({ intervalMs: 50, revalidate: null });
    try {
      const post = await scheduled(-1);
      await expect
        .poll(async () => (await db.post.findUniqueOrThrow({ where: { id: post.id } })).status, { timeout: 5000 })
        .toBe("PUBLISHED");
    } finally {
      await scheduler.stop();
    }
    const afterStop = await scheduled(-1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await db.post.findUniqueOrThrow({ where: { id: afterStop.id } })).status).toBe("SCHEDULED");
  });

  it("forgets sign-in attempts older than the retention period and keeps the rest", async () => {
    const email = `spray-${Date.now()}@example.test`;
    const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 60 * MINUTE);
    await db.loginAttempt.createMany({
      data: [
        { email, ip: "192.0.2.50", succeeded: false, createdAt: daysAgo(SIGN_IN_LOG_DAYS + 1) },
        { email, ip: "192.0.2.50", succeeded: false, createdAt: daysAgo(SIGN_IN_LOG_DAYS - 1) },
      ],
    });
    const scheduler = startScheduler({ intervalMs: 50, revalidate: null });
    try {
      await expect.poll(() => db.loginAttempt.count({ where: { email } }), { timeout: 5000 }).toBe(1);
    } finally {
      await scheduler.stop();
    }
    const kept = await db.loginAttempt.findFirstOrThrow({ where: { email } });
    expect(kept.createdAt.getTime()).toBeGreaterThan(daysAgo(SIGN_IN_LOG_DAYS).getTime());
  });
});
