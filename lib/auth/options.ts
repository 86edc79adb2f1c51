import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { clientAddress } from "../http/client-address";
import { env } from "../env";
import { readerAdapter } from "./data/adapter";
import { allowReaderSignIn, readerProviders } from "./data/reader-sign-in";
import { checkCredentials } from "./data/sign-in";
import { closeSession, openSession, SESSION_MAX_AGE_SECONDS } from "./data/sessions";
import { completeSecondStep, hasSecondFactor, secondFactorMethods } from "./two-factor/data/second-step";
import { issueTicket } from "./two-factor/sign-in-ticket";
import { secondFactorNeeded } from "./two-factor/sign-in-step";

// next-auth carries a signed cookie holding only a server-side session token
// (`sid`); lib/auth/sessions.ts decides whether that session is still alive.
// The token stays inside the cookie: /api/auth/session never hands it to
// JavaScript, and the server reads it from the cookie (lib/auth/viewer.ts).

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
      credentials: {
        email: { type: "email" },
        password: { type: "password" },
        // The second step (lib/auth/two-factor): the ticket a correct password earned, and a code or a passkey.
        ticket: { type: "hidden" },
        code: { type: "text" },
        passkey: { type: "hidden" },
      },
      async authorize(credentials, request) {
        const headers = new Headers();
        for (const [name, value] of Object.entries(request.headers ?? {})) {
          if (typeof value === "string") headers.set(name, value);
        }
        const ip = clientAddress(headers, env().TRUST_PROXY === "true");
        if (credentials?.ticket) return completeSecondStep(credentials, ip);
        // Under the account-wide ceiling (lib/auth/throttle) a right password
        // alone no longer signs in; with a second factor to follow it still may.
        const secondFactorFollows = await hasSecondFactor(credentials?.email);
        const user = await checkCredentials(credentials ?? {}, ip, { secondFactorFollows });
        const methods = await secondFactorMethods(user.id);
        if (methods) throw new Error(secondFactorNeeded(methods, issueTicket(user.id)));
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
    // Only what the page may show: the session token is a bearer secret.
    session({ session }) {
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.sid === "string") await closeSession(token.sid);
    },
  },
};
