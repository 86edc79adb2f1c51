import "server-only";
import type { Account, User } from "next-auth";
import EmailProvider, { type SendVerificationRequestParams } from "next-auth/providers/email";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import type { Provider } from "next-auth/providers/index";
import { db } from "../../db";
import type { OAuthChoice } from "../dto";
import { env } from "../../env";
import { translator } from "../../i18n";
import { interfaceOfPath } from "../../i18n/interface";
import { sendMail } from "../../mail/send";
import { escapeHtml } from "../../text/escape-html";
import { getSiteSettings } from "../../settings/data/queries";
import { hit } from "../../throttle/data/counters";
import { currentClientAddress } from "../request-address";

// How readers sign in: a link by email, or an OAuth account when its keys are
// configured. Staff accounts sign in with their password at /login only, so
// neither way may open a staff session; a staff address asking for a link gets
// the same on-screen answer as anyone (no enumeration) and an email that
// points to /login instead of a link.

export const MAGIC_LINK_MINUTES = 60;

// How many sign-in links the site sends in an hour, so the link box cannot be
// used to mail strangers: per email address, per network address (when the
// site can know it), and in all. Each is an atomic counter; a refused request
// is told so on the form and nothing is sent.
export const MAGIC_LINKS_PER_HOUR = 5;
export const MAGIC_LINKS_PER_ADDRESS_PER_HOUR = 10;
export const MAGIC_LINKS_PER_HOUR_SITE_WIDE = 300;
const HOUR_MS = 60 * 60_000;

/** The OAuth providers whose keys are set, for the sign-in page's buttons. */
export function configuredOAuthProviders(): OAuthChoice[] {
  const e = env();
  const choices: OAuthChoice[] = [];
  if (e.GITHUB_ID && e.GITHUB_SECRET) choices.push({ id: "github", name: "GitHub" });
  if (e.GOOGLE_CLIENT_ID && e.GOOGLE_CLIENT_SECRET) choices.push({ id: "google", name: "Google" });
  return choices;
}

export function readerProviders(): Provider[] {
  const e = env();
  const providers: Provider[] = [
    EmailProvider({
      from: e.MAIL_FROM,
      maxAge: MAGIC_LINK_MINUTES * 60,
      sendVerificationRequest: sendReaderSignInMail,
    }),
  ];
  if (e.GITHUB_ID && e.GITHUB_SECRET)
    providers.push(GitHubProvider({ clientId: e.GITHUB_ID, clientSecret: e.GITHUB_SECRET }));
  if (e.GOOGLE_CLIENT_ID && e.GOOGLE_CLIENT_SECRET) {
    providers.push(GoogleProvider({ clientId: e.GOOGLE_CLIENT_ID, clientSecret: e.GOOGLE_CLIENT_SECRET }));
  }
  return providers;
}

export type ReaderSignInRefusal =
  "StaffAccount" | "AccountDisabled" | "OAuthAccountNotLinked" | "EmailRequired" | "TooManyLinks";

const refusal = (error: ReaderSignInRefusal) => `${env().SITE_URL}/signin?error=${error}`;

/**
 * next-auth's signIn callback for the reader providers: true, or the sign-in
 * page URL naming why not. Password sign-in (credentials) is decided by
 * lib/auth/sign-in.ts and passes through.
 */
export async function allowReaderSignIn({
  user,
  account,
  email,
}: {
  user: User;
  account: Account | null;
  email?: { verificationRequest?: boolean };
}): Promise<true | string> {
  if (!account || account.type === "credentials") return true;
  // Asking for a link always looks the same, within the limits; the email itself says what to do.
  if (email?.verificationRequest) return (await mayMailLink(user.email)) ? true : refusal("TooManyLinks");

  // Accounts are known by their email address; a provider that keeps it private cannot make one.
  if (!user.email) return refusal("EmailRequired");
  const linked =
    account.type === "oauth"
      ? await db.account.findUnique({
          where: {
            provider_providerAccountId: { provider: account.provider, providerAccountId: account.providerAccountId },
          },
          select: { user: { select: { role: true, disabled: true } } },
        })
      : null;
  const byEmail = !linked?.user
    ? await db.user.findUnique({
        where: { email: user.email.trim().toLowerCase() },
        select: { role: true, disabled: true },
      })
    : null;
  const existing = linked?.user ?? byEmail;
  if (!existing) return true;
  if (existing.role !== "READER") return refusal("StaffAccount");
  if (existing.disabled) return refusal("AccountDisabled");
  // An OAuth account is linked only by signing in with it; taking over a reader by a matching address would trust the provider's email.
  if (account.type === "oauth" && !linked) return refusal("OAuthAccountNotLinked");
  return true;
}

/** Takes one link from each limit, narrowest first, so a refused request uses up nothing wider. */
async function mayMailLink(email: string | null | undefined): Promise<boolean> {
  const address = currentClientAddress();
  const limits = [
    ...(address === null ? [] : [{ key: `sign-in-link:address:${address}`, limit: MAGIC_LINKS_PER_ADDRESS_PER_HOUR }]),
    { key: `sign-in-link:email:${(email ?? "").trim().toLowerCase()}`, limit: MAGIC_LINKS_PER_HOUR },
    { key: "sign-in-link:site", limit: MAGIC_LINKS_PER_HOUR_SITE_WIDE },
  ];
  for (const { key, limit } of limits) {
    if (!(await hit(key, { limit, windowMs: HOUR_MS })).allowed) return false;
  }
  return true;
}

/** Where next-auth's sign-in link leads after signing in: a site-relative path, "/" when it says nothing usable. */
function callbackPath(link: string): string {
  try {
    const target = new URL(link).searchParams.get("callbackUrl") ?? "/";
    return new URL(target, link).pathname;
  } catch {
    return "/";
  }
}

/** The sign-in email: a link for readers, a pointer to /login for staff, nothing for disabled accounts. */
export async function sendReaderSignInMail({
  identifier,
  url,
}: Pick<SendVerificationRequestParams, "identifier" | "url">): Promise<void> {
  const to = identifier.trim().toLowerCase();
  const [account, settings] = await Promise.all([
    db.user.findUnique({ where: { email: to }, select: { role: true, disabled: true } }),
    getSiteSettings(),
  ]);
  if (account?.disabled) return;
  // In the interface the reader signed in from: the link leads back to that page.
  const t = translator(interfaceOfPath(callbackPath(url), settings).language);
  const site = settings.siteName;

  if (account && account.role !== "READER") {
    const loginUrl = `${env().SITE_URL}/login`;
    const text = t("signin.mail.staffBody", { site, url: loginUrl });
    await sendMail({
      to,
      subject: t("signin.mail.subject", { site }),
      text: `${text}\n`,
      html: `<p>${escapeHtml(text)}</p>`,
    });
    return;
  }

  const intro = t("signin.mail.intro", { site });
  const label = t("signin.mail.link", { site });
  const outro = t("signin.mail.outro", { minutes: MAGIC_LINK_MINUTES });
  await sendMail({
    to,
    subject: t("signin.mail.subject", { site }),
    text: `${intro}\n\n${label}:\n${url}\n\n${outro}\n`,
    html: [
      `<p>${escapeHtml(intro)}</p>`,
      `<p><a href="${escapeHtml(url)}">${escapeHtml(label)}</a></p>`,
      `<p>${escapeHtml(t("signin.mail.copy"))}<br>${escapeHtml(url)}</p>`,
      `<p>${escapeHtml(outro)}</p>`,
    ].join("\n"),
  });
}
