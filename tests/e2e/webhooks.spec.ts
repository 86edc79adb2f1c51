import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";
import { report, seriousViolations } from "./axe";
import { expect, signInAsStaff, test } from "./helpers";

// The webhooks page as an admin uses it, from the keyboard where it matters:
// a hook is registered (its secret shown once), a post published in the
// editor reaches a real receiver on this machine signed with that secret
// (the e2e server allows loopback, as only tests do), and the delivery shows
// in the page's log. Nobody but an admin reaches the page.

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

async function receiver() {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      received.push({ headers: req.headers, body });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/masthead`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const verify = (secret: string, delivery: Received) =>
  new Webhook(secret).verify(delivery.body, {
    "webhook-id": String(delivery.headers["webhook-id"]),
    "webhook-timestamp": String(delivery.headers["webhook-timestamp"]),
    "webhook-signature": String(delivery.headers["webhook-signature"]),
  }) as { type: string; data: { post?: { slug: string } } };

test("an admin registers a webhook, publishes a post, and sees the signed delivery in the log", async ({ page }) => {
  test.setTimeout(90_000);
  const site = await receiver();
  const name = `Search index ${Date.now()}`;
  await signInAsStaff(page, "admin@masthead.local");
  await page.goto("/admin/webhooks");
  await expect(page.getByText(/No webhooks yet/)).toBeVisible();

  // Past the browser's own checks but wrong, sent from the keyboard: each field says what it needs.
  await page.getByLabel("Name").fill(" ");
  await page.getByLabel("Address (URL)").fill("ftp://files.example.org/in");
  await page.getByLabel("Address (URL)").press("Enter");
  await expect(page.getByText("Name the webhook, e.g. after the service that receives it.")).toBeVisible();
  await expect(page.getByText("Use an https:// (or http://) address.")).toBeVisible();
  await expect(page.getByText("Choose at least one event.").last()).toBeVisible();
  await expect(page.getByLabel("Name")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Address (URL)")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("checkbox", { name: /A comment is approved/ })).toHaveAttribute("aria-invalid", "true");
  const withErrors = await seriousViolations(page);
  expect(withErrors, report(withErrors)).toEqual([]);

  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Address (URL)").fill(site.url);
  await page.getByRole("checkbox", { name: /A post or page is published/ }).check();
  await page.getByRole("button", { name: "Add webhook" }).click();

  await expect(page.getByRole("heading", { name: `The signing secret of “${name}”` })).toBeFocused();
  const secret = await page.getByRole("textbox", { name: "The signing secret" }).inputValue();
  expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
  const violations = await seriousViolations(page);
  expect(violations, report(violations)).toEqual([]);
  await page.getByRole("button", { name: "I have copied the secret" }).click();
  await page.reload();
  expect(await page.content()).not.toContain(secret);

  // A post published in the editor.
  const title = `Webhooks reach the index ${Date.now()}`;
  await page.goto("/admin/posts");
  await page.getByRole("button", { name: "New post" }).click();
  await page.waitForURL(/\/admin\/posts\/[^/]+$/);
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Body").fill("The index hears of every new post at once.");
  await page.getByLabel("Add a writer").selectOption({ index: 1 });
  await page.getByRole("button", { name: "Add writer" }).click();
  await expect(page.getByText(/^Saved at \d/)).toBeVisible({ timeout: 20_000 });
  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByText("Published.", { exact: true })).toBeVisible();
  const slug = await page.getByLabel("Address (slug)").inputValue();

  // Other tests publish too: find this post's message, and check it came signed with this hook's secret.
  await expect
    .poll(() => site.received.map((delivery) => verify(secret, delivery)).find((m) => m.data.post?.slug === slug), {
      timeout: 30_000,
    })
    .toMatchObject({ type: "post.published", data: { post: { slug, title } } });

  await page.goto("/admin/webhooks");
  const card = page.getByRole("article", { name });
  await expect(async () => {
    await page.reload();
    await expect(card.getByRole("row").filter({ hasText: "post.published" }).first()).toContainText("HTTP 204");
  }).toPass({ timeout: 30_000 });
  const log = card.getByRole("table", { name: `Recent deliveries to ${name}` });
  await expect(log.getByRole("columnheader")).toHaveText(["Time", "Event", "Attempt", "Result", "Duration"]);

  // A test message from the keyboard, which the log shows too.
  await card.getByRole("button", { name: `Send a test message to ${name}` }).focus();
  await page.keyboard.press("Enter");
  await expect(card.getByText(/Test message queued/)).toBeVisible();
  await expect(async () => {
    await page.reload();
    await expect(card.getByRole("row").filter({ hasText: "webhook.ping" })).toContainText("HTTP 204");
  }).toPass({ timeout: 30_000 });
  const afterLog = await seriousViolations(page);
  expect(afterLog, report(afterLog)).toEqual([]);
  await site.close();
});

test("an editor gets a 403 for the webhooks page and no link to it", async ({ page }) => {
  await signInAsStaff(page, "editor@masthead.local");
  const response = await page.goto("/admin/webhooks");
  expect(response?.status()).toBe(403);
  await expect(page.getByText(/permission to manage webhooks/).first()).toBeVisible();
  await page.goto("/admin");
  await expect(page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Webhooks" })).toHaveCount(0);
});
