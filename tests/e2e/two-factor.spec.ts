import { randomBytes } from "node:crypto";
import { type Page } from "@playwright/test";
import { Secret, TOTP } from "otpauth";
import { hashPassword } from "../../lib/auth/password";
import { SECOND_FACTOR_REFUSED } from "../../lib/auth/two-factor/sign-in-step";
import { expect, sql, test } from "./helpers";

// Two-factor sign-in in a real browser, on accounts of its own (never the
// demo accounts other specs sign in with): an authenticator app whose codes
// the test computes, and a passkey on Chromium's virtual authenticator.

const PASSWORD = "two-factor e2e password";

// Each journey signs in three times and waits on server actions: on a busy
// machine that takes longer than the default budget, so it gets its own, and
// assertions wait on conditions for as long as the page needs.
test.describe.configure({ timeout: 180_000 });
const waitFor = expect.configure({ timeout: 60_000 });

async function makeEditor(): Promise<string> {
  const email = `two-factor-${randomBytes(4).toString("hex")}@example.test`;
  await sql(
    `INSERT INTO "User" (id, email, name, role, "passwordHash", "updatedAt") VALUES ($1, $2, $3, 'EDITOR', $4, now())`,
    [`tf${randomBytes(8).toString("hex")}`, email, "Two-factor Editor", await hashPassword(PASSWORD)],
  );
  return email;
}

async function enterPassword(page: Page, email: string, origin = "") {
  await page.goto(`${origin}/login`);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL(/\/login\?signedOut/);
}

/** The code a phone would show one period from now: newer than any code the account has used. */
const nextCode = (secret: string) =>
  new TOTP({ secret: Secret.fromBase32(secret.replace(/\s/g, "")) }).generate({ timestamp: Date.now() + 30_000 });

test("an editor sets up an authenticator app, then signs in with password and code", async ({ page }) => {
  const email = await makeEditor();
  await enterPassword(page, email);
  await page.waitForURL(/\/admin(\/|$)/);

  await page.getByRole("link", { name: "Sign-in security" }).click();
  await page.getByRole("button", { name: "Set up an authenticator app" }).click();
  await waitFor(page.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
  const secret = (await page.getByTestId("totp-secret").textContent()) ?? "";
  await page
    .getByLabel("Enter the 6-digit code the app shows")
    .fill(new TOTP({ secret: Secret.fromBase32(secret.replace(/\s/g, "")) }).generate());
  await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  await waitFor(page.getByRole("heading", { name: "Your recovery codes" })).toBeVisible();
  await waitFor(page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem")).toHaveCount(10);

  await signOut(page);
  await enterPassword(page, email);
  await waitFor(page.getByRole("heading", { name: "Two-factor sign-in" })).toBeVisible();
  const code = page.getByLabel("Code from your authenticator app");
  await code.fill("000000" === nextCode(secret) ? "111111" : "000000");
  await page.getByRole("button", { name: "Verify and sign in" }).click();
  await waitFor(page.getByText(SECOND_FACTOR_REFUSED)).toBeVisible();
  await waitFor(code).toHaveAttribute("aria-invalid", "true");

  await code.fill(nextCode(secret));
  await page.getByRole("button", { name: "Verify and sign in" }).click();
  await page.waitForURL(/\/admin(\/|$)/);

  // The server-side session id stays in the signed cookie.
  const session = await (await page.request.get("/api/auth/session")).json();
  expect(session.user?.email).toBe(email);
  expect(JSON.stringify(session)).not.toMatch(/"sid"/);
});

test("an editor adds a passkey and signs in with password and passkey", async ({ page, baseURL }) => {
  // WebAuthn refuses IP addresses, so passkeys live at localhost (lib/auth/two-factor/passkey-party.ts).
  const origin = baseURL!.replace("127.0.0.1", "localhost");
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
    },
  });

  const email = await makeEditor();
  await enterPassword(page, email, origin);
  await page.waitForURL(/\/admin(\/|$)/);
  await page.goto(`${origin}/admin/account/security`);
  await page.getByLabel("Name for the new passkey").fill("Test laptop");
  await page.getByRole("button", { name: "Add a passkey" }).click();
  await waitFor(page.getByRole("list", { name: "Your passkeys" })).toContainText("Test laptop");
  await waitFor(page.getByRole("heading", { name: "Your recovery codes" })).toBeVisible();

  await signOut(page);
  await enterPassword(page, email, origin);
  await waitFor(page.getByRole("heading", { name: "Two-factor sign-in" })).toBeVisible();
  await page.getByRole("button", { name: "Use a passkey" }).click();
  await page.waitForURL(/\/admin(\/|$)/);
  await waitFor(page.getByRole("link", { name: "Sign-in security" })).toBeVisible();
});
