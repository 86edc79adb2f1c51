import { createHash, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Account } from "next-auth";
import NextAuth from "next-auth";
import { decode } from "next-auth/jwt";
import { readerAdapter } from "../../lib/auth/data/adapter";
import { authOptions } from "../../lib/auth/options";
import { allowReaderSignIn, sendReaderSignInMail } from "../../lib/auth/data/reader-sign-in";
import { viewerForSession } from "../../lib/auth/data/sessions";
import { db } from "../../lib/db";
import { readOutbox } from "../../lib/mail/outbox-reader";
import { makeAccount } from "../helpers/sign-in-as";

// Readers sign in through next-auth with our adapter; staff never do it this way.

const adapter = readerAdapter();
const address = (name: string) => `${name}-${randomBytes(4).toString("hex")}@example.test`;
const emailAccount = (email: string): Account => ({ type: "email", provider: "email", providerAccountId: email });
const githubAccount = (id: string): Account => ({ type: "oauth", provider: "github", providerAccountId: id });

async function mailTo(to: string) {
  return (await readOutbox()).filter((m) => m.to === to);
}

describe("the reader adapter", () => {
  it("creates readers without a public name, whatever the provider knows about them", async () => {
    const email = address("New.Reader").toUpperCase();
    const user = await adapter.createUser!({ email, emailVerified: new Date(), name: "Provider Name" });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).toMatchObject({ email: email.toLowerCase(), role: "READER", name: null });
    expect(await adapter.getUserByEmail!(email)).toMatchObject({ id: user.id });
    expect(await adapter.getUser!(user.id)).toMatchObject({ id: user.id, email: email.toLowerCase() });
  });

  it("finds a user by a linked OAuth account", async () => {
    const user = await adapter.createUser!({ email: address("oauth"), emailVerified: null });
    await adapter.linkAccount!({
      userId: user.id,
      type: "oauth",
      provider: "github",
      providerAccountId: "gh-42",
      access_token: "secret",
    });
    expect(await adapter.getUserByAccount!({ provider: "github", providerAccountId: "gh-42" })).toMatchObject({
      id: user.id,
    });
    expect(await adapter.getUserByAccount!({ provider: "github", providerAccountId: "gh-43" })).toBeNull();
  });

  it("hands out a verification token once, and only for its own address", async () => {
    const identifier = address("link");
    const token = randomBytes(32).toString("hex");
    await adapter.createVerificationToken!({ identifier, token, expires: new Date(Date.now() + 60_000) });

    expect(await adapter.useVerificationToken!({ identifier: address("other"), token })).toBeNull();
    expect(await adapter.useVerificationToken!({ identifier, token })).toMatchObject({ identifier, token });
    expect(await adapter.useVerificationToken!({ identifier, token })).toBeNull();
  });
});

describe("who may sign in by link or OAuth", () => {
  it("always answers a link request the same way, staff included", async () => {
    const editor = await makeAccount("EDITOR");
    const request = {
      user: { id: editor.viewer.email, email: editor.viewer.email },
      account: emailAccount(editor.viewer.email),
      email: { verificationRequest: true },
    };
    await expect(allowReaderSignIn(request)).resolves.toBe(true);
  });

  it("lets a new address and an existing reader in by link, and sends staff to their password sign-in", async () => {
    const reader = await makeAccount("READER");
    const editor = await makeAccount("EDITOR");
    const fresh = address("fresh");
    await expect(allowReaderSignIn({ user: { id: fresh, email: fresh }, account: emailAccount(fresh) })).resolves.toBe(
      true,
    );
    await expect(
      allowReaderSignIn({
        user: { id: reader.viewer.id, email: reader.viewer.email },
        account: emailAccount(reader.viewer.email),
      }),
    ).resolves.toBe(true);
    await expect(
      allowReaderSignIn({
        user: { id: editor.viewer.id, email: editor.viewer.email },
        account: emailAccount(editor.viewer.email),
      }),
    ).resolves.toMatch(/\/signin\?error=StaffAccount$/);
  });

  it("refuses a disabled reader", async () => {
    const reader = await makeAccount("READER");
    await db.user.update({ where: { id: reader.viewer.id }, data: { disabled: true } });
    await expect(
      allowReaderSignIn({
        user: { id: reader.viewer.id, email: reader.viewer.email },
        account: emailAccount(reader.viewer.email),
      }),
    ).resolves.toMatch(/error=AccountDisabled$/);
  });

  it("never links an OAuth account to an existing account by its email address alone", async () => {
    const reader = await makeAccount("READER");
    const admin = await makeAccount("ADMIN");
    const asProfile = (email: string) => ({ id: "gh-profile", email });
    await expect(
      allowReaderSignIn({ user: asProfile(reader.viewer.email), account: githubAccount("gh-1") }),
    ).resolves.toMatch(/error=OAuthAccountNotLinked$/);
    await expect(
      allowReaderSignIn({ user: asProfile(admin.viewer.email), account: githubAccount("gh-2") }),
    ).resolves.toMatch(/error=StaffAccount$/);
    await expect(allowReaderSignIn({ user: asProfile(address("new")), account: githubAccount("gh-3") })).resolves.toBe(
      true,
    );
    await expect(allowReaderSignIn({ user: { id: "gh-private" }, account: githubAccount("gh-4") })).resolves.toMatch(
      /error=EmailRequired$/,
    );
  });

  it("refuses an OAuth account linked to an account that has since become staff", async () => {
    const user = await adapter.createUser!({ email: address("promoted"), emailVerified: null });
    await adapter.linkAccount!({
      userId: user.id,
      type: "oauth",
      provider: "github",
      providerAccountId: "gh-promoted",
    });
    await db.user.update({ where: { id: user.id }, data: { role: "AUTHOR" } });
    await expect(
      allowReaderSignIn({ user: { id: user.id, email: user.email }, account: githubAccount("gh-promoted") }),
    ).resolves.toMatch(/error=StaffAccount$/);
  });
});

describe("the sign-in email", () => {
  it("gives a reader a link, and tells a staff member to use the password sign-in instead", async () => {
    const reader = address("mail-reader");
    const staff = await makeAccount("MODERATOR");
    const link = "http://localhost:3000/api/auth/callback/email?token=abc&email=x";
    await sendReaderSignInMail({ identifier: reader, url: link });
    await sendReaderSignInMail({ identifier: staff.viewer.email, url: link });

    const [toReader] = await mailTo(reader);
    expect(toReader?.text).toContain(link);
    const [toStaff] = await mailTo(staff.viewer.email);
    expect(toStaff?.text).toContain("http://localhost:3000/login");
    expect(toStaff?.text).not.toContain("token=");
  });

  it("writes the sign-in email in the interface the reader signed in from", async () => {
    const dutchReader = address("dutch-reader");
    const englishReader = address("english-reader");
    const link = (callbackUrl: string) =>
      `http://localhost:3000/api/auth/callback/email?${new URLSearchParams({ callbackUrl, token: "abc", email: "x" })}`;
    await db.siteSetting.upsert({
      where: { key: "bothLanguages" },
      create: { key: "bothLanguages", value: true },
      update: { value: true },
    });
    try {
      await sendReaderSignInMail({
        identifier: dutchReader,
        url: link("http://localhost:3000/nl/articles/a-warm-home#comments"),
      });
      await sendReaderSignInMail({ identifier: englishReader, url: link("/articles/a-warm-home#comments") });
    } finally {
      await db.siteSetting.delete({ where: { key: "bothLanguages" } });
    }
    expect((await mailTo(dutchReader))[0]?.subject).toMatch(/^Je inloglink voor /);
    expect((await mailTo(englishReader))[0]?.subject).toMatch(/^Your sign-in link for /);
  });
});

describe("signing in by email link through next-auth", () => {
  const origin = "http://localhost:3000";
  const handler = NextAuth(authOptions);

  interface Answer {
    status: number;
    location: string | undefined;
    cookies: Map<string, string>;
    body: unknown;
  }

  /** One request through next-auth's API-route handler, as Next would make it. */
  async function call(
    method: "GET" | "POST",
    route: string[],
    input: { query?: Record<string, string>; body?: Record<string, string>; cookies?: Record<string, string> } = {},
  ): Promise<Answer> {
    const headers = new Map<string, string | string[]>();
    const answer: Answer = { status: 200, location: undefined, cookies: new Map(), body: undefined };
    const res = {
      status(code: number) {
        answer.status = code;
        return res;
      },
      setHeader(name: string, value: string | string[]) {
        headers.set(name.toLowerCase(), value);
        return res;
      },
      getHeader: (name: string) => headers.get(name.toLowerCase()),
      end() {},
      json(body: unknown) {
        answer.body = body;
      },
      send(body: unknown) {
        answer.body = body;
      },
    };
    const req = {
      method,
      query: { nextauth: route, ...input.query },
      body: input.body ?? {},
      cookies: input.cookies ?? {},
      headers: { host: "localhost:3000" },
    };
    await (handler as unknown as (req: unknown, res: unknown) => Promise<void>)(req, res);
    answer.location = headers.get("location") as string | undefined;
    for (const line of [headers.get("set-cookie") ?? []].flat()) {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      answer.cookies.set(pair!.slice(0, at), decodeURIComponent(pair!.slice(at + 1)));
    }
    return answer;
  }

  async function requestLink(email: string) {
    const csrf = await call("GET", ["csrf"]);
    const csrfCookie = [...csrf.cookies].find(([name]) => name.includes("csrf-token"))!;
    return call("POST", ["signin", "email"], {
      body: {
        email,
        csrfToken: (csrf.body as { csrfToken: string }).csrfToken,
        callbackUrl: `${origin}/articles/a#comments`,
      },
      cookies: { [csrfCookie[0]]: csrfCookie[1] },
    });
  }

  const openLink = (url: string) =>
    call("GET", ["callback", "email"], { query: Object.fromEntries(new URL(url).searchParams) });

  it("creates a reader on first use, opens our server-side session, and sends them to choose a name; the link works once", async () => {
    const email = address("first-timer");
    const requested = await requestLink(email);
    expect(requested.location).toContain("/verify-request");
    const [message] = await mailTo(email);
    const url = message!.text.match(/http:\/\/\S+\/api\/auth\/callback\/email\S+/)![0];

    const signedIn = await openLink(url);
    expect(signedIn.location).toMatch(/^\/welcome\?callbackUrl=/);
    const [, cookie] = [...signedIn.cookies].find(([name]) => name.endsWith("session-token"))!;
    const token = await decode({ token: cookie, secret: authOptions.secret! });
    const viewer = await viewerForSession(token!.sid as string);
    expect(viewer).toMatchObject({ email, role: "READER", name: null });

    const again = await openLink(url);
    expect(again.location).toMatch(/\/api\/auth\/error\?error=Verification$/);
    const errorPage = await call("GET", ["error"], { query: { error: "Verification" } });
    expect(errorPage.location).toMatch(/\/signin\?error=Verification$/);
  });

  it("does not sign a staff member in by link, even with a valid one", async () => {
    const editor = await makeAccount("EDITOR");
    await requestLink(editor.viewer.email);
    const [message] = await mailTo(editor.viewer.email);
    expect(message!.text).not.toContain("/api/auth/callback/email");

    // The email carries no link, so make a valid one the way next-auth stores it (hashed with the secret).
    const raw = randomBytes(32).toString("hex");
    const hashed = createHash("sha256").update(`${raw}${authOptions.secret}`).digest("hex");
    await db.verificationToken.create({
      data: { identifier: editor.viewer.email, token: hashed, expires: new Date(Date.now() + 60_000) },
    });
    const result = await openLink(
      `${origin}/api/auth/callback/email?${new URLSearchParams({ token: raw, email: editor.viewer.email })}`,
    );

    expect(result.location).toMatch(/\/signin\?error=StaffAccount$/);
    expect([...result.cookies.keys()].some((name) => name.endsWith("session-token"))).toBe(false);
    expect(await db.session.count({ where: { userId: editor.viewer.id } })).toBe(1);
  });
});
