import { describe, expect, it } from "vitest";
import { GET as listRoute } from "../../app/api/admin/v1/posts/route";
import { createAdminApiTokenAction, revokeAdminApiTokenAction } from "../../lib/admin-api/actions";
import { listAdminApiTokens } from "../../lib/admin-api/data/tokens";
import { hashTokenSecret } from "../../lib/admin-api/token-secret";
import { db } from "../../lib/db";
import { callApi, makeToken } from "../helpers/admin-api";
import { asViewer, makeAccount } from "../helpers/sign-in-as";

// Admins make and revoke Admin API tokens (/admin/api-keys). The secret
// exists once, in the answer to the admin who made it; the database keeps
// its hash; a token stops working when revoked, when it expires, and when
// the account that made it is disabled; a session cookie opens nothing.

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

describe("creating an Admin API token", () => {
  it("answers the secret once, stores only its hash, lists it without the secret, audits it, and the token works", async () => {
    const admin = await makeAccount("ADMIN");
    const result = await asViewer(admin, () =>
      createAdminApiTokenAction(form({ name: "Zapier", role: "EDITOR", expiresIn: "90" })),
    );
    if (!result.ok) throw new Error(result.error.message);
    const { id, secret, expiresAt } = result.data;
    expect(secret).toMatch(/^mha_[\w-]{43}$/);

    const row = await db.adminApiToken.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ secretHash: hashTokenSecret(secret), prefix: secret.slice(0, 12), role: "EDITOR" });
    expect(JSON.stringify(row)).not.toContain(secret.slice(12));
    const days = (new Date(expiresAt).getTime() - row.createdAt.getTime()) / 86_400_000;
    expect(Math.round(days)).toBe(90);

    const listed = await listAdminApiTokens(admin.viewer);
    expect(listed).toContainEqual(
      expect.objectContaining({ id, name: "Zapier", role: "EDITOR", lastUsedAt: null, createdByName: "ADMIN user" }),
    );
    expect(JSON.stringify(listed)).not.toContain(secret);

    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "admin-api-token.create", subjectId: id } });
    expect(audit).toMatchObject({ actorId: admin.viewer.id, viaApiTokenId: null });
    expect(JSON.stringify(audit.data)).not.toContain(secret);

    expect((await callApi(listRoute, "GET", "/posts", { token: secret })).status).toBe(200);
  });

  it("asks for a name, a staff role and an expiry, and refuses a day in the past", async () => {
    const admin = await makeAccount("ADMIN");
    const missing = await asViewer(admin, () =>
      createAdminApiTokenAction(form({ name: " ", role: "MODERATOR", expiresIn: "" })),
    );
    expect(missing).toMatchObject({
      ok: false,
      error: {
        code: "validation",
        fieldErrors: { name: [expect.any(String)], role: [expect.any(String)], expiresIn: [expect.any(String)] },
      },
    });
    const past = await asViewer(admin, () =>
      createAdminApiTokenAction(form({ name: "Old", role: "AUTHOR", expiresIn: "date", expiresOn: "2020-01-01" })),
    );
    expect(past).toMatchObject({ ok: false, error: { fieldErrors: { expiresOn: [expect.any(String)] } } });
    expect(await db.adminApiToken.count({ where: { createdById: admin.viewer.id } })).toBe(0);
  });

  it("an editor may not create a token, and none is made", async () => {
    const editor = await makeAccount("EDITOR");
    const result = await asViewer(editor, () =>
      createAdminApiTokenAction(form({ name: "Sneaky", role: "EDITOR", expiresIn: "30" })),
    );
    expect(result).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await db.adminApiToken.count({ where: { createdById: editor.viewer.id } })).toBe(0);
  });
});

describe("who an Admin API request acts as", () => {
  it("a revoked token is refused with 401 at once", async () => {
    const admin = await makeAccount("ADMIN");
    const token = await makeToken(admin, "EDITOR");
    const revoked = await asViewer(admin, () => revokeAdminApiTokenAction({ tokenId: token.id }));
    expect(revoked.ok).toBe(true);
    const response = await callApi(listRoute, "GET", "/posts", { token: token.secret });
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toBe('Bearer realm="admin-api"');
    expect(await response.json()).toEqual({ error: "This Admin API token has been revoked." });
  });

  it("an expired token is refused with 401", async () => {
    const admin = await makeAccount("ADMIN");
    const token = await makeToken(admin, "EDITOR");
    await db.adminApiToken.update({ where: { id: token.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const response = await callApi(listRoute, "GET", "/posts", { token: token.secret });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: "This Admin API token has expired." });
  });

  it("a token whose maker's account is disabled is refused with 401", async () => {
    const admin = await makeAccount("ADMIN");
    const token = await makeToken(admin, "EDITOR");
    await db.user.update({ where: { id: admin.viewer.id }, data: { disabled: true } });
    expect((await callApi(listRoute, "GET", "/posts", { token: token.secret })).status).toBe(401);
  });

  it("a signed-in admin's session cookie without a token gets 401, however it is sent", async () => {
    const admin = await makeAccount("ADMIN");
    const cookie = { Cookie: `next-auth.session-token=${admin.cookie}` };
    const response = await asViewer(admin, () => callApi(listRoute, "GET", "/posts", { headers: cookie }));
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: "Send an Admin API token: Authorization: Bearer <token>." });
  });

  it("a Content API key, an unknown token and a token in the query string are refused with 401", async () => {
    const admin = await makeAccount("ADMIN");
    const token = await makeToken(admin, "EDITOR");
    const unknown = `${token.secret.slice(0, -1)}${token.secret.endsWith("A") ? "B" : "A"}`;
    for (const secret of [unknown, `mhk_${token.secret.slice(4)}`]) {
      expect((await callApi(listRoute, "GET", "/posts", { token: secret })).status, secret).toBe(401);
    }
    expect((await callApi(listRoute, "GET", `/posts?token=${token.secret}`)).status).toBe(401);
  });

  it("a token acts in no higher role than its maker has now", async () => {
    const admin = await makeAccount("ADMIN");
    const token = await makeToken(admin, "ADMIN");
    await db.user.update({ where: { id: admin.viewer.id }, data: { role: "AUTHOR" } });
    const others = await db.post.create({ data: { title: "Not theirs", slug: `x-${Date.now()}`, status: "DRAFT" } });
    const response = await callApi(listRoute, "GET", "/posts?status=DRAFT", { token: token.secret });
    expect(response.status).toBe(200);
    const { data } = (await response.json()) as { data: { id: string }[] };
    expect(data.map((p) => p.id)).not.toContain(others.id);
  });

  it("a token past its requests for the minute gets 429 with Retry-After, and other tokens are not held up", async () => {
    const admin = await makeAccount("ADMIN");
    const [busy, quiet] = [await makeToken(admin, "AUTHOR", "Busy"), await makeToken(admin, "AUTHOR", "Quiet")];
    await db.throttleCounter.create({
      data: { key: `admin-api:${busy.id}`, hits: 120, windowEndsAt: new Date(Date.now() + 60_000) },
    });
    const refused = await callApi(listRoute, "GET", "/posts", { token: busy.secret });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refused.headers.get("ratelimit-remaining")).toBe("0");
    const answered = await callApi(listRoute, "GET", "/posts", { token: quiet.secret });
    expect(answered.status).toBe(200);
    expect(answered.headers.get("ratelimit-remaining")).toBe("119");
  });

  it("notes when a token was last used, writing at most once a minute", async () => {
    const admin = await makeAccount("ADMIN");
    const token = await makeToken(admin, "AUTHOR");
    await callApi(listRoute, "GET", "/posts", { token: token.secret });
    const first = (await db.adminApiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt;
    expect(first).toBeInstanceOf(Date);
    await callApi(listRoute, "GET", "/posts", { token: token.secret });
    expect((await db.adminApiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt).toEqual(first);
  });
});
