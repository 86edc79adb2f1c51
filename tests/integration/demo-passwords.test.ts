import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { hashPassword } from "../../lib/auth/password";
import {
  accountsWithDemoPassword,
  createDemoAccounts,
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
} from "../../scripts/lib/content/demo-accounts";
import { setPassword } from "../../scripts/lib/cli/set-password";

// What npm start decides from: which accounts still open with the README's
// demo password, checked against each stored hash (scripts/lib/cli/exposure.ts).

describe("accounts that still have the demo password", () => {
  it("are every demo account after seeding, and any other account given that password", async () => {
    await db.$transaction((tx) => createDemoAccounts(tx, "development"));
    await db.user.create({
      data: { email: "renamed@example.org", role: "ADMIN", passwordHash: await hashPassword(DEMO_PASSWORD) },
    });
    await db.user.create({
      data: { email: "own@example.org", role: "EDITOR", passwordHash: await hashPassword("a password of her own") },
    });
    await db.user.create({ data: { email: "invited@example.org", role: "AUTHOR" } });

    const found = await accountsWithDemoPassword(db);
    expect(found.map((a) => a.email).sort()).toEqual(
      [...DEMO_ACCOUNTS.map((a) => a.email), "renamed@example.org"].sort(),
    );
    expect(found.find((a) => a.email === "admin@masthead.local")?.role).toBe("ADMIN");
  });

  it("drop out once the account gets a password of its own, which also ends its sessions and is audited", async () => {
    const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@masthead.local" } });
    await db.session.create({
      data: { sessionToken: "demo-admin-session", userId: admin.id, expires: new Date(Date.now() + 86_400_000) },
    });
    await db.loginAttempt.create({ data: { email: admin.email, ip: "192.0.2.1", succeeded: false } });

    const result = await setPassword(db, "admin@masthead.local", "correct horse battery staple");

    expect(result).toEqual({ email: "admin@masthead.local", role: "ADMIN" });
    expect((await accountsWithDemoPassword(db)).map((a) => a.email)).not.toContain("admin@masthead.local");
    expect(await db.session.count({ where: { userId: admin.id } })).toBe(0);
    expect(await db.loginAttempt.count({ where: { email: admin.email, succeeded: false } })).toBe(0);
    const audit = await db.auditLog.findFirstOrThrow({ where: { subjectId: admin.id } });
    expect(audit).toMatchObject({ action: "user.password-reset", actorId: null, data: { via: "command line" } });
  });

  it("setting a password for an unknown address changes nothing", async () => {
    const before = await db.auditLog.count();
    expect(await setPassword(db, "nobody@example.org", "correct horse battery staple")).toBeNull();
    expect(await db.auditLog.count()).toBe(before);
  });
});
