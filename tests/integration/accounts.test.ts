import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { hashPassword } from "../../lib/auth/password";
import { checkCredentials, MAX_FAILURES_PER_ACCOUNT, SIGN_IN_THROTTLED } from "../../lib/auth/data/sign-in";
import { getViewer } from "../../lib/auth/viewer";
import { db } from "../../lib/db";
import { readOutbox } from "../../lib/mail/outbox-reader";
import {
  acceptInvitationAction,
  changeRoleAction,
  disableUserAction,
  enableUserAction,
  inviteUserAction,
  requestPasswordResetAction,
  resendInvitationAction,
  resetPasswordAction,
  revokeInvitationAction,
} from "../../lib/users/actions";
import { MAX_RESET_EMAILS_PER_HOUR } from "../../lib/users/data/mutations";
import { getInvitationPreview, isPasswordResetLinkLive, listStaff } from "../../lib/users/data/queries";
import { hashToken, INVALID_LINK } from "../../lib/users/data/tokens";
import { asViewer, makeAccount, type TestAccount } from "../helpers/sign-in-as";

// The data folder (and so the outbox) is a scratch folder, set before the environment is first read.
const scratch = await vi.hoisted(async () =>
  (await import("../helpers/scratch-data-dir")).scratchDataDir("masthead-accounts-"),
);
const dataDir = scratch.dir;
// Without SMTP the links are logged for the developer; keep the test output quiet and check that they are.
const loggedLines = vi.spyOn(process.stdout, "write").mockImplementation(() => true);

afterAll(scratch.restore);

const PASSWORD = "a long enough password";
let counter = 0;
const uniqueEmail = (label: string) => `${label}-${++counter}@example.test`;

async function mailsTo(email: string) {
  return (await readOutbox()).filter((m) => m.to === email);
}

/** The token in the newest link emailed to this address. */
async function tokenMailedTo(email: string): Promise<string> {
  const last = (await mailsTo(email)).at(-1);
  const token = last?.text.match(/\?token=([A-Za-z0-9_-]+)/)?.[1];
  if (!token) throw new Error(`No link was emailed to ${email}`);
  return token;
}

async function staffWithPassword(
  role: "ADMIN" | "EDITOR" | "AUTHOR" | "MODERATOR" | "READER",
  email = uniqueEmail(role.toLowerCase()),
) {
  return db.user.create({
    data: { email, name: `${role} with password`, role, passwordHash: await hashPassword(PASSWORD) },
  });
}

async function invite(
  admin: TestAccount,
  email = uniqueEmail("invitee"),
  role: "EDITOR" | "ADMIN" | "AUTHOR" | "MODERATOR" = "EDITOR",
) {
  const result = await asViewer(admin, () => inviteUserAction({ email, name: "Invited Person", role }));
  if (!result.ok) throw new Error(result.error.message);
  return { email, userId: result.data.userId, emailSent: result.data.emailSent };
}

const auditOf = (action: string, subjectId: string) =>
  db.auditLog.findMany({ where: { action, subjectId }, orderBy: { createdAt: "asc" } });

describe("inviting staff", () => {
  it("emails an invitation that the invitee accepts with a name and password, after which they can sign in", async () => {
    const admin = await makeAccount("ADMIN");
    const { email, userId, emailSent } = await invite(admin);
    expect(emailSent).toBe(true);

    const [mail] = await mailsTo(email);
    expect(mail!.subject).toMatch(/^You are invited to /);
    expect(mail!.text).toContain("as an editor");
    expect(mail!.text).toMatch(/^http:\/\/localhost:3000\/accept-invitation\?token=[A-Za-z0-9_-]{43}$/m);
    expect(path.dirname(mail!.file)).toBe(path.join(dataDir, "outbox"));
    expect(path.extname(mail!.file)).toBe(".eml");
    expect(loggedLines).toHaveBeenCalledWith(
      expect.stringContaining(`/accept-invitation?token=${await tokenMailedTo(email)}`),
    );

    const token = await tokenMailedTo(email);
    const stored = await db.userToken.findFirstOrThrow({ where: { userId } });
    expect(stored.tokenHash).toBe(hashToken(token));
    expect(stored.tokenHash).not.toContain(token);
    await expect(getInvitationPreview(token)).resolves.toEqual({ email, name: "Invited Person" });

    const accepted = await asViewer(null, () =>
      acceptInvitationAction({ token, name: "Ines Invited", password: PASSWORD, confirmPassword: PASSWORD }),
    );
    expect(accepted).toEqual({ ok: true, data: undefined });
    await expect(checkCredentials({ email, password: PASSWORD }, "10.2.0.1")).resolves.toMatchObject({
      id: userId,
      name: "Ines Invited",
    });
    await expect(db.user.findUniqueOrThrow({ where: { id: userId } })).resolves.toMatchObject({
      role: "EDITOR",
      invitedById: admin.viewer.id,
    });

    const audit = await auditOf("user.invite", userId);
    expect(audit).toMatchObject([{ actorId: admin.viewer.id, data: { email, role: "EDITOR" } }]);
  });

  it("accepts an invitation link only once", async () => {
    const admin = await makeAccount("ADMIN");
    const { email } = await invite(admin);
    const token = await tokenMailedTo(email);
    await asViewer(null, () =>
      acceptInvitationAction({ token, name: "First", password: PASSWORD, confirmPassword: PASSWORD }),
    );
    const again = await asViewer(null, () =>
      acceptInvitationAction({
        token,
        name: "Second",
        password: "another password!",
        confirmPassword: "another password!",
      }),
    );
    expect(again).toMatchObject({ ok: false, error: { code: "validation", message: INVALID_LINK } });
    await expect(checkCredentials({ email, password: PASSWORD }, "10.2.0.2")).resolves.toMatchObject({ name: "First" });
  });

  it("refuses an invitation link older than seven days", async () => {
    const admin = await makeAccount("ADMIN");
    const { email, userId } = await invite(admin);
    const token = await tokenMailedTo(email);
    const { expiresAt, createdAt } = await db.userToken.findFirstOrThrow({ where: { userId } });
    expect(expiresAt.getTime() - createdAt.getTime()).toBeGreaterThan(7 * 24 * 3_600_000 - 5_000);
    expect(expiresAt.getTime() - createdAt.getTime()).toBeLessThan(7 * 24 * 3_600_000 + 5_000);

    await db.userToken.updateMany({ where: { userId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(getInvitationPreview(token)).resolves.toBeNull();
    const result = await asViewer(null, () =>
      acceptInvitationAction({ token, name: "Late", password: PASSWORD, confirmPassword: PASSWORD }),
    );
    expect(result).toMatchObject({ ok: false, error: { message: INVALID_LINK } });
    await expect(db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } })).resolves.toEqual(
      { passwordHash: null },
    );
  });

  it("refuses to invite an address that already has an account, on the email field", async () => {
    const admin = await makeAccount("ADMIN");
    const existing = await staffWithPassword("AUTHOR");
    const result = await asViewer(admin, () =>
      inviteUserAction({ email: existing.email.toUpperCase(), name: "Again", role: "EDITOR" }),
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: "validation", fieldErrors: { email: [expect.stringContaining("already")] } },
    });
    await expect(db.user.findUniqueOrThrow({ where: { id: existing.id } })).resolves.toMatchObject({
      role: "AUTHOR",
      name: existing.name,
    });
  });

  it("resends an invitation with a new link that replaces the old one", async () => {
    const admin = await makeAccount("ADMIN");
    const { email, userId } = await invite(admin);
    const first = await tokenMailedTo(email);
    const resent = await asViewer(admin, () => resendInvitationAction({ userId }));
    expect(resent).toEqual({ ok: true, data: undefined });
    const second = await tokenMailedTo(email);
    expect(second).not.toBe(first);
    await expect(getInvitationPreview(first)).resolves.toBeNull();
    await expect(getInvitationPreview(second)).resolves.toMatchObject({ email });
    expect(await auditOf("user.invite", userId)).toHaveLength(2);
  });

  it("withdraws an invitation: the unused account and its link are gone, and the log says who did it", async () => {
    const admin = await makeAccount("ADMIN");
    const { email, userId } = await invite(admin);
    const token = await tokenMailedTo(email);
    expect(await asViewer(admin, () => revokeInvitationAction({ userId }))).toEqual({ ok: true, data: undefined });
    await expect(db.user.findUnique({ where: { id: userId } })).resolves.toBeNull();
    await expect(getInvitationPreview(token)).resolves.toBeNull();
    expect(await auditOf("user.invitation-revoke", userId)).toMatchObject([
      { actorId: admin.viewer.id, data: { email } },
    ]);
  });

  it("lists staff and pending invitations for admins only", async () => {
    const admin = await makeAccount("ADMIN");
    const editor = await staffWithPassword("EDITOR");
    const reader = await staffWithPassword("READER");
    const { email } = await invite(admin);
    const directory = await listStaff(admin.viewer);
    expect(directory.members.find((m) => m.id === admin.viewer.id)).toMatchObject({
      isSelf: true,
      role: "ADMIN",
      disabled: false,
    });
    expect(directory.members.find((m) => m.id === editor.id)).toMatchObject({
      isSelf: false,
      role: "EDITOR",
      lastLoginAt: null,
    });
    expect(directory.members.map((m) => m.id)).not.toContain(reader.id);
    expect(directory.members.map((m) => m.email)).not.toContain(email);
    expect(directory.invitations.find((i) => i.email === email)).toMatchObject({
      role: "EDITOR",
      expired: false,
      invitedByName: "ADMIN user",
    });
    const other = await makeAccount("EDITOR");
    await expect(listStaff(other.viewer)).rejects.toThrow("You do not have permission");
  });
});

describe("resetting a forgotten password", () => {
  it("emails a one-hour link that sets a new password once, signs out everywhere and is audited", async () => {
    const user = await staffWithPassword("AUTHOR");
    const result = await asViewer(null, () => requestPasswordResetAction({ email: ` ${user.email.toUpperCase()} ` }));
    expect(result.ok).toBe(true);
    const [mail] = await mailsTo(user.email);
    expect(mail!.text).toMatch(/^http:\/\/localhost:3000\/reset-password\?token=[A-Za-z0-9_-]{43}$/m);
    const token = await tokenMailedTo(user.email);
    const stored = await db.userToken.findFirstOrThrow({ where: { userId: user.id, purpose: "PASSWORD_RESET" } });
    expect(stored.tokenHash).toBe(hashToken(token));
    expect(Math.abs(stored.expiresAt.getTime() - Date.now() - 3_600_000)).toBeLessThan(10_000);

    const session = await db.session.create({
      data: { sessionToken: `s-${user.id}`, userId: user.id, expires: new Date(Date.now() + 3_600_000) },
    });
    const reset = await asViewer(null, () =>
      resetPasswordAction({ token, password: "my brand new password", confirmPassword: "my brand new password" }),
    );
    expect(reset).toEqual({ ok: true, data: undefined });
    await expect(
      checkCredentials({ email: user.email, password: "my brand new password" }, "10.3.0.1"),
    ).resolves.toMatchObject({ id: user.id });
    await expect(checkCredentials({ email: user.email, password: PASSWORD }, "10.3.0.1")).rejects.toThrow();
    await expect(db.session.findUnique({ where: { id: session.id } })).resolves.toBeNull();
    expect(await auditOf("user.password-reset", user.id)).toMatchObject([{ actorId: user.id }]);

    const again = await asViewer(null, () =>
      resetPasswordAction({ token, password: "someone else's pw", confirmPassword: "someone else's pw" }),
    );
    expect(again).toMatchObject({ ok: false, error: { message: INVALID_LINK } });
    await expect(isPasswordResetLinkLive(token)).resolves.toBe(false);
  });

  it("refuses a reset link after its hour is up", async () => {
    const user = await staffWithPassword("EDITOR");
    await asViewer(null, () => requestPasswordResetAction({ email: user.email }));
    const token = await tokenMailedTo(user.email);
    await expect(isPasswordResetLinkLive(token)).resolves.toBe(true);
    await db.userToken.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(isPasswordResetLinkLive(token)).resolves.toBe(false);
    const result = await asViewer(null, () =>
      resetPasswordAction({ token, password: "too late for this", confirmPassword: "too late for this" }),
    );
    expect(result).toMatchObject({ ok: false, error: { message: INVALID_LINK } });
    await expect(checkCredentials({ email: user.email, password: PASSWORD }, "10.3.0.2")).resolves.toMatchObject({
      id: user.id,
    });
  });

  it("answers the same for an unknown, disabled or reader address and emails nothing", async () => {
    const known = await staffWithPassword("EDITOR");
    const disabled = await staffWithPassword("EDITOR");
    await db.user.update({ where: { id: disabled.id }, data: { disabled: true } });
    const reader = await staffWithPassword("READER");
    const answers = [];
    for (const email of [known.email, "nobody-here@example.test", disabled.email, reader.email]) {
      answers.push(await asViewer(null, () => requestPasswordResetAction({ email })));
    }
    expect(answers[0]).toMatchObject({
      ok: true,
      data: { message: expect.stringContaining("If that address belongs") },
    });
    for (const answer of answers.slice(1)) expect(answer).toEqual(answers[0]);
    expect(await mailsTo(known.email)).toHaveLength(1);
    for (const email of ["nobody-here@example.test", disabled.email, reader.email])
      expect(await mailsTo(email)).toHaveLength(0);
  });

  it(`sends at most ${MAX_RESET_EMAILS_PER_HOUR} reset emails an hour to one account`, async () => {
    const user = await staffWithPassword("MODERATOR");
    for (let i = 0; i < MAX_RESET_EMAILS_PER_HOUR + 2; i++) {
      expect((await asViewer(null, () => requestPasswordResetAction({ email: user.email }))).ok).toBe(true);
    }
    expect(await mailsTo(user.email)).toHaveLength(MAX_RESET_EMAILS_PER_HOUR);
  });

  it("lets a throttled account sign in again after a reset, as the throttling message promises", async () => {
    const user = await staffWithPassword("AUTHOR");
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      await checkCredentials({ email: user.email, password: `guess ${i}` }, `10.4.0.${i}`).catch(() => {});
    }
    await expect(checkCredentials({ email: user.email, password: PASSWORD }, "10.4.0.50")).rejects.toThrow(
      SIGN_IN_THROTTLED,
    );
    await asViewer(null, () => requestPasswordResetAction({ email: user.email }));
    const token = await tokenMailedTo(user.email);
    await asViewer(null, () =>
      resetPasswordAction({ token, password: "fresh start password", confirmPassword: "fresh start password" }),
    );
    await expect(
      checkCredentials({ email: user.email, password: "fresh start password" }, "10.4.0.51"),
    ).resolves.toMatchObject({ id: user.id });
  });
});

describe("managing staff accounts", () => {
  it("changes a role and records who changed it from what to what", async () => {
    const admin = await makeAccount("ADMIN");
    const author = await makeAccount("AUTHOR");
    expect(await asViewer(admin, () => changeRoleAction({ userId: author.viewer.id, role: "EDITOR" }))).toEqual({
      ok: true,
      data: undefined,
    });
    await expect(asViewer(author, () => getViewer())).resolves.toMatchObject({ role: "EDITOR" });
    expect(await auditOf("user.role-change", author.viewer.id)).toMatchObject([
      { actorId: admin.viewer.id, data: { from: "AUTHOR", to: "EDITOR" } },
    ]);
  });

  it("disabling an account ends its sessions at once; enabling lets it sign in again; both are audited", async () => {
    const admin = await makeAccount("ADMIN");
    const editor = await makeAccount("EDITOR");
    await db.user.update({ where: { id: editor.viewer.id }, data: { passwordHash: await hashPassword(PASSWORD) } });
    await expect(asViewer(editor, () => getViewer())).resolves.toMatchObject({ id: editor.viewer.id });

    expect(await asViewer(admin, () => disableUserAction({ userId: editor.viewer.id }))).toEqual({
      ok: true,
      data: undefined,
    });
    await expect(asViewer(editor, () => getViewer())).resolves.toBeNull();
    await expect(db.session.count({ where: { userId: editor.viewer.id } })).resolves.toBe(0);
    await expect(checkCredentials({ email: editor.viewer.email, password: PASSWORD }, "10.5.0.1")).rejects.toThrow();
    await expect(
      asViewer(null, () => requestPasswordResetAction({ email: editor.viewer.email })),
    ).resolves.toMatchObject({ ok: true });
    expect(await mailsTo(editor.viewer.email)).toHaveLength(0);

    expect(await asViewer(admin, () => enableUserAction({ userId: editor.viewer.id }))).toEqual({
      ok: true,
      data: undefined,
    });
    await expect(
      checkCredentials({ email: editor.viewer.email, password: PASSWORD }, "10.5.0.2"),
    ).resolves.toMatchObject({ id: editor.viewer.id });
    expect(await auditOf("user.disable", editor.viewer.id)).toMatchObject([{ actorId: admin.viewer.id }]);
    expect(await auditOf("user.enable", editor.viewer.id)).toMatchObject([{ actorId: admin.viewer.id }]);
  });

  it("never leaves the site without an enabled administrator, and nobody disables themselves", async () => {
    // Earlier tests in this file made administrators of their own; start from none.
    await db.user.updateMany({ where: { role: "ADMIN" }, data: { role: "EDITOR" } });
    const first = await makeAccount("ADMIN");

    const demoteSelf = await asViewer(first, () => changeRoleAction({ userId: first.viewer.id, role: "EDITOR" }));
    expect(demoteSelf).toMatchObject({
      ok: false,
      error: {
        code: "validation",
        fieldErrors: { role: [expect.stringContaining("at least one enabled administrator")] },
      },
    });
    const disableSelf = await asViewer(first, () => disableUserAction({ userId: first.viewer.id }));
    expect(disableSelf).toMatchObject({ ok: false, error: { message: "You cannot disable your own account." } });
    await expect(db.user.findUniqueOrThrow({ where: { id: first.viewer.id } })).resolves.toMatchObject({
      role: "ADMIN",
      disabled: false,
    });

    // A second admin who is disabled does not count.
    const second = await makeAccount("ADMIN");
    expect((await asViewer(first, () => disableUserAction({ userId: second.viewer.id }))).ok).toBe(true);
    expect((await asViewer(first, () => changeRoleAction({ userId: first.viewer.id, role: "EDITOR" }))).ok).toBe(false);

    // With another enabled admin, stepping down is allowed.
    expect((await asViewer(first, () => enableUserAction({ userId: second.viewer.id }))).ok).toBe(true);
    expect((await asViewer(first, () => changeRoleAction({ userId: first.viewer.id, role: "EDITOR" }))).ok).toBe(true);
    const demoteLast = await asViewer(second, () => changeRoleAction({ userId: second.viewer.id, role: "AUTHOR" }));
    expect(demoteLast.ok).toBe(false);
    await expect(db.user.findUniqueOrThrow({ where: { id: second.viewer.id } })).resolves.toMatchObject({
      role: "ADMIN",
      disabled: false,
    });
  });

  it("two admins demoting each other at the same moment leave one administrator", async () => {
    await db.user.updateMany({ where: { role: "ADMIN" }, data: { role: "EDITOR" } });
    const [a, b] = [await makeAccount("ADMIN"), await makeAccount("ADMIN")];
    const results = await Promise.all([
      asViewer(a, () => changeRoleAction({ userId: b.viewer.id, role: "EDITOR" })),
      asViewer(b, () => changeRoleAction({ userId: a.viewer.id, role: "EDITOR" })),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    await expect(db.user.count({ where: { role: "ADMIN", disabled: false } })).resolves.toBe(1);
  });

  it.each([
    ["anonymous visitors", null, "unauthenticated"],
    ["editors", "EDITOR", "forbidden"],
    ["authors", "AUTHOR", "forbidden"],
    ["moderators", "MODERATOR", "forbidden"],
  ] as const)("refuses every account action to %s and changes nothing", async (_who, role, code) => {
    const admin = await makeAccount("ADMIN");
    const actor = role ? await makeAccount(role) : null;
    const target = await makeAccount("AUTHOR");
    const disabledTarget = await makeAccount("EDITOR");
    await db.user.update({ where: { id: disabledTarget.viewer.id }, data: { disabled: true } });
    const { email: invitedEmail, userId: invitedId } = await invite(admin);
    const snapshot = () =>
      db.user.findMany({
        where: { id: { in: [target.viewer.id, disabledTarget.viewer.id, invitedId] } },
        orderBy: { id: "asc" },
        select: {
          id: true,
          role: true,
          disabled: true,
          name: true,
          updatedAt: true,
          tokens: { select: { tokenHash: true, usedAt: true } },
        },
      });
    const before = await snapshot();
    const mailsBefore = (await readOutbox()).length;
    const auditBefore = await db.auditLog.count();
    const newEmail = uniqueEmail("not-invited");

    const attempts = await asViewer(actor, () =>
      Promise.all([
        inviteUserAction({ email: newEmail, name: "Should Not Exist", role: "ADMIN" }),
        resendInvitationAction({ userId: invitedId }),
        revokeInvitationAction({ userId: invitedId }),
        changeRoleAction({ userId: target.viewer.id, role: "ADMIN" }),
        disableUserAction({ userId: target.viewer.id }),
        enableUserAction({ userId: disabledTarget.viewer.id }),
      ]),
    );
    for (const attempt of attempts) expect(attempt).toMatchObject({ ok: false, error: { code } });

    await expect(snapshot()).resolves.toEqual(before);
    await expect(db.user.findUnique({ where: { email: newEmail } })).resolves.toBeNull();
    await expect(asViewer(target, () => getViewer())).resolves.toMatchObject({ id: target.viewer.id, role: "AUTHOR" });
    expect((await readOutbox()).length).toBe(mailsBefore);
    await expect(db.auditLog.count()).resolves.toBe(auditBefore);
    expect(await mailsTo(invitedEmail)).toHaveLength(1);
  });
});
