import { describe, expect, it } from "vitest";
import { GET as sectionsRoute } from "../../app/api/content/v1/sections/route";
import { createContentApiKeyAction, revokeContentApiKeyAction } from "../../lib/content-api/actions";
import { listContentApiKeys } from "../../lib/content-api/data/keys";
import { hashKeySecret } from "../../lib/content-api/key-secret";
import { db } from "../../lib/db";
import { apiGet } from "../helpers/content-api";
import { asViewer, makeAccount } from "../helpers/sign-in-as";

// Admins make and revoke Content API keys (/admin/api-keys). The secret
// exists once, in the answer to the admin who made it; the database keeps
// its hash; every change is in the audit log; nobody else may touch keys.

async function createAs(role: "ADMIN" | "EDITOR", fields: Record<string, string>) {
  const account = await makeAccount(role);
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return { account, result: await asViewer(account, () => createContentApiKeyAction(form)) };
}

describe("creating a Content API key", () => {
  it("answers the secret once, stores only its hash and prefix, audits it, and the key then works", async () => {
    const { account, result } = await createAs("ADMIN", { name: "Partner newsletter", requestsPerMinute: "120" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { id, secret, name } = result.data;
    expect(name).toBe("Partner newsletter");
    expect(secret).toMatch(/^mhk_[\w-]{43}$/);

    const row = await db.contentApiKey.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      secretHash: hashKeySecret(secret),
      prefix: secret.slice(0, 12),
      requestsPerMinute: 120,
    });
    expect(JSON.stringify(row)).not.toContain(secret.slice(12));

    const listed = await listContentApiKeys(account.viewer);
    expect(listed).toContainEqual(
      expect.objectContaining({ id, name, prefix: row.prefix, createdByName: "ADMIN user", lastUsedAt: null }),
    );
    expect(JSON.stringify(listed)).not.toContain(secret);

    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "content-api-key.create", subjectId: id } });
    expect(audit).toMatchObject({ actorId: account.viewer.id, subjectType: "content-api-key" });
    expect(audit.data).toEqual({ name, prefix: row.prefix, requestsPerMinute: 120 });
    expect(JSON.stringify(audit.data)).not.toContain(secret);

    expect((await apiGet(sectionsRoute, "/sections", { key: secret })).status).toBe(200);
  });

  it("asks for a name and a sensible limit", async () => {
    const { result } = await createAs("ADMIN", { name: "  ", requestsPerMinute: "0" });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: "validation",
        fieldErrors: { name: [expect.any(String)], requestsPerMinute: [expect.any(String)] },
      },
    });
  });

  it("an editor may not create a key, and none is made", async () => {
    const before = await db.contentApiKey.count();
    const { result } = await createAs("EDITOR", { name: "Sneaky", requestsPerMinute: "600" });
    expect(result).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await db.contentApiKey.count()).toBe(before);
  });
});

describe("revoking a Content API key", () => {
  it("stops the key at once, is audited, and changes nothing the second time", async () => {
    const { account, result } = await createAs("ADMIN", { name: "Old widget", requestsPerMinute: "600" });
    if (!result.ok) throw new Error("the key was not created");
    const { id, secret } = result.data;
    const revoke = () => asViewer(account, () => revokeContentApiKeyAction({ keyId: id }));
    expect(await revoke()).toEqual({ ok: true, data: undefined });
    const revokedAt = (await db.contentApiKey.findUniqueOrThrow({ where: { id } })).revokedAt;
    expect(revokedAt).toBeInstanceOf(Date);
    expect((await apiGet(sectionsRoute, "/sections", { key: secret })).status).toBe(401);

    expect((await revoke()).ok).toBe(true);
    expect((await db.contentApiKey.findUniqueOrThrow({ where: { id } })).revokedAt).toEqual(revokedAt);
    expect(await db.auditLog.count({ where: { action: "content-api-key.revoke", subjectId: id } })).toBe(1);
    const listed = await listContentApiKeys(account.viewer);
    expect(listed.find((k) => k.id === id)?.revokedAt).toBe(revokedAt!.toISOString());
  });

  it("an editor may neither list nor revoke keys, and the key keeps working", async () => {
    const { result } = await createAs("ADMIN", { name: "Kept", requestsPerMinute: "600" });
    if (!result.ok) throw new Error("the key was not created");
    const editor = await makeAccount("EDITOR");
    await expect(listContentApiKeys(editor.viewer)).rejects.toThrow(/permission/);
    const refused = await asViewer(editor, () => revokeContentApiKeyAction({ keyId: result.data.id }));
    expect(refused).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect((await db.contentApiKey.findUniqueOrThrow({ where: { id: result.data.id } })).revokedAt).toBeNull();
    expect((await apiGet(sectionsRoute, "/sections", { key: result.data.secret })).status).toBe(200);
  });

  it("says so when the key does not exist", async () => {
    const admin = await makeAccount("ADMIN");
    const result = await asViewer(admin, () => revokeContentApiKeyAction({ keyId: "no-such-key" }));
    expect(result).toMatchObject({ ok: false, error: { code: "not-found" } });
  });
});
