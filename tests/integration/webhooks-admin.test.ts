import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import {
  createWebhookAction,
  deleteWebhookAction,
  pingWebhookAction,
  rotateWebhookSecretAction,
  setWebhookEnabledAction,
} from "../../lib/webhooks/actions";
import { listWebhooks } from "../../lib/webhooks/data/hooks";
import { asViewer, makeAccount, type TestAccount } from "../helpers/sign-in-as";

// Admins manage webhooks (/admin/webhooks): the secret is answered once, a
// private or local address is refused at registration (this file runs with
// loopback NOT allowed, the default), every change is audited, and nobody
// but an admin may touch them.

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const one of Array.isArray(value) ? value : [value]) data.append(name, one);
  }
  return data;
}

async function create(account: TestAccount, fields: Record<string, string | string[]>) {
  return asViewer(account, () => createWebhookAction(form(fields)));
}

const valid = { name: "Search index", url: "https://hooks.example.org/masthead", "events[]": ["post.published"] };

describe("registering a webhook", () => {
  it("answers the whsec_ secret once, lists the hook without it, and audits the registration", async () => {
    const admin = await makeAccount("ADMIN");
    const result = await create(admin, { ...valid, "events[]": ["post.published", "comment.approved"] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);

    const listed = await listWebhooks(admin.viewer);
    const row = listed.find((hook) => hook.id === result.data.id);
    expect(row).toMatchObject({
      name: "Search index",
      url: valid.url,
      events: ["post.published", "comment.approved"],
      enabled: true,
      deliveries: [],
    });
    expect(JSON.stringify(listed)).not.toContain(result.data.secret);
    // The client leaves the secret out unless a query names it.
    expect(await db.webhook.findUniqueOrThrow({ where: { id: result.data.id } })).not.toHaveProperty("secret");
    expect(await db.auditLog.findMany({ where: { subjectId: result.data.id } })).toMatchObject([
      { action: "webhook.create", actorId: admin.viewer.id, subjectType: "webhook" },
    ]);
  });

  it.each([
    ["http://10.0.0.1/hooks", /private/],
    ["http://169.254.169.254/latest/meta-data/", /private/],
    ["http://[::1]:3000/hooks", /loopback/],
    ["http://127.0.0.1:3000/hooks", /loopback/],
    ["http://localhost:3000/hooks", /this machine/],
    ["https://user:pw@hooks.example.org/", /user name and password/],
    ["ftp://hooks.example.org/", /https/],
  ])("refuses %s on the URL field and stores nothing", async (url, reason) => {
    const admin = await makeAccount("ADMIN");
    const before = await db.webhook.count();
    const result = await create(admin, { ...valid, url });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("validation");
    expect(result.error.fieldErrors.url?.join(" ")).toMatch(reason);
    expect(await db.webhook.count()).toBe(before);
  });

  it("names each missing or wrong field", async () => {
    const admin = await makeAccount("ADMIN");
    const result = await create(admin, { name: " ", url: "" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.error.fieldErrors).sort()).toEqual(["events", "name", "url"]);
    const unknown = await create(admin, { ...valid, "events[]": ["post.deleted"] });
    expect(unknown.ok || unknown.error.fieldErrors["events.0"]).toEqual(["Choose events from the list."]);
  });

  it("is refused to an editor, and nothing is stored", async () => {
    const editor = await makeAccount("EDITOR");
    const before = await db.webhook.count();
    const result = await create(editor, valid);
    expect(result).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await db.webhook.count()).toBe(before);
  });
});

describe("managing a webhook", () => {
  async function registered() {
    const admin = await makeAccount("ADMIN");
    const result = await create(admin, valid);
    if (!result.ok) throw new Error(result.error.message);
    return { admin, hook: result.data };
  }

  it("replaces the secret on rotation, answering the new one once, and keeps the old one signing for a day", async () => {
    const { admin, hook } = await registered();
    const rotated = await asViewer(admin, () => rotateWebhookSecretAction(form({ webhookId: hook.id })));
    expect(rotated.ok).toBe(true);
    if (!rotated.ok) return;
    expect(rotated.data.secret).not.toBe(hook.secret);
    const stored = await db.webhook.findUniqueOrThrow({
      where: { id: hook.id },
      select: { secret: true, previousSecret: true, previousSecretUntil: true },
    });
    expect(stored).toMatchObject({ secret: rotated.data.secret, previousSecret: hook.secret });
    expect(stored.previousSecretUntil!.getTime() - Date.now()).toBeGreaterThan(23 * 3600_000);
  });

  it("turns a hook off and on again, clearing its failure count, with an audit entry for each", async () => {
    const { admin, hook } = await registered();
    await db.webhook.update({ where: { id: hook.id }, data: { consecutiveFailures: 4, failingSince: new Date() } });
    expect(
      await asViewer(admin, () => setWebhookEnabledAction(form({ webhookId: hook.id, enabled: "false" }))),
    ).toMatchObject({ ok: true });
    expect(await db.webhook.findUniqueOrThrow({ where: { id: hook.id } })).toMatchObject({
      enabled: false,
      disabledReason: "admin",
    });
    await asViewer(admin, () => setWebhookEnabledAction(form({ webhookId: hook.id, enabled: "true" })));
    expect(await db.webhook.findUniqueOrThrow({ where: { id: hook.id } })).toMatchObject({
      enabled: true,
      disabledReason: null,
      consecutiveFailures: 0,
      failingSince: null,
    });
    const actions = (await db.auditLog.findMany({ where: { subjectId: hook.id }, orderBy: { createdAt: "asc" } })).map(
      (entry) => entry.action,
    );
    expect(actions).toEqual(["webhook.create", "webhook.disable", "webhook.enable"]);
  });

  it("queues a test message in the graphile_worker queue", async () => {
    const { admin, hook } = await registered();
    const result = await asViewer(admin, () => pingWebhookAction(form({ webhookId: hook.id })));
    expect(result.ok).toBe(true);
    // The engine's public view hides payloads; its table holds them.
    const jobs = await db.$queryRaw<{ task: string; payload: { hookId: string } }[]>`
      SELECT t.identifier AS task, j.payload FROM graphile_worker._private_jobs j
      JOIN graphile_worker._private_tasks t ON t.id = j.task_id`;
    expect(jobs).toContainEqual({
      task: "webhook.deliver",
      payload: expect.objectContaining({ hookId: hook.id, attempt: 1 }),
    });
  });

  it("deletes a hook with its delivery log", async () => {
    const { admin, hook } = await registered();
    await db.webhookDelivery.create({
      data: {
        webhookId: hook.id,
        messageId: "msg_1",
        eventType: "webhook.ping",
        attempt: 1,
        succeeded: true,
        durationMs: 5,
      },
    });
    expect(await asViewer(admin, () => deleteWebhookAction(form({ webhookId: hook.id })))).toMatchObject({ ok: true });
    expect(await db.webhook.count({ where: { id: hook.id } })).toBe(0);
    expect(await db.webhookDelivery.count({ where: { webhookId: hook.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { subjectId: hook.id, action: "webhook.delete" } })).toBe(1);
  });

  it("refuses every change to an editor, and the hook stays as it was", async () => {
    const { hook } = await registered();
    const editor = await makeAccount("EDITOR");
    const before = await db.webhook.findUniqueOrThrow({ where: { id: hook.id } });
    const attempts: (() => Promise<unknown>)[] = [
      () => rotateWebhookSecretAction(form({ webhookId: hook.id })),
      () => setWebhookEnabledAction(form({ webhookId: hook.id, enabled: "false" })),
      () => deleteWebhookAction(form({ webhookId: hook.id })),
      () => pingWebhookAction(form({ webhookId: hook.id })),
    ];
    for (const attempt of attempts) {
      expect(await asViewer(editor, attempt)).toMatchObject({ ok: false, error: { code: "forbidden" } });
    }
    expect(await db.webhook.findUniqueOrThrow({ where: { id: hook.id } })).toEqual(before);
  });
});
