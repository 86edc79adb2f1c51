import { readFileSync } from "node:fs";
import { test as base, expect, type APIRequestContext, type BrowserContext, type Page } from "@playwright/test";
import { sqlOn } from "../helpers/sql";
import { e2eDatabaseUrl } from "../helpers/e2e-database";

// Every spec imports `test` and `expect` from here: the fixture below fails a
// test on any Content-Security-Policy violation in any page it opened (the
// site enforces the policy; docs/security-headers.md), and the helpers below
// change rows behind the site's back, then tell the site.

export { expect };

const VIOLATION = "[csp-violation]";

/** Reports each violation the browser raises in a page of `context`, and each one its console logs. */
async function watchForViolations(context: BrowserContext, violations: string[]): Promise<void> {
  await context.addInitScript((prefix) => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const where = `${event.sourceFile || event.documentURI}:${event.lineNumber}`;
      console.error(`${prefix} ${event.effectiveDirective} refused ${event.blockedURI || "inline code"} at ${where}`);
    });
  }, VIOLATION);
  context.on("console", (message) => {
    const text = message.text();
    if (text.startsWith(VIOLATION) || /Content Security Policy/i.test(text)) violations.push(text);
  });
}

export interface CspWatch {
  /** Every violation seen so far in this test. */
  readonly violations: readonly string[];
  /** For a test that provokes violations on purpose: they no longer fail it. */
  expectViolations(): void;
}

export const test = base.extend<{ csp: CspWatch }>({
  csp: [
    async ({ context, browser }, provide) => {
      const violations: string[] = [];
      let expected = false;
      await watchForViolations(context, violations);
      // Contexts a test opens for a second person are watched too.
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (...args) => {
        const opened = await newContext(...args);
        await watchForViolations(opened, violations);
        return opened;
      };
      try {
        await provide({ violations, expectViolations: () => (expected = true) });
      } finally {
        browser.newContext = newContext;
      }
      if (!expected) expect(violations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
});

export async function sql(text: string, values: unknown[] = []) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each spec reads the columns it asked for
  return sqlOn<any>(e2eDatabaseUrl(), text, values);
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
