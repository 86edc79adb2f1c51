import { afterAll, describe, expect, it, vi } from "vitest";
// First: it sets NEXTAUTH_SECRET, which lib/auth/options.ts reads as it loads.
import { asViewer, makeAccount, type TestAccount } from "../helpers/sign-in-as";
import { hashPassword } from "../../lib/auth/password";
import { authOptions } from "../../lib/auth/options";
import {
  confirmTotpAction,
  disableTwoFactorAction,
  regenerateRecoveryCodesAction,
  resetTwoFactorAction,
  startTotpEnrolmentAction,
  updateRequiredTwoFactorRolesAction,
} from "../../lib/auth/two-factor/actions";
import { passkeyChallenge } from "../../lib/auth/two-factor/data/second-step";
import { relyingParty } from "../../lib/auth/two-factor/passkey-party";
import { PASSKEY_REFUSED, readSecondFactorNeeded, SECOND_FACTOR_REFUSED } from "../../lib/auth/two-factor/sign-in-step";
import { getViewer } from "../../lib/auth/viewer";
import { db } from "../../lib/db";
import { readOutbox } from "../../lib/mail/outbox-reader";
import { updateSettingsAction } from "../../lib/settings/actions";
import { makeSoftwarePasskey } from "../helpers/software-passkey";
import { codeFor, refusal, signInWith } from "../helpers/two-factor";

// The data folder (and so the outbox) is a scratch folder, set before the environment is first read.
const scratch = await vi.hoisted(async () =>
  (await import("../helpers/scratch-data-dir")).scratchDataDir("masthead-two-factor-"),
);
vi.spyOn(process.stdout, "write").mockImplementation(() => true);

afterAll(scratch.restore);

const PASSWORD = "a long enough password";

async function staff(role: "ADMIN" | "EDITOR" | "AUTHOR" = "EDITOR"): Promise<TestAccount> {
  const account = await makeAccount(role);
  await db.user.update({ where: { id: account.viewer.id }, data: { passwordHash: await hashPassword(PASSWORD) } });
  return account;
}

/** Enrols the account's authenticator app; answers the secret and the recovery codes. */
async function enrol(account: TestAccount) {
  const started = await asViewer(account, () => startTotpEnrolmentAction({}));
  if (!started.ok) throw new Error(started.error.message);
  const confirmed = await asViewer(account, () => confirmTotpAction({ code: codeFor(started.data.secret) }));
  if (!confirmed.ok) throw new Error(confirmed.error.message);
  return { secret: started.data.secret, recoveryCodes: confirmed.data.recoveryCodes };
}

/** The password step: answers the ticket the second step needs. */
async function passwordStep(account: TestAccount): Promise<string> {
  const message = await refusal(signInWith({ email: account.viewer.email, password: PASSWORD }));
  const needed = readSecondFactorNeeded(message);
  if (!needed) throw new Error(`Expected a second step, got: ${message}`);
  return needed.ticket;
}

describe("setting up an authenticator app", () => {
  it("confirms only with a valid code, and then gives ten recovery codes", async () => {
    const account = await staff();
    const started = await asViewer(account, () => startTotpEnrolmentAction({}));
    expect(started.ok).toBe(true);
    if (!started.ok) return;
    expect(started.data.uri).toMatch(/^otpauth:\/\/totp\//);
    expect(started.data.qrCode.path).toMatch(/^M\d/);

    const wrong = await asViewer(account, () => confirmTotpAction({ code: codeFor(started.data.secret, 10) }));
    expect(wrong).toMatchObject({ ok: false, error: { fieldErrors: { code: [expect.any(String)] } } });
    expect(await db.totpSecret.findUnique({ where: { userId: account.viewer.id } })).toMatchObject({
      confirmedAt: null,
    });

    const right = await asViewer(account, () => confirmTotpAction({ code: codeFor(started.data.secret) }));
    expect(right.ok && right.data.recoveryCodes).toHaveLength(10);
    const stored = await db.totpSecret.findUniqueOrThrow({ where: { userId: account.viewer.id } });
    expect(stored.confirmedAt).not.toBeNull();
  });

  it("stores the secret encrypted, never as the base32 text the app was given", async () => {
    const account = await staff();
    const { secret, recoveryCodes } = await enrol(account);
    const stored = await db.totpSecret.findUniqueOrThrow({ where: { userId: account.viewer.id } });
    const plain = secret.replace(/\s/g, "");
    expect(stored.secret).not.toContain(plain);
    expect(Buffer.from(stored.secret.slice(3), "base64url").toString("latin1")).not.toContain(plain);
    const hashes = await db.recoveryCode.findMany({ where: { userId: account.viewer.id } });
    expect(hashes.map((h) => h.codeHash)).not.toContain(recoveryCodes[0]);
  });
});

describe("signing in with two-factor", () => {
  it("asks for a second factor after the right password instead of signing in", async () => {
    const account = await staff();
    await enrol(account);
    const message = await refusal(signInWith({ email: account.viewer.email, password: PASSWORD }));
    expect(readSecondFactorNeeded(message)?.methods).toEqual({ totp: true, passkey: false });
  });

  it("accepts a current code once and refuses it when replayed", async () => {
    const account = await staff();
    const { secret } = await enrol(account);
    const ticket = await passwordStep(account);
    // The enrolment spent the current step, so the next one is the first the sign-in can use.
    const code = codeFor(secret, 1);
    await expect(signInWith({ ticket, code })).resolves.toMatchObject({ id: account.viewer.id });
    expect(await refusal(signInWith({ ticket, code }))).toBe(SECOND_FACTOR_REFUSED);
    expect(await refusal(signInWith({ ticket, code: codeFor(secret) }))).toBe(SECOND_FACTOR_REFUSED);
  });

  it("counts a wrong code as a failed sign-in", async () => {
    const account = await staff();
    const { secret } = await enrol(account);
    const ticket = await passwordStep(account);
    expect(await refusal(signInWith({ ticket, code: codeFor(secret, 20) }, "192.0.2.7"))).toBe(SECOND_FACTOR_REFUSED);
    const failures = await db.loginAttempt.findMany({ where: { email: account.viewer.email, succeeded: false } });
    expect(failures).toHaveLength(1);
  });

  it("refuses a ticket that was tampered with", async () => {
    const account = await staff();
    const { secret } = await enrol(account);
    const ticket = await passwordStep(account);
    const forged = `${ticket.slice(0, -4)}${ticket.slice(-4) === "AAAA" ? "BBBB" : "AAAA"}`;
    expect(await refusal(signInWith({ ticket: forged, code: codeFor(secret, 1) }))).toMatch(/took too long/);
  });

  it("accepts each recovery code once, in any case and with or without the dash", async () => {
    const account = await staff();
    const { recoveryCodes } = await enrol(account);
    const code = recoveryCodes[3]!;
    const ticket = await passwordStep(account);
    await expect(signInWith({ ticket, code: code.toLowerCase().replace("-", " ") })).resolves.toMatchObject({
      id: account.viewer.id,
    });
    expect(await refusal(signInWith({ ticket, code }))).toBe(SECOND_FACTOR_REFUSED);
    const audit = await db.auditLog.findMany({
      where: { action: "auth.recovery-code-used", actorId: account.viewer.id },
    });
    expect(audit).toHaveLength(1);
  });

  it("accepts a passkey's answer to a challenge once and refuses it when replayed", async () => {
    const account = await staff();
    const passkey = makeSoftwarePasskey();
    await db.passkey.create({
      data: {
        userId: account.viewer.id,
        name: "Software key",
        credentialId: passkey.credentialId,
        publicKey: passkey.publicKey,
        transports: [],
      },
    });
    const challenged = await passkeyChallenge(await passwordStep(account));
    if (!challenged) throw new Error("Expected a passkey challenge");
    const answer = passkey.answer(challenged.options.challenge, relyingParty().origin);
    await expect(signInWith({ ticket: challenged.ticket, passkey: answer })).resolves.toMatchObject({
      id: account.viewer.id,
    });
    // The key keeps no counter (as synced passkeys do not), so only the spent challenge stops the replay.
    expect(await refusal(signInWith({ ticket: challenged.ticket, passkey: answer }))).toBe(PASSKEY_REFUSED);
    const fresh = await passkeyChallenge(await passwordStep(account));
    if (!fresh) throw new Error("Expected a passkey challenge");
    expect(await refusal(signInWith({ ticket: fresh.ticket, passkey: answer }))).toBe(PASSKEY_REFUSED);
    await expect(
      signInWith({ ticket: fresh.ticket, passkey: passkey.answer(fresh.options.challenge, relyingParty().origin) }),
    ).resolves.toMatchObject({ id: account.viewer.id });
  });

  it("new recovery codes replace the old ones", async () => {
    const account = await staff();
    const { recoveryCodes } = await enrol(account);
    const regenerated = await asViewer(account, () => regenerateRecoveryCodesAction({}));
    expect(regenerated.ok && regenerated.data.recoveryCodes).toHaveLength(10);
    const ticket = await passwordStep(account);
    expect(await refusal(signInWith({ ticket, code: recoveryCodes[0]! }))).toBe(SECOND_FACTOR_REFUSED);
  });
});

describe("turning two-factor off", () => {
  it("needs the password or a current code", async () => {
    const account = await staff();
    const { secret } = await enrol(account);
    const wrong = await asViewer(account, () => disableTwoFactorAction({ password: "not it" }));
    expect(wrong).toMatchObject({ ok: false, error: { fieldErrors: { password: [expect.any(String)] } } });
    const right = await asViewer(account, () => disableTwoFactorAction({ code: codeFor(secret, 1) }));
    expect(right.ok).toBe(true);
    expect(await db.totpSecret.count({ where: { userId: account.viewer.id } })).toBe(0);
    await expect(signInWith({ email: account.viewer.email, password: PASSWORD })).resolves.toMatchObject({
      id: account.viewer.id,
    });
  });
});

describe("an administrator resetting someone's two-factor", () => {
  it("removes their second factors, records who did it and emails the owner", async () => {
    const admin = await staff("ADMIN");
    const editor = await staff();
    await enrol(editor);
    const result = await asViewer(admin, () => resetTwoFactorAction({ userId: editor.viewer.id }));
    expect(result).toMatchObject({ ok: true, data: { emailed: true } });
    expect(await db.totpSecret.count({ where: { userId: editor.viewer.id } })).toBe(0);
    expect(await db.recoveryCode.count({ where: { userId: editor.viewer.id } })).toBe(0);
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "user.two-factor-reset" } });
    expect(entry).toMatchObject({ actorId: admin.viewer.id, subjectId: editor.viewer.id });
    const mail = (await readOutbox()).filter((m) => m.to === editor.viewer.email);
    expect(mail.at(-1)?.subject).toMatch(/Two-factor sign-in was reset/);
  });

  it("is refused to anyone but an administrator", async () => {
    const editor = await staff();
    const other = await staff();
    await enrol(other);
    const result = await asViewer(editor, () => resetTwoFactorAction({ userId: other.viewer.id }));
    expect(result).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await db.totpSecret.count({ where: { userId: other.viewer.id } })).toBe(1);
  });
});

describe("requiring two-factor for chosen roles", () => {
  it("blocks every action for unenrolled staff in those roles until they enrol", async () => {
    const admin = await staff("ADMIN");
    const other = await staff("ADMIN");
    const set = await asViewer(admin, () => updateRequiredTwoFactorRolesAction({ roles: ["ADMIN"] }));
    expect(set).toMatchObject({ ok: true, data: { roles: ["ADMIN"] } });
    expect(await db.auditLog.count({ where: { action: "settings.two-factor-roles", actorId: admin.viewer.id } })).toBe(
      1,
    );

    expect(await asViewer(other, () => getViewer())).toMatchObject({ mustEnrolTwoFactor: true });
    const refused = await asViewer(other, () => updateSettingsAction({ siteName: "Taken over" }));
    expect(refused).toMatchObject({
      ok: false,
      error: { code: "forbidden", message: expect.stringMatching(/two-factor/) },
    });

    await enrol(other);
    expect(await asViewer(other, () => getViewer())).toMatchObject({ mustEnrolTwoFactor: false });
    const allowed = await asViewer(other, () => updateSettingsAction({ siteName: "Renamed" }));
    expect(allowed.ok).toBe(true);
  });

  it("leaves roles that are not chosen alone, and only admins may choose", async () => {
    const admin = await staff("ADMIN");
    const editor = await staff("EDITOR");
    await asViewer(admin, () => updateRequiredTwoFactorRolesAction({ roles: ["ADMIN"] }));
    expect(await asViewer(editor, () => getViewer())).toMatchObject({ mustEnrolTwoFactor: false });
    const refused = await asViewer(editor, () => updateRequiredTwoFactorRolesAction({ roles: [] }));
    expect(refused).toMatchObject({ ok: false, error: { code: "forbidden" } });
  });

  it("keeps a required role from turning two-factor off", async () => {
    const admin = await staff("ADMIN");
    await enrol(admin);
    await asViewer(admin, () => updateRequiredTwoFactorRolesAction({ roles: ["ADMIN"] }));
    const result = await asViewer(admin, () => disableTwoFactorAction({ password: PASSWORD }));
    expect(result).toMatchObject({ ok: false, error: { code: "conflict" } });
  });
});

describe("the session next-auth hands to JavaScript", () => {
  it("does not carry the server-side session id", async () => {
    const session = await authOptions.callbacks!.session!({
      session: { user: { email: "a@example.test" }, expires: "2030-01-01T00:00:00.000Z" },
      token: { sid: "secret-session-token", sub: "u1" },
    } as never);
    expect(JSON.stringify(session)).not.toContain("secret-session-token");
  });
});
