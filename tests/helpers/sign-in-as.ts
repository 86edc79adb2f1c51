import { randomBytes } from "node:crypto";
import { encode } from "next-auth/jwt";
import type { Role, Viewer } from "../../lib/auth/permissions";
import { openSession } from "../../lib/auth/data/sessions";
import { db } from "../../lib/db";
import { requestCookies } from "./next-headers-outside-next";

// Real accounts with real server-side sessions and signed cookies, so tests
// go through the same viewer resolution as a browser does.

process.env.NEXTAUTH_SECRET ??= randomBytes(32).toString("hex");

export interface TestAccount {
  viewer: Viewer;
  cookie: string;
}

export async function makeAccount(
  role: Role,
  data: { email?: string; name?: string; withContributor?: boolean } = {},
): Promise<TestAccount> {
  const email = data.email ?? `${role.toLowerCase()}-${randomBytes(4).toString("hex")}@example.test`;
  const user = await db.user.create({ data: { email, name: data.name ?? `${role} user`, role } });
  const contributor = data.withContributor
    ? await db.contributor.create({
        data: { name: user.name ?? email, slug: `writer-${randomBytes(4).toString("hex")}`, userId: user.id },
      })
    : null;
  const sid = await openSession(user.id);
  const cookie = await encode({ token: { sub: user.id, sid }, secret: process.env.NEXTAUTH_SECRET! });
  return {
    viewer: { id: user.id, email, name: user.name, role, contributorId: contributor?.id ?? null, banned: false },
    cookie,
  };
}

/** Runs `fn` as a request from this account (or anonymously with null). */
export function asViewer<T>(account: TestAccount | null, fn: () => Promise<T>): Promise<T> {
  const jar = new Map<string, string>();
  if (account) jar.set("next-auth.session-token", account.cookie);
  return requestCookies.run(jar, fn);
}
