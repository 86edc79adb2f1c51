import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { decideComments } from "../../lib/comments/moderation/data/decisions";
import { db } from "../../lib/db";
import { startQueueWorker, type QueueWorker } from "../../lib/jobs/queue";
import { jobTasks } from "../../lib/jobs/tasks";
import { publishDueBatch } from "../../lib/posts/data/scheduled-publishing";
import { publishPost, unpublishPost } from "../../lib/posts/data/transitions";
import { emitWebhookEvent } from "../../lib/webhooks/data/emit";
import { publishedPostData } from "../../lib/webhooks/data/event-data";
import { createWebhook, pingWebhook } from "../../lib/webhooks/data/hooks";
import { DEFAULT_DELIVERY_POLICY, type DeliveryPolicy } from "../../lib/webhooks/policy";
import { newWebhookSecret } from "../../lib/webhooks/secret";
import { makePost } from "../helpers/factories";
import { makeAccount, type TestAccount } from "../helpers/sign-in-as";

// Webhooks end to end against a real receiver on 127.0.0.1 (loopback allowed
// by the setting, as in tests only) and the real job queue on the test
// database: signed deliveries that verify, retries after a failure, the
// delivery log, automatic disabling, refused private addresses, and the
// outbox property (a rolled-back change queues nothing).

process.env.MASTHEAD_WEBHOOKS_ALLOW_LOOPBACK = "true";

/** Retries within milliseconds, so tests wait for conditions rather than minutes. */
const FAST: DeliveryPolicy = {
  ...DEFAULT_DELIVERY_POLICY,
  allowLoopback: true,
  retryDelaysMs: [50, 50, 50, 50, 50],
  disableAfterFailures: 3,
  timeoutMs: 3_000,
};

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A receiver that records what arrives and answers with the next status in its script (then 204). */
async function receiver(statuses: number[] = []) {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      received.push({ headers: req.headers, body });
      res.writeHead(statuses.shift() ?? 204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let admin: TestAccount;
let worker: QueueWorker;

beforeAll(async () => {
  admin = await makeAccount("ADMIN");
  worker = await startQueueWorker({
    databaseUrl: process.env.DATABASE_URL!,
    tasks: jobTasks({ webhooks: FAST }),
    pollIntervalMs: 50,
  });
});

afterAll(async () => {
  await worker.stop();
});

// Each test hears only its own hooks; messages still queued for deleted ones are dropped.
afterEach(async () => {
  await db.webhook.deleteMany();
});

async function hookFor(url: string, events: string[]) {
  const created = await createWebhook(admin.viewer, { name: `Hook ${url}`, url, events: events as never });
  return created;
}

const draft = () => makePost({ status: "DRAFT", publishedAt: null });

const queuedJobs = async () =>
  Number((await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM graphile_worker.jobs`)[0]!.n);

describe("webhook deliveries", () => {
  it("delivers a signed post.published message that verifies with the hook's secret", async () => {
    const site = await receiver();
    const hook = await hookFor(site.url, ["post.published"]);
    const post = await draft();
    await publishPost(admin.viewer, { postId: post.id, version: post.version });

    await vi.waitFor(() => expect(site.received).toHaveLength(1), { timeout: 15_000, interval: 50 });
    const [delivery] = site.received;
    const verified = new Webhook(hook.secret).verify(delivery!.body, {
      "webhook-id": String(delivery!.headers["webhook-id"]),
      "webhook-timestamp": String(delivery!.headers["webhook-timestamp"]),
      "webhook-signature": String(delivery!.headers["webhook-signature"]),
    });
    expect(verified).toMatchObject({
      type: "post.published",
      data: { post: { id: post.id, slug: post.slug, kind: "article", title: post.title } },
    });
    // The public summary only: no Markdown source, no rendered body.
    expect(delivery!.body).not.toContain('"body"');
    expect(delivery!.body).not.toContain('"html"');
    expect(() =>
      new Webhook(newWebhookSecret()).verify(delivery!.body, {
        "webhook-id": String(delivery!.headers["webhook-id"]),
        "webhook-timestamp": String(delivery!.headers["webhook-timestamp"]),
        "webhook-signature": String(delivery!.headers["webhook-signature"]),
      }),
    ).toThrow();
    await site.close();
  });

  it("retries a delivery the receiver answered with 500, and the log shows both attempts with their codes", async () => {
    const site = await receiver([500]);
    const hook = await hookFor(site.url, ["post.published"]);
    const post = await draft();
    await publishPost(admin.viewer, { postId: post.id, version: post.version });

    await vi.waitFor(
      async () => expect(await db.webhookDelivery.count({ where: { webhookId: hook.id, succeeded: true } })).toBe(1),
      { timeout: 15_000, interval: 50 },
    );
    const log = await db.webhookDelivery.findMany({ where: { webhookId: hook.id }, orderBy: { attempt: "asc" } });
    expect(log).toMatchObject([
      { attempt: 1, statusCode: 500, succeeded: false, eventType: "post.published" },
      { attempt: 2, statusCode: 204, succeeded: true, eventType: "post.published", nextAttemptAt: null },
    ]);
    expect(log[0]!.nextAttemptAt).not.toBeNull();
    // The same message both times: receivers drop repeats by webhook-id.
    expect(site.received.map((r) => r.headers["webhook-id"])).toEqual([log[0]!.messageId, log[0]!.messageId]);
    const stored = await db.webhook.findUniqueOrThrow({ where: { id: hook.id } });
    expect(stored).toMatchObject({ enabled: true, consecutiveFailures: 0, failingSince: null });
    await site.close();
  });

  it("turns a hook off after its failures in a row reach the limit, and records that in the audit log", async () => {
    const site = await receiver([500, 500, 500, 500, 500, 500]);
    const hook = await hookFor(site.url, ["post.published"]);
    const post = await draft();
    await publishPost(admin.viewer, { postId: post.id, version: post.version });

    await vi.waitFor(
      async () =>
        expect(await db.webhook.findUniqueOrThrow({ where: { id: hook.id } })).toMatchObject({
          enabled: false,
          disabledReason: "failures",
        }),
      { timeout: 15_000, interval: 50 },
    );
    expect(await db.webhookDelivery.count({ where: { webhookId: hook.id, succeeded: false } })).toBe(3);
    expect(await db.auditLog.findMany({ where: { subjectId: hook.id, action: "webhook.auto-disable" } })).toMatchObject(
      [{ actorId: null, subjectType: "webhook" }],
    );
    // Nothing more is sent to a hook that is off: the retry queued by the last failure is dropped.
    await vi.waitFor(async () => expect(await queuedJobs()).toBe(0), { timeout: 15_000, interval: 50 });
    expect(site.received).toHaveLength(3);
    await site.close();
  });

  it("turns off a hook that has failed for a day without a success, however few its failures", async () => {
    const site = await receiver([503]);
    const hook = await hookFor(site.url, ["post.published"]);
    const dayAgo = new Date(Date.now() - 24 * 3600_000 - 1000);
    await db.webhook.update({ where: { id: hook.id }, data: { consecutiveFailures: 1, failingSince: dayAgo } });
    const post = await draft();
    await publishPost(admin.viewer, { postId: post.id, version: post.version });

    await vi.waitFor(
      async () =>
        expect(await db.webhook.findUniqueOrThrow({ where: { id: hook.id } })).toMatchObject({
          enabled: false,
          disabledReason: "failures",
          consecutiveFailures: 2,
        }),
      { timeout: 15_000, interval: 50 },
    );
    await site.close();
  });

  it("refuses to deliver to this machine when loopback is not allowed, and logs why", async () => {
    const site = await receiver();
    const hook = await db.webhook.create({
      data: { name: "Loopback", url: site.url, events: ["post.published"], secret: newWebhookSecret() },
    });
    const strict = await startQueueWorker({
      databaseUrl: process.env.DATABASE_URL!,
      tasks: jobTasks({ webhooks: { ...FAST, allowLoopback: false, retryDelaysMs: [] } }),
      pollIntervalMs: 50,
    });
    await worker.stop();
    try {
      const post = await draft();
      await publishPost(admin.viewer, { postId: post.id, version: post.version });
      await vi.waitFor(
        async () => expect(await db.webhookDelivery.findMany({ where: { webhookId: hook.id } })).toHaveLength(1),
        { timeout: 15_000, interval: 50 },
      );
      const [entry] = await db.webhookDelivery.findMany({ where: { webhookId: hook.id } });
      expect(entry).toMatchObject({ succeeded: false, statusCode: null });
      expect(entry!.error).toMatch(/loopback/);
      expect(site.received.filter((r) => r.headers["webhook-id"] === entry!.messageId)).toHaveLength(0);
    } finally {
      await strict.stop();
      worker = await startQueueWorker({
        databaseUrl: process.env.DATABASE_URL!,
        tasks: jobTasks({ webhooks: FAST }),
        pollIntervalMs: 50,
      });
      await db.webhook.delete({ where: { id: hook.id } });
      await site.close();
    }
  });

  it("refuses to deliver to a private address stored before the check, without connecting", async () => {
    const hook = await db.webhook.create({
      data: { name: "Metadata", url: "http://169.254.169.254/latest", events: [], secret: newWebhookSecret() },
    });
    await pingWebhook(admin.viewer, { webhookId: hook.id });
    await vi.waitFor(async () => expect(await db.webhookDelivery.count({ where: { webhookId: hook.id } })).toBe(1), {
      timeout: 15_000,
      interval: 50,
    });
    const [entry] = await db.webhookDelivery.findMany({ where: { webhookId: hook.id } });
    expect(entry).toMatchObject({ eventType: "webhook.ping", succeeded: false, statusCode: null, attempt: 1 });
    expect(entry!.error).toMatch(/private, local or reserved/);
  });
});

describe("events from domain changes", () => {
  it("a change that is rolled back queues nothing", async () => {
    const site = await receiver();
    await hookFor(site.url, ["post.published"]);
    const post = await makePost();
    const before = await queuedJobs();
    await expect(
      db.$transaction(async (tx) => {
        await emitWebhookEvent(tx, "post.published", () => publishedPostData(tx, post.id));
        expect(await queuedJobs()).toBe(before); // not visible outside the transaction
        throw new Error("the change fails after the event was emitted");
      }),
    ).rejects.toThrow("the change fails");
    expect(await queuedJobs()).toBe(before);
    await site.close();
  });

  it("a scheduled post going live, an unpublish and an approved comment each reach a subscribed hook", async () => {
    const site = await receiver();
    await hookFor(site.url, ["post.published", "post.unpublished", "comment.approved"]);
    const post = await makePost({ status: "SCHEDULED", publishedAt: null, scheduledAt: new Date(Date.now() - 1000) });
    await publishDueBatch(new Date());
    const comment = await db.comment.create({
      data: {
        postId: post.id,
        guestName: "Ann",
        guestEmail: "ann@example.org",
        body: "Well said",
        html: "<p>Well said</p>",
      },
    });
    await decideComments(admin.viewer, { commentIds: [comment.id], decision: "approve" });
    await unpublishPost(admin.viewer, { postId: post.id });

    const types = () => site.received.map((r) => (JSON.parse(r.body) as { type: string }).type);
    await vi.waitFor(() => expect(types().sort()).toEqual(["comment.approved", "post.published", "post.unpublished"]), {
      timeout: 15_000,
      interval: 50,
    });
    const approved = site.received.find((r) => r.body.includes("comment.approved"))!;
    expect(JSON.parse(approved.body)).toMatchObject({
      data: { comment: { id: comment.id, authorName: "Ann", html: "<p>Well said</p>" }, post: { id: post.id } },
    });
    expect(approved.body).not.toContain("ann@example.org");
    await site.close();
  });
});
