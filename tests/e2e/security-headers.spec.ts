import { type APIResponse } from "@playwright/test";
import { HOSTILE_SLUG } from "../helpers/e2e-fixtures";
import { expect, signInAsStaff, test } from "./helpers";

// The security headers on each kind of response, by direct requests
// (docs/security-headers.md). The e2e site's SITE_URL is http://, so no HSTS.

const nonceIn = (policy: string | undefined) => /'nonce-([A-Za-z0-9+/]{24})'/.exec(policy ?? "")?.[1];

function expectEveryResponseHeaders(response: APIResponse, referrerPolicy = "strict-origin-when-cross-origin") {
  const headers = response.headers();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe(referrerPolicy);
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["strict-transport-security"]).toBeUndefined();
}

/** The nonce of the response's policy, after checking that every script tag in the body carries exactly it. */
async function expectNonceOnEveryScript(response: APIResponse): Promise<string> {
  const policy = response.headers()["content-security-policy"];
  expect(policy).toContain("'strict-dynamic'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("base-uri 'none'");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain(
    "frame-src https://www.youtube-nocookie.com https://player.vimeo.com https://platform.twitter.com https://embed.bsky.app https://www.instagram.com https://www.linkedin.com;",
  );
  const nonce = nonceIn(policy);
  expect(nonce).toBeDefined();
  const html = await response.text();
  // Data blocks (JSON-LD) are not scripts a policy governs.
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)]
    .map(([tag]) => tag)
    .filter((tag) => !/type="application\/(ld\+)?json"/.test(tag));
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((tag) => !tag.includes(` nonce="${nonce}"`))).toEqual([]);
  return nonce!;
}

test("an HTML page carries the policy, and every script in it carries the response's nonce", async ({ request }) => {
  const response = await request.get("/");
  expect(response.status()).toBe(200);
  expectEveryResponseHeaders(response);
  await expectNonceOnEveryScript(response);
});

test("a cached article stays served from the cache, with a fresh nonce in every response", async ({ request }) => {
  const path = `/articles/${HOSTILE_SLUG}`;
  await expect.poll(async () => (await request.get(path)).headers()["x-nextjs-cache"]).toBe("HIT");
  const first = await request.get(path);
  const second = await request.get(path);
  for (const response of [first, second]) {
    expect(response.headers()["x-nextjs-cache"]).toBe("HIT");
    expectEveryResponseHeaders(response);
  }
  const nonces = [await expectNonceOnEveryScript(first), await expectNonceOnEveryScript(second)];
  expect(nonces[0]).not.toBe(nonces[1]);
});

test("an admin page carries the policy and its scripts the nonce", async ({ page }) => {
  await signInAsStaff(page, "editor@masthead.local");
  const response = await page.request.get("/admin/posts");
  expect(response.status()).toBe(200);
  expectEveryResponseHeaders(response);
  await expectNonceOnEveryScript(response);
});

test("route handlers, media and build assets are never sniffed, and only HTML carries the page policy", async ({
  request,
}) => {
  const html = await (await request.get("/")).text();
  const asset = /<script\b[^>]*\bsrc="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  expect(asset).toBeDefined();
  const image = /\bsrc="(\/images\/[^"]+)"/.exec(html)?.[1] ?? "/images/missing.webp";
  for (const path of ["/feed.xml", "/sitemap.xml", "/robots.txt", asset!, image, "/media/none/none.webp"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBeLessThan(500);
    expectEveryResponseHeaders(response);
    const html = response.headers()["content-type"]?.startsWith("text/html");
    expect(response.headers()["content-security-policy"] === undefined, path).toBe(!html);
  }
});

test("pages whose URL carries a secret send no Referer", async ({ request }) => {
  for (const path of ["/reset-password?token=secret", "/accept-invitation?token=secret", "/preview/secret-token"]) {
    const response = await request.get(path);
    expectEveryResponseHeaders(response, "no-referrer");
  }
  const login = await request.get("/login");
  expectEveryResponseHeaders(login);
});

test("a nonce the client sends in a request header is never rendered", async ({ request }) => {
  const planted = "planted+nonce+0123456789";
  const response = await request.get("/", {
    headers: { "content-security-policy": `script-src 'nonce-${planted}'` },
  });
  const nonce = await expectNonceOnEveryScript(response);
  expect(nonce).not.toBe(planted);
  expect(await response.text()).not.toContain(planted);
});
