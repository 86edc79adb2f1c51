import { userInfo } from "node:os";
import { defineConfig, devices } from "@playwright/test";

// End-to-end tests drive Debian's Chromium (never a downloaded browser)
// against the production build, served on its own database by scripts/e2e-server.ts.

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        ...(userInfo().uid === 0 ? ["--no-sandbox"] : []),
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "site", testIgnore: /(dutch-site|both-languages)\.spec\.ts/ },
    // Switches the whole site to Dutch, so it runs alone, after everything else.
    { name: "dutch-site", testMatch: /dutch-site\.spec\.ts/, dependencies: ["site"] },
    // Offers the site in both languages, so it too runs alone, last.
    { name: "both-languages", testMatch: /both-languages\.spec\.ts/, dependencies: ["dutch-site"] },
  ],
  webServer: {
    command: "npx tsx --conditions=react-server scripts/e2e-server.ts",
    url: `${baseURL}/`,
    timeout: 15 * 60_000,
    // E2E_REUSE_SERVER=true runs against a server already started with scripts/e2e-server.ts.
    reuseExistingServer: process.env.E2E_REUSE_SERVER === "true",
    stdout: "pipe",
    stderr: "pipe",
    // Webhooks may reach the receivers tests start on this machine (tests/e2e/webhooks.spec.ts).
    env: { E2E_PORT: String(port), SITE_URL: baseURL, MASTHEAD_WEBHOOKS_ALLOW_LOOPBACK: "true" },
  },
});
