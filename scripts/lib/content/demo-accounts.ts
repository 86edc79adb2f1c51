import { hash, verify } from "@node-rs/argon2";
import type { Db } from "../../../lib/db";
import type { Role } from "../../../lib/db";

// One sign-in per staff role, for trying Masthead locally. Never in production.

export const DEMO_PASSWORD = "masthead-demo";

export const DEMO_ACCOUNTS: { email: string; name: string; role: Role }[] = [
  { email: "admin@masthead.local", name: "Ada Admin", role: "ADMIN" },
  { email: "editor@masthead.local", name: "Eddie Editor", role: "EDITOR" },
  { email: "author@masthead.local", name: "Aisha Author", role: "AUTHOR" },
  { email: "moderator@masthead.local", name: "Mo Moderator", role: "MODERATOR" },
  { email: "reader@masthead.local", name: "Rita Reader", role: "READER" },
];

export class DemoAccountsRefused extends Error {}

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** Creates the demo accounts that don't exist yet; returns how many it created. */
export async function createDemoAccounts(tx: Tx, nodeEnv: string): Promise<number> {
  if (nodeEnv === "production") {
    throw new DemoAccountsRefused("Demo accounts are never created when NODE_ENV=production.");
  }
  const existing = new Set(
    (await tx.user.findMany({ where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } }, select: { email: true } }))
      .map((u) => u.email),
  );
  const missing = DEMO_ACCOUNTS.filter((a) => !existing.has(a.email));
  if (!missing.length) return 0;
  const passwordHash = await hash(DEMO_PASSWORD);
  await tx.user.createMany({ data: missing.map((a) => ({ ...a, passwordHash, emailVerified: new Date() })) });
  return missing.length;
}

export interface DemoPasswordAccount {
  email: string;
  role: Role;
}

/**
 * Every account, demo or not, whose password is still the demo password,
 * decided by checking each stored hash: renaming a demo account does not
 * hide it, and a new password set any way at all clears it.
 */
export async function accountsWithDemoPassword(db: Db): Promise<DemoPasswordAccount[]> {
  const accounts = await db.user.findMany({
    where: { passwordHash: { not: null } },
    select: { email: true, role: true, passwordHash: true },
    orderBy: { email: "asc" },
  });
  const matches = await Promise.all(
    accounts.map((account) => verify(account.passwordHash!, DEMO_PASSWORD).catch(() => false)),
  );
  return accounts.filter((_, i) => matches[i]).map(({ email, role }) => ({ email, role }));
}
