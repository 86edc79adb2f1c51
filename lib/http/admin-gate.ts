import { decode } from "next-auth/jwt";
import { adminPageForPath, adminPageRefusal } from "../auth/admin-pages";
import { SESSION_COOKIES } from "../auth/cookie-names";
import { viewerForSession } from "../auth/data/sessions";
import type { Viewer } from "../auth/permissions";
import { env } from "../env";
import { DatabaseUnavailable } from "../errors";
import { statusPageResponse } from "./status-page";

// The admin area's HTTP status, decided before anything renders. With Cache
// Components a page's own check runs after the (empty) shell has gone out as
// 200, so a refusal there can only show a notice or a client-side redirect;
// this gate, called from proxy.ts, answers first:
//   - a session cookie whose session has ended (signed out elsewhere, expired,
//     account disabled): 307 to the sign-in page, brought back afterwards;
//   - a signed-in account the page table turns away: 403;
//   - a database that cannot be reached: 503 with Retry-After.
// Pages keep their own checks (adminPage()); this only makes the status true.
// Server actions are left to the action builder, which answers their forms.

type RequestLike = Pick<Request, "method" | "headers" | "url"> & {
  cookies: { get(name: string): { value: string } | undefined };
};

async function viewerOf(request: RequestLike): Promise<Viewer | null> {
  const raw = SESSION_COOKIES.map((name) => request.cookies.get(name)?.value).find(Boolean);
  const secret = env().NEXTAUTH_SECRET;
  if (!raw || !secret) return null;
  const token = await decode({ token: raw, secret }).catch(() => null);
  return typeof token?.sid === "string" ? viewerForSession(token.sid) : null;
}

function signInRedirect(url: URL): Response {
  const login = new URL("/login", url);
  login.searchParams.set("callbackUrl", `${url.pathname}${url.search}`);
  return Response.redirect(login, 307);
}

const unavailable = (url: URL) =>
  statusPageResponse({
    status: 503,
    lang: "en",
    title: "Back in a moment",
    paragraphs: [
      "The admin area cannot reach its database just now, usually for a few seconds during maintenance.",
      "Nothing you saved is lost. Please try again shortly.",
    ],
    link: { href: `${url.pathname}${url.search}`, label: "Try again" },
    headers: { "Retry-After": String(DatabaseUnavailable.retryAfterSeconds) },
  });

const forbidden = (what: string) =>
  statusPageResponse({
    status: 403,
    lang: "en",
    title: "Not allowed",
    paragraphs: [`Your account does not have permission to ${what}.`, "Ask an administrator if you need access."],
    link: { href: "/admin", label: "Back to the dashboard" },
  });

/** The response the admin request gets instead of the page, or null to render the page. */
export async function adminGate(request: RequestLike): Promise<Response | null> {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  if (request.headers.has("next-action")) return null;
  const url = new URL(request.url);
  let viewer: Viewer | null;
  try {
    viewer = await viewerOf(request);
  } catch (error) {
    if (error instanceof DatabaseUnavailable) return unavailable(url);
    throw error;
  }
  if (!viewer) return signInRedirect(url);
  // Someone with no admin access at all is told that, whichever page they asked for.
  const page = adminPageForPath(url.pathname);
  const refusal = adminPageRefusal(viewer, "/admin") ?? (page && adminPageRefusal(viewer, page));
  return refusal ? forbidden(refusal) : null;
}
