import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { POST as uploadRoute } from "../../app/api/admin/v1/media/route";
import { GET as openApiRoute } from "../../app/api/admin/v1/openapi.json/route";
import { PATCH as updateRoute, GET as postRoute } from "../../app/api/admin/v1/posts/[id]/route";
import { POST as publishRoute } from "../../app/api/admin/v1/posts/[id]/publish/route";
import { POST as scheduleRoute } from "../../app/api/admin/v1/posts/[id]/schedule/route";
import { POST as unpublishRoute } from "../../app/api/admin/v1/posts/[id]/unpublish/route";
import { POST as createRoute, GET as listRoute } from "../../app/api/admin/v1/posts/route";
import { listAuditEntries } from "../../lib/audit/data/queries";
import { parseAuditFilters } from "../../lib/audit/schema";
import { db } from "../../lib/db";
import type { EditablePost } from "../../lib/posts/dto";
import { callApi, makeToken } from "../helpers/admin-api";
import { makeAccount } from "../helpers/sign-in-as";

// The Admin API writes through the editor's own operations: an author token
// drafts but cannot publish or touch another writer's post, an editor token
// publishes and schedules, a stale version is a conflict, uploads are checked
// by their bytes, and the audit log names the token behind each change.

const dataDir = await mkdtemp(path.join(tmpdir(), "masthead-admin-api-"));
process.env.MASTHEAD_DATA_DIR = dataDir;
afterAll(() => rm(dataDir, { recursive: true, force: true }));

const READY = { title: "Rents frozen for 2027", body: "The board agreed to freeze rents.", standfirst: "A first." };

/** A token of this role, made by an admin with a contributor profile (so new drafts have a byline). */
async function tokenFor(role: "ADMIN" | "EDITOR" | "AUTHOR", name?: string) {
  const admin = await makeAccount("ADMIN", { withContributor: true });
  return { admin, token: await makeToken(admin, role, name) };
}

async function created(secret: string, fields: object = READY): Promise<EditablePost> {
  const response = await callApi(createRoute, "POST", "/posts", { token: secret, body: { fields } });
  expect(response.status).toBe(201);
  return ((await response.json()) as { data: EditablePost }).data;
}

describe("an author token", () => {
  it("creates a draft credited to its account and saves changes to it", async () => {
    const { admin, token } = await tokenFor("AUTHOR");
    const post = await created(token.secret);
    expect(post).toMatchObject({ status: "DRAFT", title: READY.title, createdById: admin.viewer.id, version: 2 });
    expect(post.bylines.map((b) => b.contributorId)).toEqual([admin.viewer.contributorId]);

    const response = await callApi(updateRoute, "PATCH", `/posts/${post.id}`, {
      token: token.secret,
      id: post.id,
      body: { version: post.version, fields: { title: "Rents frozen until 2028", tagNames: ["Housing"] } },
    });
    expect(response.status).toBe(200);
    const { data } = (await response.json()) as { data: EditablePost };
    expect(data).toMatchObject({ title: "Rents frozen until 2028", body: READY.body, version: post.version + 1 });
    expect(data.tags.map((t) => t.name)).toEqual(["Housing"]);
    expect(data.permissions).toMatchObject({ canEdit: true, canPublish: false });
  });

  it("cannot publish its own draft (403), and the post stays a draft at the same version", async () => {
    const { token } = await tokenFor("AUTHOR");
    const post = await created(token.secret);
    const response = await callApi(publishRoute, "POST", `/posts/${post.id}/publish`, {
      token: token.secret,
      id: post.id,
      body: { version: post.version },
    });
    expect(response.status).toBe(403);
    expect(await db.post.findUniqueOrThrow({ where: { id: post.id } })).toMatchObject({
      status: "DRAFT",
      version: post.version,
      publishedAt: null,
    });
  });

  it("cannot see or change another writer's draft, which is left exactly as it was", async () => {
    const { token } = await tokenFor("AUTHOR");
    const editor = await makeAccount("EDITOR");
    const theirs = await db.post.create({
      data: { title: "Their draft", slug: `theirs-${Date.now()}`, status: "DRAFT", createdById: editor.viewer.id },
    });
    const read = await callApi(postRoute, "GET", `/posts/${theirs.id}`, { token: token.secret, id: theirs.id });
    expect(read.status).toBe(404);
    const write = await callApi(updateRoute, "PATCH", `/posts/${theirs.id}`, {
      token: token.secret,
      id: theirs.id,
      body: { version: theirs.version, fields: { title: "Taken over" } },
    });
    expect(write.status).toBe(404);
    expect(await db.post.findUniqueOrThrow({ where: { id: theirs.id } })).toEqual(theirs);
  });

  it("is told which fields are wrong (422), and a refused create leaves no empty draft behind", async () => {
    const { admin, token } = await tokenFor("AUTHOR");
    const response = await callApi(createRoute, "POST", "/posts", {
      token: token.secret,
      body: { fields: { title: "", slug: "Not A Slug", colour: "red" } },
    });
    expect(response.status).toBe(422);
    const { fieldErrors } = (await response.json()) as { fieldErrors: Record<string, string[]> };
    expect(fieldErrors).toEqual({
      "fields.slug": [expect.stringMatching(/lower-case letters/)],
      fields: [expect.stringMatching(/colour/)],
    });
    const untitled = await callApi(createRoute, "POST", "/posts", {
      token: token.secret,
      body: { fields: { title: "" } },
    });
    expect(untitled.status).toBe(422);
    expect(((await untitled.json()) as { fieldErrors: object }).fieldErrors).toHaveProperty(["fields.title"]);
    expect(await db.post.count({ where: { createdById: admin.viewer.id } })).toBe(0);
  });
});

describe("an editor token", () => {
  it("publishes a draft and takes it off the site again", async () => {
    const { admin, token } = await tokenFor("EDITOR");
    const post = await created(token.secret);
    const published = await callApi(publishRoute, "POST", `/posts/${post.id}/publish`, {
      token: token.secret,
      id: post.id,
      body: { version: post.version },
    });
    expect(published.status).toBe(200);
    const stored = await db.post.findUniqueOrThrow({ where: { id: post.id } });
    expect(stored).toMatchObject({ status: "PUBLISHED", publishedById: admin.viewer.id });

    const unpublished = await callApi(unpublishRoute, "POST", `/posts/${post.id}/unpublish`, {
      token: token.secret,
      id: post.id,
    });
    expect(unpublished.status).toBe(200);
    expect(((await unpublished.json()) as { data: EditablePost }).data.status).toBe("DRAFT");
  });

  it("schedules a draft for a future time, and refuses a time in the past", async () => {
    const { token } = await tokenFor("EDITOR");
    const post = await created(token.secret);
    const past = await callApi(scheduleRoute, "POST", `/posts/${post.id}/schedule`, {
      token: token.secret,
      id: post.id,
      body: { version: post.version, scheduledAt: "2020-01-01T09:00:00Z" },
    });
    expect(past.status).toBe(422);
    const at = new Date(Date.now() + 3 * 86_400_000);
    const response = await callApi(scheduleRoute, "POST", `/posts/${post.id}/schedule`, {
      token: token.secret,
      id: post.id,
      body: { version: post.version, scheduledAt: at.toISOString() },
    });
    expect(response.status).toBe(200);
    expect(await db.post.findUniqueOrThrow({ where: { id: post.id } })).toMatchObject({
      status: "SCHEDULED",
      scheduledAt: at,
    });
  });

  it("sees every writer's drafts in the list and by id", async () => {
    const { token } = await tokenFor("EDITOR");
    const author = await makeAccount("AUTHOR");
    const theirs = await db.post.create({
      data: { title: "An author's draft", slug: `a-${Date.now()}`, status: "DRAFT", createdById: author.viewer.id },
    });
    const list = await callApi(listRoute, "GET", "/posts?status=DRAFT", { token: token.secret });
    expect(((await list.json()) as { data: { id: string }[] }).data.map((p) => p.id)).toContain(theirs.id);
    const one = await callApi(postRoute, "GET", `/posts/${theirs.id}`, { token: token.secret, id: theirs.id });
    expect(one.status).toBe(200);
    expect((await callApi(listRoute, "GET", "/posts?status=LIVE", { token: token.secret })).status).toBe(422);
  });
});

describe("saving with a stale version", () => {
  it("answers 409 with the post as stored now, and changes nothing", async () => {
    const { token } = await tokenFor("EDITOR");
    const post = await created(token.secret);
    const before = await db.post.findUniqueOrThrow({ where: { id: post.id } });
    const response = await callApi(updateRoute, "PATCH", `/posts/${post.id}`, {
      token: token.secret,
      id: post.id,
      body: { version: post.version - 1, fields: { title: "Stale" } },
    });
    expect(response.status).toBe(409);
    const body = (await response.json()) as { error: string; current: EditablePost };
    expect(body.current).toMatchObject({ id: post.id, version: post.version, title: READY.title });
    expect(await db.post.findUniqueOrThrow({ where: { id: post.id } })).toEqual(before);
  });
});

describe("uploading media", () => {
  const upload = (token: string, bytes: Buffer, name: string, type: string) => {
    const form = new FormData();
    form.append("file", new File([new Uint8Array(bytes)], name, { type }));
    form.append("alt", "A blue square");
    return callApi(uploadRoute, "POST", "/media", { token, form });
  };

  it("stores an image under the token's account, audited with the token's name", async () => {
    const { admin, token } = await tokenFor("AUTHOR", "Photo desk");
    const png = await sharp({ create: { width: 400, height: 300, channels: 3, background: "#2878c8" } })
      .png()
      .toBuffer();
    const response = await upload(token.secret, png, "square.png", "image/png");
    expect(response.status).toBe(201);
    const { data } = (await response.json()) as { data: { id: string; kind: string; alt: string } };
    expect(data).toMatchObject({ kind: "image", alt: "A blue square" });
    expect(await db.media.findUniqueOrThrow({ where: { id: data.id } })).toMatchObject({
      uploadedById: admin.viewer.id,
    });
    expect(await db.auditLog.findFirstOrThrow({ where: { action: "media.upload", subjectId: data.id } })).toMatchObject(
      { actorId: admin.viewer.id, viaApiTokenId: token.id },
    );
  });

  it("refuses a file that is not an image although it is named like one, and stores nothing", async () => {
    const { admin, token } = await tokenFor("AUTHOR");
    const response = await upload(token.secret, Buffer.from("#!/bin/sh\necho hello\n"), "photo.png", "image/png");
    expect(response.status).toBe(422);
    expect(await db.media.count({ where: { uploadedById: admin.viewer.id } })).toBe(0);
  });
});

describe("the audit log", () => {
  it("names the token behind each change, next to the admin who made it", async () => {
    const { admin, token } = await tokenFor("EDITOR", "Zapier");
    const post = await created(token.secret);
    await callApi(publishRoute, "POST", `/posts/${post.id}/publish`, {
      token: token.secret,
      id: post.id,
      body: { version: post.version },
    });
    const log = await listAuditEntries(admin.viewer, parseAuditFilters({ actorId: admin.viewer.id }), "Europe/London");
    const forPost = log.items.filter((e) => e.subject?.href === `/admin/posts/${post.id}`);
    expect(forPost.map((e) => [e.action, e.actor?.id, e.viaApiToken])).toEqual([
      ["post.publish", admin.viewer.id, "Zapier"],
      ["post.update", admin.viewer.id, "Zapier"],
      ["post.create", admin.viewer.id, "Zapier"],
    ]);
    const signedIn = log.items.find((e) => e.action === "admin-api-token.create");
    expect(signedIn?.viaApiToken).toBeNull();
  });
});

describe("the OpenAPI document", () => {
  it("describes every endpoint as OpenAPI 3.1 with a bearer token", async () => {
    const document = (await openApiRoute().json()) as {
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
      components: { securitySchemes: Record<string, { scheme: string }> };
    };
    expect(document.openapi).toBe("3.1.0");
    expect(Object.fromEntries(Object.entries(document.paths).map(([p, ops]) => [p, Object.keys(ops)]))).toEqual({
      "/posts": ["get", "post"],
      "/posts/{id}": ["get", "patch"],
      "/posts/{id}/publish": ["post"],
      "/posts/{id}/schedule": ["post"],
      "/posts/{id}/unpublish": ["post"],
      "/media": ["post"],
    });
    expect(document.components.securitySchemes.bearerToken?.scheme).toBe("bearer");
  });
});
