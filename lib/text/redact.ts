// Configuration errors and start-up lines quote what they were given, so an
// operator can see the mistake; these keep the secrets in it out of logs.

const URL_PASSWORD = /\b([a-z][a-z0-9+.-]*:\/\/[^:/@\s]*):([^@\s]*)@/gi;
const SECRET_PARAMETER = /([?&](?:password|pass|secret|token|key)=)[^&#\s]*/gi;

/** Any text with the passwords inside URLs (user:password@ and ?password=) replaced by ***. */
export const redactUrls = (text: string): string =>
  text.replace(URL_PASSWORD, "$1:***@").replace(SECRET_PARAMETER, "$1***");

/** True for variables whose whole value is a secret (NEXTAUTH_SECRET, a database password). */
export const isSecretName = (name: string): boolean => /(SECRET|PASSWORD|TOKEN|_KEY)$/i.test(name);

/** A variable's value as an error message may quote it: secrets by length only, URLs without passwords. */
export function quoteValue(name: string, value: string | undefined): string {
  if (value === undefined) return "nothing";
  if (isSecretName(name)) return `a hidden value of ${value.length} character${value.length === 1 ? "" : "s"}`;
  return JSON.stringify(redactUrls(value));
}
