import { randomBytes } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import type { Account } from "next-auth";
import NextAuth from "next-auth";
import {
  allowReaderSignIn,
  MAGIC_LINKS_PER_ADDRESS_PER_HOUR,
  MAGIC_LINKS_PER_HOUR,
  MAGIC_LINKS_PER_HOUR_SITE_WIDE,
} from "../../lib/auth/data/reader-sign-in";
import { authOptions } from "../../lib/auth/options";
import { withClientAddress } from "../../lib/auth/request-address";
import { db } from "../../lib/db";
import { translator } from "../../lib/i18n";
import { readOutbox } from "../../lib/mail/outbox-reader";

// How many reader sign-in links the site will send, per email address, per
// network address and in all, under parallel requests.

// next-auth signs its CSRF cookie with the secret, which the environment reads once.
vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET ??= "a-test-secret-that-is-long-enough-for-next-auth";
});

const address = (name: string) => `${name}-${randomBytes(4).toString("hex")}@example.test`;
const emailAccount = (email: string): Account => ({ type: "email", provider: "email", providerAccountId: email });
const REFUSED = /\/signin\?error=TooManyLinks$/;

/** next-auth's signIn callback for a link request, from the given network address (null: unknown). */
const askForLink = (email: string, from: string | null = null) =>
  withClientAddress(from, () =>
    allowReaderSignIn({
      user: { id: email, email },
      account: emailAccount(email),
      email: { verificationRequest: true },
    }),
  );

describe("sign-in link limits", () => {
  it(`sends at most ${MAGIC_LINKS_PER_HOUR} links an hour to one email address, however many ask at once`, async () => {
    const email = address("popular");
    const answers = await Promise.all(Array.from({ length: 10 }, () => askForLink(email)));
    expect(answers.filter((a) => a === true)).toHaveLength(MAGIC_LINKS_PER_HOUR);
    expect(answers.filter((a) => typeof a === "string" && REFUSED.test(a))).toHaveLength(10 - MAGIC_LINKS_PER_HOUR);
  });

  it(`sends at most ${MAGIC_LINKS_PER_ADDRESS_PER_HOUR} links an hour at one network address's request, to any addresses`, async () => {
    const answers = await Promise.all(
      Array.from({ length: MAGIC_LINKS_PER_ADDRESS_PER_HOUR + 5 }, (_, i) =>
        askForLink(address(`victim-${i}`), "198.51.100.7"),
      ),
    );
    expect(answers.filter((a) => a === true)).toHaveLength(MAGIC_LINKS_PER_ADDRESS_PER_HOUR);
    expect(await askForLink(address("elsewhere"), "198.51.100.8")).toBe(true);
  });

  it("does not pool visitors whose network address is unknown", async () => {
    const answers = await Promise.all(
      Array.from({ length: MAGIC_LINKS_PER_ADDRESS_PER_HOUR + 5 }, (_, i) => askForLink(address(`anon-${i}`))),
    );
    expect(answers.every((a) => a === true)).toBe(true);
  });

  it(`stops at ${MAGIC_LINKS_PER_HOUR_SITE_WIDE} links an hour across the whole site`, async () => {
    await db.throttleCounter.upsert({
      where: { key: "sign-in-link:site" },
      create: {
        key: "sign-in-link:site",
        hits: MAGIC_LINKS_PER_HOUR_SITE_WIDE - 2,
        windowEndsAt: new Date(Date.now() + 60_000),
      },
      update: { hits: MAGIC_LINKS_PER_HOUR_SITE_WIDE - 2 },
    });
    const answers = await Promise.all(
      Array.from({ length: 5 }, (_, i) => askForLink(address(`late-${i}`), `192.0.2.${i}`)),
    );
    expect(answers.filter((a) => a === true)).toHaveLength(2);
    // The other tests in this file share the site-wide count.
    await db.throttleCounter.delete({ where: { key: "sign-in-link:site" } });
  });

  it("tells the reader why, in English and Dutch", () => {
    expect(translator("en-GB")("signin.error.TooManyLinks")).toMatch(/too many sign-in links/);
    expect(translator("nl-NL")("signin.error.TooManyLinks")).toMatch(/te veel inloglinks/);
  });
});

describe("a refused link request through next-auth", () => {
  const handler = NextAuth(authOptions) as unknown as (req: unknown, res: unknown) => Promise<void>;

  /** One request through next-auth's API-route handler; answers the redirect and the cookies it set. */
  async function call(method: "GET" | "POST", route: string[], body = {}, cookies: Record<string, string> = {}) {
    const headers = new Map<string, string | string[]>();
    let json: unknown;
    const res = {
      status: () => res,
      setHeader: (name: string, value: string | string[]) => (headers.set(name.toLowerCase(), value), res),
      getHeader: (name: string) => headers.get(name.toLowerCase()),
      end() {},
      json: (value: unknown) => void (json = value),
      send: (value: unknown) => void (json = value),
    };
    const req = { method, query: { nextauth: route }, body, cookies, headers: { host: "localhost:3000" } };
    await handler(req, res);
    const set = new Map<string, string>();
    for (const line of [headers.get("set-cookie") ?? []].flat()) {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      set.set(pair!.slice(0, at), decodeURIComponent(pair!.slice(at + 1)));
    }
    return { location: headers.get("location") as string | undefined, json, cookies: set };
  }

  async function requestLink(email: string) {
    const csrf = await call("GET", ["csrf"]);
    const [name, value] = [...csrf.cookies].find(([n]) => n.includes("csrf-token"))!;
    const { csrfToken } = csrf.json as { csrfToken: string };
    return call(
      "POST",
      ["signin", "email"],
      { email, csrfToken, callbackUrl: "http://localhost:3000/" },
      { [name]: value },
    );
  }

  it("is sent back to the sign-in page with the reason, and no email goes out", async () => {
    const email = address("through-next-auth");
    for (let i = 0; i < MAGIC_LINKS_PER_HOUR; i++)
      expect((await requestLink(email)).location).toContain("/verify-request");
    expect((await requestLink(email)).location).toMatch(REFUSED);
    expect((await readOutbox()).filter((m) => m.to === email)).toHaveLength(MAGIC_LINKS_PER_HOUR);
  });
});
