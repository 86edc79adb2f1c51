import "server-only";
import type { Adapter, AdapterAccount, AdapterUser } from "next-auth/adapters";
import { db } from "../../db";

// The part of next-auth's adapter contract that the JWT strategy uses, for
// readers signing in by email link or OAuth. Sessions are ours
// (lib/auth/sessions.ts), so the session methods are deliberately absent.
//
// Verification tokens arrive already hashed: next-auth stores
// sha256(token + secret) and hashes the link's token the same way before
// asking for it back, so the database never holds a usable link.

const userSelect = { id: true, email: true, emailVerified: true, name: true } as const;

type UserRow = { id: string; email: string; emailVerified: Date | null; name: string | null };

const toAdapterUser = (row: UserRow): AdapterUser => ({
  id: row.id,
  email: row.email,
  emailVerified: row.emailVerified,
  name: row.name,
});

const normalizeEmail = (email: string) => email.trim().toLowerCase();

export function readerAdapter(): Adapter {
  return {
    /**
     * Every account created here is a reader without a public name: the name a
     * provider knows is not necessarily the one they want under a comment, so
     * /welcome asks for it.
     */
    async createUser(user: Omit<AdapterUser, "id">) {
      const row = await db.user.create({
        data: {
          email: normalizeEmail(user.email),
          emailVerified: user.emailVerified ?? null,
          role: "READER",
          name: null,
        },
        select: userSelect,
      });
      return toAdapterUser(row);
    },

    async getUser(id) {
      const row = await db.user.findUnique({ where: { id }, select: userSelect });
      return row ? toAdapterUser(row) : null;
    },

    async getUserByEmail(email) {
      const row = await db.user.findUnique({ where: { email: normalizeEmail(email) }, select: userSelect });
      return row ? toAdapterUser(row) : null;
    },

    async getUserByAccount({ provider, providerAccountId }) {
      const account = await db.account.findUnique({
        where: { provider_providerAccountId: { provider, providerAccountId } },
        select: { user: { select: userSelect } },
      });
      return account ? toAdapterUser(account.user) : null;
    },

    /** next-auth only ever records a verified email here; nothing else a provider sends is copied. */
    async updateUser({ id, emailVerified }) {
      const row = await db.user.update({
        where: { id },
        data: emailVerified === undefined ? {} : { emailVerified },
        select: userSelect,
      });
      return toAdapterUser(row);
    },

    async linkAccount(account: AdapterAccount) {
      await db.account.create({
        data: {
          userId: account.userId,
          type: account.type,
          provider: account.provider,
          providerAccountId: account.providerAccountId,
          refresh_token: account.refresh_token ?? null,
          access_token: account.access_token ?? null,
          expires_at: account.expires_at ?? null,
          token_type: account.token_type ?? null,
          scope: account.scope ?? null,
          id_token: account.id_token ?? null,
          session_state: typeof account.session_state === "string" ? account.session_state : null,
        },
      });
    },

    async createVerificationToken({ identifier, token, expires }) {
      // Expired links are useless; clearing them here keeps the table small without a job.
      await db.verificationToken.deleteMany({ where: { expires: { lt: new Date() } } });
      return db.verificationToken.create({ data: { identifier: normalizeEmail(identifier), token, expires } });
    },

    /** Single use: the token is deleted as it is read, so a second click finds nothing. */
    async useVerificationToken({ identifier, token }) {
      const where = identifier ? { token, identifier: normalizeEmail(identifier) } : { token };
      return db.$transaction(async (tx) => {
        const found = await tx.verificationToken.findFirst({ where });
        if (!found) return null;
        // Of two simultaneous clicks, only the one whose delete removed the row signs in.
        const { count } = await tx.verificationToken.deleteMany({ where });
        return count === 1 ? found : null;
      });
    },
  };
}
