import { isLoopbackHost } from "../../../lib/env";
import type { DemoPasswordAccount } from "../content/demo-accounts";

// What `npm start` says about accounts that still have the README's demo
// password: on loopback a warning, on any other address a refusal, because
// anyone who can reach the site could sign in as them (ADMIN included).

export class DemoPasswordsExposed extends Error {}

const setPasswordCommand = (email: string) => `npm run accounts:set-password -- ${email}`;
const list = (accounts: DemoPasswordAccount[]) => accounts.map((a) => `    ${a.email} (${a.role})`);

/** Throws DemoPasswordsExposed when the site would listen beyond this machine with demo passwords. */
export function refuseExposedDemoPasswords(host: string, accounts: DemoPasswordAccount[]): void {
  if (!accounts.length || isLoopbackHost(host)) return;
  throw new DemoPasswordsExposed(
    [
      `Refusing to listen on ${host} (HOST): ${accounts.length} account(s) still have the demo password from the README, so anyone who can reach the site could sign in as them:`,
      ...list(accounts),
      "  Give each a password of its own (it asks for the new one), then start again:",
      ...accounts.map((a) => `    ${setPasswordCommand(a.email)}`),
      `  Or leave HOST unset to keep the site on this machine only.`,
    ].join("\n"),
  );
}

/** The block printed at start-up while demo passwords remain (empty when none do). */
export function demoPasswordWarning(host: string, port: number, accounts: DemoPasswordAccount[]): string {
  if (!accounts.length) return "";
  const rule = "─".repeat(72);
  return [
    rule,
    `⚠  Demo accounts: ${accounts.length} account(s) still have the demo password from the README:`,
    ...list(accounts),
    `   The site listens on ${host}:${port}, so only this machine can reach it.`,
    "   Before opening it to the network (HOST=0.0.0.0), give each a password of its own:",
    ...accounts.map((a) => `    ${setPasswordCommand(a.email)}`),
    rule,
  ].join("\n");
}
