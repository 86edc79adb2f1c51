import { afterAll, describe, expect, it, vi } from "vitest";
import { hashPassword } from "../../lib/auth/password";
import {
  checkCredentials,
  MAX_FAILURES_PER_ACCOUNT,
  SIGN_IN_MESSAGES,
  SIGN_IN_REFUSED,
  SIGN_IN_THROTTLED,
} from "../../lib/auth/data/sign-in";
import { unlockAccountAction } from "../../lib/auth/throttle/actions";
import { INVALID_UNLOCK_LINK, isUnlockLinkLive, unlockAccount } from "../../lib/auth/throttle/data/unlock";
import { throttleKeys } from "../../lib/auth/throttle/limits";
import { db } from "../../lib/db";
import { readOutbox } from "../../lib/mail/outbox-reader";
import { asViewer } from "../helpers/sign-in-as";

// The data folder (and so the outbox) is a scratch folder, set before the environment is first read.
const scratch = await vi.hoisted(async () =>
  (await import("../helpers/scratch-data-dir")).scratchDataDir("masthead-throttle-"),
);
vi.spyOn(process.stdout, "write").mockImplementation(() => true);

afterAll(scratch.restore);

const PASSWORD = "the owner's own password";
let counter = 0;

async function staff() {
  const email = `owner-${++counter}@example.test`;
  const user = await db.user.create({
    data: { email, name: "Owner", role: "EDITOR", passwordHash: await hashPassword(PASSWORD) },
  });
  return { ...user, email };
}

const attempt = (email: string, password: string, ip: string | null, secondFactorFollows = false) =>
  checkCredentials({ email, password }, ip, { secondFactorFollows }).then(
    (user) => ({ ok: true as const, user }),
    (error: Error) => ({ ok: false as const, message: error.message }),
  );

/** Lets the pair's current delay run out, as waiting would. */
async function waitOut(email: string, ip: string) {
  await db.throttleCounter.update({
    where: { key: throttleKeys.pair(email, ip) },
    data: { nextAllowedAt: new Date(Date.now() - 1) },
  });
}

const mailsTo = async (email: string) => (await readOutbox()).filter((m) => m.to === email);
const unlockToken = (text: string) => /\/login\/unlock\?token=([A-Za-z0-9_-]+)/.exec(text)?.[1];

/** Trips the account-wide ceiling from many addresses, each staying within its own free attempts. */
async function tripCeiling(email: string) {
  for (let i = 0; i <= MAX_FAILURES_PER_ACCOUNT; i++) await attempt(email, `guess ${i}`, `10.9.${counter}.${i}`);
}

describe("the per-account, per-address throttle", () => {
  it("checks exactly five of ten parallel wrong passwords from one address and holds back the rest", async () => {
    const owner = await staff();
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => attempt(owner.email, `wrong ${i}`, "10.2.0.1")),
    );
    const messages = results.map((r) => (r.ok ? "signed in" : r.message));
    expect(messages.filter((m) => m === SIGN_IN_REFUSED)).toHaveLength(5);
    expect(messages.filter((m) => /try again in \d+ seconds?/.test(m))).toHaveLength(5);
    expect(await db.loginAttempt.count({ where: { email: owner.email } })).toBe(5);
  });

  it("makes each further attempt wait twice as long as the one before", async () => {
    const owner = await staff();
    for (let i = 0; i < 5; i++) await attempt(owner.email, `wrong ${i}`, "10.2.0.2");
    expect(await attempt(owner.email, PASSWORD, "10.2.0.2")).toEqual({
      ok: false,
      message: "Too many failed attempts. Please try again in 1 second.",
    });
    await waitOut(owner.email, "10.2.0.2");
    expect(await attempt(owner.email, "wrong again", "10.2.0.2")).toEqual({ ok: false, message: SIGN_IN_REFUSED });
    expect(await attempt(owner.email, PASSWORD, "10.2.0.2")).toEqual({
      ok: false,
      message: "Too many failed attempts. Please try again in 2 seconds.",
    });
    await waitOut(owner.email, "10.2.0.2");
    expect(await attempt(owner.email, PASSWORD, "10.2.0.2")).toMatchObject({ ok: true });
    // Signing in forgives the address its failures.
    expect(await attempt(owner.email, "typo", "10.2.0.2")).toEqual({ ok: false, message: SIGN_IN_REFUSED });
  });

  it("does not hold back the same account signing in from another address", async () => {
    const owner = await staff();
    await Promise.all(Array.from({ length: 10 }, (_, i) => attempt(owner.email, `wrong ${i}`, "10.3.0.1")));
    expect(await attempt(owner.email, PASSWORD, "10.3.0.2")).toMatchObject({
      ok: true,
      user: { id: owner.id, underAccountLock: false },
    });
  });

  it("lets no more than the per-address limit through across many accounts, even in parallel", async () => {
    const emails = Array.from({ length: 30 }, (_, i) => `sprayed-${i}@example.test`);
    const results = await Promise.all(emails.map((email) => attempt(email, "Winter2026!", "10.3.9.9")));
    expect(results.filter((r) => !r.ok && r.message === SIGN_IN_REFUSED)).toHaveLength(20);
  });

  it("words every wait as one of the messages the sign-in form knows", () => {
    expect(SIGN_IN_MESSAGES).toContain("Too many failed attempts. Please try again in 15 minutes.");
    expect(new Set(SIGN_IN_MESSAGES).size).toBe(SIGN_IN_MESSAGES.length);
  });
});

describe("the account-wide ceiling", () => {
  it("refuses even the right password once tripped, and says so the same way for a wrong one", async () => {
    const owner = await staff();
    await tripCeiling(owner.email);
    expect(await attempt(owner.email, PASSWORD, "10.4.0.1")).toEqual({ ok: false, message: SIGN_IN_THROTTLED });
    expect(await attempt(owner.email, "wrong", "10.4.0.2")).toEqual({ ok: false, message: SIGN_IN_THROTTLED });
  });

  it("tells a caller that checks a second factor that the right password arrived under the ceiling", async () => {
    const owner = await staff();
    await tripCeiling(owner.email);
    expect(await attempt(owner.email, PASSWORD, "10.4.1.1", true)).toMatchObject({
      ok: true,
      user: { id: owner.id, underAccountLock: true },
    });
    expect(await attempt(owner.email, "wrong", "10.4.1.2", true)).toEqual({ ok: false, message: SIGN_IN_THROTTLED });
  });

  it("emails the owner once per episode, with a link that unlocks the account once", async () => {
    const owner = await staff();
    await Promise.all(Array.from({ length: 10 }, (_, i) => attempt(owner.email, `wrong ${i}`, "10.5.0.1")));
    await tripCeiling(owner.email);
    const mails = await mailsTo(owner.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toMatch(/^Failed sign-in attempts on your /);
    const token = unlockToken(mails[0]!.text)!;
    expect(await db.accountUnlockToken.count({ where: { tokenHash: token } })).toBe(0);

    expect(await isUnlockLinkLive(token)).toBe(true);
    await unlockAccount(token);
    expect(await attempt(owner.email, PASSWORD, "10.5.0.1")).toMatchObject({ ok: true });
    await expect(unlockAccount(token)).rejects.toThrow(INVALID_UNLOCK_LINK);
    expect(await isUnlockLinkLive(token)).toBe(false);
    const audit = await db.auditLog.findMany({ where: { subjectId: owner.id, action: "auth.unlock" } });
    expect(audit).toHaveLength(1);
  });

  it("uses an unlock link once even when it is followed twice at the same moment", async () => {
    const owner = await staff();
    await tripCeiling(owner.email);
    const token = unlockToken((await mailsTo(owner.email))[0]!.text)!;
    const outcomes = await Promise.allSettled([unlockAccount(token), unlockAccount(token)]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
  });

  it("unlocks through the page's action for an anonymous visitor, and answers a used link with a field message", async () => {
    const owner = await staff();
    await tripCeiling(owner.email);
    const token = unlockToken((await mailsTo(owner.email))[0]!.text)!;
    expect(await asViewer(null, () => unlockAccountAction({ token }))).toEqual({ ok: true, data: undefined });
    expect(await asViewer(null, () => unlockAccountAction({ token }))).toMatchObject({
      ok: false,
      error: { fieldErrors: { token: [INVALID_UNLOCK_LINK] } },
    });
    expect(await asViewer(null, () => unlockAccountAction({ token: "<script>" }))).toMatchObject({
      ok: false,
      error: { code: "validation" },
    });
    expect(await attempt(owner.email, PASSWORD, "10.7.0.1")).toMatchObject({ ok: true });
  });

  it("refuses an unlock link after it expires", async () => {
    const owner = await staff();
    await tripCeiling(owner.email);
    const token = unlockToken((await mailsTo(owner.email))[0]!.text)!;
    await db.accountUnlockToken.updateMany({
      where: { userId: owner.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await isUnlockLinkLive(token)).toBe(false);
    await expect(unlockAccount(token)).rejects.toThrow(INVALID_UNLOCK_LINK);
    expect(await attempt(owner.email, PASSWORD, "10.6.0.1")).toEqual({ ok: false, message: SIGN_IN_THROTTLED });
  });

  it("sends no email for an address without a staff account", async () => {
    await tripCeiling("nobody-here@example.test");
    expect(await mailsTo("nobody-here@example.test")).toHaveLength(0);
  });
});
