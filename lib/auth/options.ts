import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { clientAddress } from "../http/client-address";
import { env } from "../env";
import { readerAdapter } from "./data/adapter";
import { allowReaderSignIn, readerProviders } from "./data/reader-sign-in";
import { checkCredentials } from "./data/sign-in";
import { closeSession, openSession, SESSION_MAX_AGE_SECONDS } from "./data/sessions";

// next-auth carries a signed cookie holding only a server-side session token
// (`sid`); lib/auth/sessions.ts decides whether that session is still alive.

process.env.NEXTAUTH_URL ??= env().SITE_URL;

export const authOptions: NextAuthOptions = {
  secret: env().NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  // Readers sign in by email link or OAuth (lib/auth/reader-sign-in.ts); the
  // adapter only finds and creates their accounts and holds the link tokens.
  adapter: readerAdapter(),
  // next-auth sends the errors it has no page for to `error`: /signin shows
  // the readers' (an expired link, a refused sign-in) and passes a staff
  // password failure on to /login.
  pages: { signIn: "/login", error: "/signin", newUser: "/welcome" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        const headers = new Headers();
        for (const [name, value] of Object.entries(request.headers ?? {})) {
          if (typeof value === "string") headers.set(name, value);
        }
        const user = await checkCredentials(credentials ?? {}, clientAddress(headers, env().TRUST_PROXY === "true"));
        return { id: user.id, email: user.email, name: user.name };
      },
    }),
    ...readerProviders(),
  ],
  callbacks: {
    signIn: allowReaderSignIn,
    async jwt({ token, user }) {
      if (user) token.sid = await openSession(user.id);
      return token;
    },
    session({ session, token }) {
      return { ...session, sid: typeof token.sid === "string" ? token.sid : undefined };
    },
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.sid === "string") await closeSession(token.sid);
    },
  },
};
