import "server-only";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { cache } from "react";
import { env } from "../env";
import { SESSION_COOKIES } from "./cookie-names";
import { Unauthenticated } from "../errors";
import type { Viewer } from "./permissions";
import { viewerForSession } from "./data/sessions";

/**
 * The signed-in account for this request, or null. Reads next-auth's signed
 * cookie directly and checks the server-side session it names, once per request.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const jar = await cookies();
  const raw = SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean);
  const secret = env().NEXTAUTH_SECRET;
  if (!raw || !secret) return null;
  const token = await decode({ token: raw, secret }).catch(() => null);
  return typeof token?.sid === "string" ? viewerForSession(token.sid) : null;
});

export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) throw new Unauthenticated("Please sign in to continue.");
  return viewer;
}
