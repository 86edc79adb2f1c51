import { readFileSync } from "node:fs";
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import pg from "pg";
import { e2eDatabaseUrl } from "../helpers/e2e-database";

// Browser tests that change rows behind the site's back, then tell the site.

export async function sql(text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    return (await client.query(text, values)).rows;
  } finally {
    await client.end();
  }
}

export async function revalidate(request: APIRequestContext, body: { postIds?: string[]; tags?: string[] }) {
  const secret = readFileSync(".data/internal-api-secret", "utf8").trim();
  const response = await request.post("/api/internal/revalidate", {
    headers: { authorization: `Bearer ${secret}` },
    data: body,
  });
  expect(response.status()).toBe(200);
}

/** Signs in through the staff login form with a demo account (password masthead-demo). */
export async function signInAsStaff(page: Page, email: string) {
  await page.goto("/login");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill("masthead-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/admin(\/|$)/);
}
