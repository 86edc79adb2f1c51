import { describe, expect, it } from "vitest";
import { hashPassword } from "../../lib/auth/password";
import { closeAllSessions } from "../../lib/auth/data/sessions";
import { checkCredentials, SIGN_IN_REFUSED } from "../../lib/auth/data/sign-in";
import { getViewer } from "../../lib/auth/viewer";
import { db } from "../../lib/db";
import { asViewer, makeAccount } from "../helpers/sign-in-as";

async function staffWithPassword(email: string, password: string) {
  return db.user.create({
    data: { email, name: "Sam Staff", role: "EDITOR", passwordHash: await hashPassword(password) },
  });
}

describe("signing in with email and password", () => {
  it("accepts the right password, case-insensitively on the email", async () => {
    const user = await staffWithPassword("sam@example.test", "correct horse");
    await expect(
      checkCredentials({ email: " SAM@example.test ", password: "correct horse" }, "10.0.0.1"),
    ).resolves.toMatchObject({ id: user.id });
  });

  it("gives the same answer for an unknown email and a wrong password", async () => {
    await staffWithPassword("known@example.test", "right one");
    const unknown = await checkCredentials({ email: "nobody@example.test", password: "x" }, "10.0.0.2").catch(
      (e: Error) => e.message,
    );
    const wrong = await checkCredentials({ email: "known@example.test", password: "wrong" }, "10.0.0.2").catch(
      (e: Error) => e.message,
    );
    expect(unknown).toBe(SIGN_IN_REFUSED);
    expect(wrong).toBe(SIGN_IN_REFUSED);
  });

  it("refuses a disabled account and a reader account even with the right password", async () => {
    const disabled = await staffWithPassword("off@example.test", "pw");
    await db.user.update({ where: { id: disabled.id }, data: { disabled: true } });
    await db.user.create({
      data: { email: "reader@example.test", role: "READER", passwordHash: await hashPassword("pw") },
    });
    await expect(checkCredentials({ email: "off@example.test", password: "pw" }, "10.0.0.3")).rejects.toThrow(
      SIGN_IN_REFUSED,
    );
    await expect(checkCredentials({ email: "reader@example.test", password: "pw" }, "10.0.0.3")).rejects.toThrow(
      SIGN_IN_REFUSED,
    );
  });

  it("slows one address down after repeated failures without shutting the account for anyone else", async () => {
    const user = await staffWithPassword("target@example.test", "secret");
    for (let i = 0; i < 5; i++) {
      await checkCredentials({ email: "target@example.test", password: `guess ${i}` }, "10.1.0.1").catch(() => {});
    }
    await expect(checkCredentials({ email: "target@example.test", password: "secret" }, "10.1.0.1")).rejects.toThrow(
      /try again in \d+ seconds?/,
    );
    await expect(
      checkCredentials({ email: "target@example.test", password: "secret" }, "10.1.0.2"),
    ).resolves.toMatchObject({ id: user.id, underAccountLock: false });
  });
});

describe("the per-address limit", () => {
  it("does not pool visitors whose address is unknown, so wrong guesses elsewhere cannot lock an account out", async () => {
    const user = await staffWithPassword("bystander@example.test", "my password");
    for (let i = 0; i < 25; i++) {
      await checkCredentials({ email: `guess-${i}@example.test`, password: "nope" }, null).catch(() => {});
    }
    await expect(
      checkCredentials({ email: "bystander@example.test", password: "my password" }, null),
    ).resolves.toMatchObject({ id: user.id });
  });
});

describe("resolving the viewer from the session cookie", () => {
  it("knows a signed-in account and forgets it once its sessions are closed", async () => {
    const account = await makeAccount("AUTHOR");
    await expect(asViewer(account, () => getViewer())).resolves.toMatchObject({
      id: account.viewer.id,
      role: "AUTHOR",
    });
    await closeAllSessions(account.viewer.id);
    await expect(asViewer(account, () => getViewer())).resolves.toBeNull();
  });

  it("ends a session at once when the account is disabled", async () => {
    const account = await makeAccount("EDITOR");
    await db.user.update({ where: { id: account.viewer.id }, data: { disabled: true } });
    await expect(asViewer(account, () => getViewer())).resolves.toBeNull();
  });

  it("treats a forged cookie as anonymous", async () => {
    const account = await makeAccount("ADMIN");
    await expect(
      asViewer({ ...account, cookie: account.cookie.slice(0, -4) + "AAAA" }, () => getViewer()),
    ).resolves.toBeNull();
    await expect(asViewer(null, () => getViewer())).resolves.toBeNull();
  });
});
