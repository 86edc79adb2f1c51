import { randomBytes } from "node:crypto";
import { z } from "zod";
import { onExit, runCli } from "./lib/cli/run";
import { promptNewPassword, PromptCancelled } from "./lib/cli/password-prompt";
import { DEMO_PASSWORD } from "./lib/content/demo-accounts";
import { openDatabase } from "../lib/db/database";
import { migrate } from "../lib/db/migrate/runner";
import { emailSchema, passwordSchema } from "../lib/users/schema";

// `npm run accounts:set-password -- <email>`: gives an account a new password
// from the server's command line (it asks for it; `--generate` makes and
// prints a random one). This is how the demo accounts get passwords of their
// own before the site listens on the network, and how an administrator who
// has no working mail gets back in. Signs the account out everywhere.

const USAGE = "Usage: npm run accounts:set-password -- <email> [--generate]";

const argsSchema = z.object({ email: emailSchema, generate: z.boolean() });

function fail(message: string): number {
  console.error(`✖ ${message}`);
  return 2;
}

runCli(async () => {
  const argv = process.argv.slice(2);
  const positional = argv.filter((arg) => !arg.startsWith("--"));
  const unknown = argv.filter((arg) => arg.startsWith("--") && arg !== "--generate");
  if (positional.length !== 1 || unknown.length) return fail(USAGE);
  const args = argsSchema.safeParse({ email: positional[0], generate: argv.includes("--generate") });
  if (!args.success) return fail(`${args.error.issues[0]!.message}\n${USAGE}`);
  const { email, generate } = args.data;

  let password: string;
  if (generate) {
    password = randomBytes(18).toString("base64url");
  } else {
    try {
      const typed = await promptNewPassword(email);
      if (typed.password !== typed.confirmation) return fail("The two passwords are not the same: nothing changed.");
      password = typed.password;
    } catch (error) {
      if (error instanceof PromptCancelled) return fail(error.message);
      throw error;
    }
  }
  const valid = passwordSchema.safeParse(password);
  if (!valid.success) return fail(`${valid.error.issues[0]!.message} Nothing changed.`);
  if (password === DEMO_PASSWORD) return fail("That is the demo password from the README: choose another one.");

  const database = await openDatabase();
  onExit(database.close);
  await migrate(database.url);
  process.env.DATABASE_URL = database.url;
  const { db, disconnectDb } = await import("../lib/db");
  onExit(disconnectDb);
  const { setPassword } = await import("./lib/cli/set-password");
  const account = await setPassword(db, email, password);
  if (!account) return fail(`No account has the email address ${email}.`);
  console.log(`✔ New password set for ${account.email} (${account.role}); its sessions were signed out.`);
  if (generate) console.log(`  The new password (shown once): ${password}`);
});
