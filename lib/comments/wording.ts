import type { Translate } from "../i18n";

// Pure wording for the comments section, shared by the server-rendered
// thread and the reader's island.

/** "No comments yet", "1 comment", "12 comments" — in the article's language. */
export function commentCountHeading(count: number, t: Translate): string {
  if (count === 0) return t("comments.countNone");
  return count === 1 ? t("comments.countOne") : t("comments.countOther", { count });
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

/** "3 days ago", "2 uur geleden"; anything under a minute is "now". */
export function relativeTime(date: Date, now: Date, languageTag: string): string {
  const format = new Intl.RelativeTimeFormat(languageTag, { numeric: "auto" });
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), unit);
  }
  return format.format(0, "second");
}

// Comment errors carry message keys rather than English sentences, so the
// reader sees them in the article's language; anything else falls back to the
// wording for its kind of error.
export { isMessageKey } from "../i18n";
