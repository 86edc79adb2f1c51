import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, test } from "./helpers";

// Every distinct unknown URL used to leave its rendered 404 in Next's page
// cache for good, so made-up URLs could fill the disk. Other tests run in
// parallel and fill the cache legitimately, so this looks for files named
// after the URLs it made up.

const CACHE_ROOT = ".next-e2e/server";

function cacheFiles(): string[] {
  return readdirSync(CACHE_ROOT, { recursive: true, encoding: "utf8" }).map((file) => path.join(CACHE_ROOT, file));
}

test("fifty distinct unknown slugs and page numbers answer 404 and leave nothing in the page cache", async ({
  request,
}) => {
  test.setTimeout(5 * 60_000);
  const marker = `zq-unknown-${Date.now().toString(36)}`;
  const pastTheEnd = (i: number) => String(90_000 + i);
  const paths = Array.from({ length: 5 }, (_, i) => [
    `/articles/${marker}-${i}`,
    `/sections/${marker}-${i}`,
    `/tags/${marker}-${i}`,
    `/contributors/${marker}-${i}`,
    `/series/${marker}-${i}`,
    `/sections/${marker}-${i}/page/2`,
    `/page/${pastTheEnd(i)}`,
    `/sections/communities/page/${pastTheEnd(i)}`,
    `/page/${marker}-${i}`,
    `/tags/${marker}/page/-${i}`,
  ]).flat();
  expect(paths).toHaveLength(50);

  for (const url of paths) {
    const response = await request.get(url, { maxRedirects: 0 });
    expect(response.status(), url).toBe(404);
    expect(await response.text(), url).toContain("<html");
  }

  const left = cacheFiles().filter((file) => file.includes(marker) || /\/page\/900\d\d\b/.test(file));
  expect(left).toEqual([]);
});

test("a nonsense page number is a 404 and a real listing page still works", async ({ request }) => {
  for (const url of ["/page/0", "/page/02", "/page/abc", "/page/100001", "/sections/communities/page/1.5"]) {
    expect((await request.get(url, { maxRedirects: 0 })).status(), url).toBe(404);
  }
  expect((await request.get("/page/1", { maxRedirects: 0 })).status()).toBe(308);
  expect((await request.get("/?page=abc")).status()).toBe(200);
});
