import { readFileSync } from "node:fs";
import { signPreviewToken } from "../../lib/posts/preview-token";
import { DRAFT_SLUG } from "../helpers/e2e-fixtures";
import { expect, sql, test } from "./helpers";

// A preview page renders on demand and streams; the proxy checks the link
// first, so a dead one answers a real 404 rather than 200 with a 404 message.

const secret = () => readFileSync(".data/nextauth-secret", "utf8").trim();

async function draft(): Promise<{ id: string; previewNonce: number }> {
  const [row] = await sql(`SELECT id, "previewNonce" FROM "Post" WHERE slug = $1`, [DRAFT_SLUG]);
  return row;
}

test("a preview link opens its draft until it is revoked, then answers 404", async ({ request }) => {
  const { id, previewNonce } = await draft();
  const { token } = signPreviewToken(id, previewNonce, secret());
  const live = await request.get(`/preview/${token}`);
  expect(live.status()).toBe(200);
  expect(await live.text()).toContain("Secret draft never to be seen");

  await sql(`UPDATE "Post" SET "previewNonce" = "previewNonce" + 1 WHERE id = $1`, [id]);
  const revoked = await request.get(`/preview/${token}`);
  expect(revoked.status()).toBe(404);
  expect(await revoked.text()).not.toContain("Secret draft never to be seen");
});

test("a forged, malformed or stale preview link answers 404", async ({ request }) => {
  const { id, previewNonce } = await draft();
  const forged = signPreviewToken(id, previewNonce, "not-the-site-secret-but-long-enough-to-sign").token;
  const expired = signPreviewToken(id, previewNonce, secret(), new Date(Date.now() - 8 * 86_400_000)).token;
  for (const token of ["bogus.token", "%zz", "x".repeat(400), forged, expired]) {
    expect((await request.get(`/preview/${token}`)).status(), token.slice(0, 40)).toBe(404);
  }
});
