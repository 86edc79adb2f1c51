import type { CredentialsConfig } from "next-auth/providers/credentials";
// First: it sets NEXTAUTH_SECRET, which the options below read when loaded.
import "./sign-in-as";
import { authOptions } from "../../lib/auth/options";
import { currentTotp } from "../../lib/auth/two-factor/totp";

// Calls the real credentials provider the way next-auth's callback route
// does, and makes authenticator codes the way a phone would.

export async function signInWith(credentials: Record<string, string>, ip = "192.0.2.1") {
  const provider = authOptions.providers.find((p) => p.id === "credentials") as unknown as {
    options: CredentialsConfig;
  };
  return provider.options.authorize(credentials, {
    headers: { "x-forwarded-for": ip },
    body: {},
    query: {},
    method: "POST",
  });
}

/** The authenticator-app code `steps` periods from now (0: the current one). */
export const codeFor = (groupedSecret: string, steps = 0) =>
  currentTotp(groupedSecret.replace(/\s/g, ""), Date.now() + steps * 30_000);

/** The message a refused sign-in step answers with. */
export const refusal = (attempt: Promise<unknown>) =>
  attempt.then(
    () => "signed in",
    (e: Error) => e.message,
  );
