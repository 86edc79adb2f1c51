import NextAuth from "next-auth";
import { clientAddress } from "@/lib/http/client-address";
import { env } from "@/lib/env";
import { authOptions } from "@/lib/auth/options";
import { withClientAddress } from "@/lib/auth/request-address";

const nextAuth = NextAuth(authOptions) as (request: Request, context: unknown) => Promise<Response>;

/** next-auth, with the client's address known to the sign-in-link limits (lib/auth/data/reader-sign-in.ts). */
function handler(request: Request, context: unknown): Promise<Response> {
  return withClientAddress(clientAddress(request.headers, env().TRUST_PROXY === "true"), () =>
    nextAuth(request, context),
  );
}

export { handler as GET, handler as POST };
