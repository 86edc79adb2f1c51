import { type APIRequestContext } from "@playwright/test";
import { expect, test } from "./helpers";

// The admin area's HTTP statuses are decided before anything streams
// (lib/http/admin-gate.ts, called from proxy.ts), checked by direct requests
// with redirects left unfollowed: a page the account may not open is a real
// 403, a cookie whose session has ended is a real 307 to sign in, and pages
// the account may open are 200.

const SESSION_COOKIE = "next-auth.session-token";

/** Signs in as the login form does (CSRF token, then the credentials callback); the context keeps the cookie. */
async function signIn(request: APIRequestContext, email: string): Promise<string> {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password: "masthead-demo", callbackUrl: "/admin", json: "true" },
    maxRedirects: 0,
  });
  expect(response.status()).toBeLessThan(400);
  const cookie = (await request.storageState()).cookies.find((c) => c.name === SESSION_COOKIE);
  expect(cookie, `signing in as ${email} set a session cookie`).toBeDefined();
  return cookie!.value;
}

async function signOut(request: APIRequestContext): Promise<void> {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/signout", { form: { csrfToken, json: "true" }, maxRedirects: 0 });
  expect(response.status()).toBeLessThan(400);
}

test("an author opening pages only admins may open gets a real 403 with a notice", async ({ request }) => {
  await signIn(request, "author@masthead.local");
  for (const path of ["/admin/users", "/admin/settings", "/admin/audit", "/admin/sections"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(403);
    const html = await response.text();
    expect(html).toContain("Your account does not have permission to");
    expect(html).not.toMatch(/at .+\.(js|ts):\d+/);
  }
});

test("an author's own pages answer 200", async ({ request }) => {
  await signIn(request, "author@masthead.local");
  for (const path of ["/admin", "/admin/posts", "/admin/media"]) {
    expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(200);
  }
});

test("an admin opens the admin-only pages with 200", async ({ request }) => {
  await signIn(request, "admin@masthead.local");
  for (const path of ["/admin/users", "/admin/settings", "/admin/audit"]) {
    expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(200);
  }
});

test("a moderator is refused the staff accounts page but opens the comment queue", async ({ request }) => {
  await signIn(request, "moderator@masthead.local");
  expect((await request.get("/admin/users", { maxRedirects: 0 })).status()).toBe(403);
  expect((await request.get("/admin/comments", { maxRedirects: 0 })).status()).toBe(200);
});

test("a cookie whose session was closed by signing out is redirected to sign in, not shown a page", async ({
  request,
  playwright,
  baseURL,
}) => {
  const stale = await signIn(request, "editor@masthead.local");
  await signOut(request);
  const elsewhere = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { cookie: `${SESSION_COOKIE}=${stale}` },
  });
  try {
    const response = await elsewhere.get("/admin/posts?status=DRAFT", { maxRedirects: 0 });
    expect(response.status()).toBe(307);
    const location = new URL(response.headers().location!, baseURL);
    expect(location.pathname).toBe("/login");
    expect(location.searchParams.get("callbackUrl")).toBe("/admin/posts?status=DRAFT");
  } finally {
    await elsewhere.dispose();
  }
});

test("a forged session cookie is redirected to sign in", async ({ playwright, baseURL }) => {
  const forged = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { cookie: `${SESSION_COOKIE}=not-a-real-token` },
  });
  try {
    expect((await forged.get("/admin/users", { maxRedirects: 0 })).status()).toBe(307);
  } finally {
    await forged.dispose();
  }
});
