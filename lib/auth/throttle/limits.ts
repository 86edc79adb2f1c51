// How staff sign-in is throttled, and what a refused visitor reads. Three
// counters, all in lib/throttle/data/counters.ts:
// - one account from one address: five attempts, then each further one waits
//   1 s, 2 s, 4 s … up to 15 minutes, so one visitor can slow down only their
//   own guesses, never the owner signing in from elsewhere;
// - one address across accounts: spraying many accounts is refused for a while;
// - one account across addresses: a ceiling against distributed guessing. Once
//   it trips a password alone no longer signs in; the owner gets in with the
//   emailed unlock link, or with the password plus a second factor.

export const PAIR_BACKOFF = {
  free: 5,
  baseMs: 1_000,
  capMs: 15 * 60_000,
  windowMs: 60 * 60_000,
} as const;

export const MAX_FAILURES_PER_ADDRESS = 20;
export const ADDRESS_WINDOW_MS = 15 * 60_000;

export const MAX_FAILURES_PER_ACCOUNT = 20;
export const ACCOUNT_WINDOW_MS = 60 * 60_000;

export const UNLOCK_LINK_MINUTES = 60;

/** Stands in for the address when the site cannot know it (no trusted proxy). */
const UNKNOWN_ADDRESS = "unknown";

export const throttleKeys = {
  account: (email: string) => `sign-in:account:${email}`,
  pairsOf: (email: string) => `sign-in:pair:${email}|`,
  pair: (email: string, address: string | null) => `sign-in:pair:${email}|${address ?? UNKNOWN_ADDRESS}`,
  address: (address: string) => `sign-in:address:${address}`,
};

export const SIGN_IN_REFUSED = "That email and password don't match an account.";
/** The account-wide ceiling: the same answer whether or not the password was right. */
export const SIGN_IN_THROTTLED =
  "Too many failed sign-ins on this account. Its owner has been emailed a link to unlock it; resetting the password unlocks it too.";

/** Waits are said in whole seconds up to a minute, then in whole minutes, so every message is one of a short list. */
function waitWords(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? "1 second" : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? "1 minute" : `${minutes} minutes`;
}

export function signInDelayed(seconds: number): string {
  return `Too many failed attempts. Please try again in ${waitWords(Math.max(1, Math.ceil(seconds)))}.`;
}

/** Every message a refused sign-in can carry, for the form to recognise (anything else reads as an unexpected failure). */
export const SIGN_IN_MESSAGES: readonly string[] = [
  SIGN_IN_REFUSED,
  SIGN_IN_THROTTLED,
  ...Array.from({ length: 59 }, (_, i) => signInDelayed(i + 1)),
  ...Array.from({ length: 15 }, (_, i) => signInDelayed((i + 1) * 60)),
];
