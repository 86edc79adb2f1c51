import { randomBytes } from "node:crypto";
import { gunzipSync } from "node:zlib";
import { freePort } from "../helpers/free-port";
import { startEdge, type Edge } from "../helpers/nginx-edge";
import { expect, revalidate, sql, test } from "./helpers";

// The shipped edge configuration (deploy/nginx/masthead.conf), run by
// Debian's nginx in front of the browser tests' server: only its listening
// address, its cache folders and its upstream are changed for the test
// (tests/helpers/nginx-edge.ts).

const appPort = Number(process.env.E2E_PORT ?? 3100);

let nginx: Edge;
let edge: string;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  nginx = await startEdge({ port: await freePort(), upstreamPorts: [appPort] });
  edge = nginx.url;
});

test.afterAll(async () => {
  await nginx?.stop();
});

/** A published standalone page of this test's own: no listing, feed or count another test reads shows pages. */
async function ownPage(title: string) {
  const id = `nginx${randomBytes(8).toString("hex")}`;
  const slug = `edge-${id}`;
  await sql(
    `INSERT INTO "Post" (id, slug, kind, title, html, "plainText", status, "publishedAt", "updatedAt")
     VALUES ($1, $2, 'PAGE', $3, '<p>Served through the edge.</p>', 'Served through the edge.', 'PUBLISHED', now(), now())`,
    [id, slug, title],
  );
  return { id, slug };
}

const cacheStatus = (response: Response) => response.headers.get("x-cache-status");

test("an anonymous reader's page comes from the micro-cache, and a change shows through it within seconds", async ({
  request,
}) => {
  const page = await ownPage("Edge cached title");
  await revalidate(request, { postIds: [page.id] });
  const url = `${edge}/${page.slug}`;
  const first = await fetch(url);
  expect(first.status).toBe(200);
  expect(await first.text()).toContain("Edge cached title");
  // A second visit within the second the page is kept is answered by nginx.
  await expect.poll(async () => cacheStatus(await fetch(url)), { timeout: 10_000 }).toMatch(/^(HIT|UPDATING|STALE)$/);

  await sql(`UPDATE "Post" SET title = 'Edge changed title', "updatedAt" = now() WHERE id = $1`, [page.id]);
  await revalidate(request, { postIds: [page.id] });
  const changed = Date.now();
  await expect.poll(async () => (await fetch(url)).text(), { timeout: 15_000 }).toContain("Edge changed title");
  test
    .info()
    .annotations.push({ type: "change visible through nginx after", description: `${Date.now() - changed} ms` });
});

test("a signed-in visitor's page is neither served from nor stored in the cache", async ({ request }) => {
  const page = await ownPage("Edge personal title");
  await revalidate(request, { postIds: [page.id] });
  const url = `${edge}/${page.slug}`;
  const signedIn = await fetch(url, { headers: { cookie: "next-auth.session-token=not-a-real-session" } });
  expect(signedIn.status).toBe(200);
  expect(cacheStatus(signedIn)).toBe("BYPASS");
  // Nothing was stored by that visit: the first anonymous visit still goes to the app.
  expect(cacheStatus(await fetch(url))).toBe("MISS");
});

test("staff pages and the APIs are never cached, and answers the app marks private are not stored", async () => {
  const admin = await fetch(`${edge}/admin`, { redirect: "manual" });
  expect(admin.status).toBe(307);
  expect(cacheStatus(admin)).toBeNull();
  const api = await fetch(`${edge}/api/content/v1/posts`);
  expect(api.status).toBe(401);
  expect(cacheStatus(api)).toBeNull();
  // A public address whose answer is personal (the reader's welcome page): asked for twice, fetched twice.
  for (let visit = 0; visit < 2; visit++) {
    const welcome = await fetch(`${edge}/welcome`);
    expect(welcome.headers.get("cache-control")).toContain("private");
    expect(cacheStatus(welcome)).toBe("MISS");
  }
});

test("Next's static files are cached at the edge and marked immutable", async () => {
  const home = await (await fetch(`${edge}/`)).text();
  const asset = home.match(/\/_next\/static\/[^"'\s]+\.js/)?.[0];
  expect(asset).toBeTruthy();
  const first = await fetch(`${edge}${asset}`);
  expect(first.status).toBe(200);
  expect(first.headers.get("cache-control")).toContain("immutable");
  await expect.poll(async () => cacheStatus(await fetch(`${edge}${asset}`))).toBe("HIT");
});

test("pages leave the edge compressed", async () => {
  const response = await new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
    import("node:http").then(({ get }) =>
      get(`${edge}/`, { headers: { "accept-encoding": "gzip" } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ encoding: res.headers["content-encoding"], body: Buffer.concat(chunks) }));
      }).on("error", reject),
    );
  });
  expect(response.encoding).toBe("gzip");
  expect(gunzipSync(response.body).toString()).toContain("</html>");
});

test("a burst of sign-in attempts from one address is stopped at the edge with 429", async () => {
  const statuses: number[] = [];
  for (let attempt = 0; attempt < 20; attempt++) {
    const response = await fetch(`${edge}/login`, { method: "POST", body: "email=a%40b.example", redirect: "manual" });
    statuses.push(response.status);
  }
  // The zone lets 11 through at once (one, and a burst of 10), then one every 6 s.
  expect(statuses.slice(0, 11)).not.toContain(429);
  expect(statuses).toContain(429);
});
