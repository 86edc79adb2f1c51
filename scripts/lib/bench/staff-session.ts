import { BenchProblem } from "./errors";
import { assertLoopback } from "./load";

// Signs in over HTTP exactly as the login form does (next-auth's CSRF token,
// then the credentials callback) and returns the Cookie header to send.

function cookiesFrom(response: Response): string[] {
  return response.headers.getSetCookie().map((line) => line.split(";")[0]!);
}

export async function signInOverHttp(baseUrl: string, email: string, password: string): Promise<string> {
  const base = assertLoopback(baseUrl);
  const csrfResponse = await fetch(new URL("/api/auth/csrf", base));
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const jar = cookiesFrom(csrfResponse);
  const response = await fetch(new URL("/api/auth/callback/credentials", base), {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base.origin}/admin`, json: "true" }),
  });
  await response.arrayBuffer();
  const session = cookiesFrom(response).find((cookie) => cookie.startsWith("next-auth.session-token="));
  if (!session) throw new BenchProblem(`Signing in as ${email} failed (HTTP ${response.status}).`);
  return [...jar, session].join("; ");
}
