import { z } from "zod";
import { siteSettingsSchema, type SiteSettings } from "./schema";

// The settings form's input, validated against siteSettingsSchema itself.
// Keys not sent stay as they are; form strings are turned into the schema's
// types first ("" → null for optional handles, "12" → 12, "on" → true).

export type SettingsKey = keyof SiteSettings;

// Set on the branding page through their own actions (lib/branding), which
// make the files these point at; never taken from this form.
const BRANDING_KEYS = ["logo", "favicon", "accentColor", "socialImage"] as const satisfies readonly SettingsKey[];
export type FormKey = Exclude<SettingsKey, (typeof BRANDING_KEYS)[number]>;

const SETTINGS_KEYS = (Object.keys(siteSettingsSchema.shape) as SettingsKey[]).filter(
  (key): key is FormKey => !(BRANDING_KEYS as readonly string[]).includes(key),
);

/** What each field expects, in words, for the schema's terser checks. */
const EXPECTED: Record<FormKey, string> = {
  siteName: "Enter the site's name (up to 80 characters)",
  tagline: "Keep the tagline under 160 characters",
  language: "Choose English or Dutch",
  bothLanguages: "Tick or untick the box",
  socialHandle: "Enter @ followed by up to 30 letters, digits or underscores, e.g. @RiversideHomes, or leave it empty",
  hashtag: "Enter up to 50 letters, digits or underscores without the #, e.g. UKhousing, or leave it empty",
  footerText: "Keep the footer text under 300 characters",
  publisherName: "Enter the publisher's name (up to 120 characters)",
  feedContent: "Choose full text or summary",
  timeZone: "Choose a time zone such as Europe/London",
  maxUploadMegabytes: "Enter a whole number of megabytes from 1 to 100",
  notifyEditorsOnReview: "Tick or untick the box",
  notifyWritersOfDecisions: "Tick or untick the box",
  showPublishedBy: "Tick or untick the box",
  commentMaxLength: "Enter a whole number of characters from 100 to 10,000",
  commentsCloseAfterDays: "Enter a whole number of days from 1 to 3,650, or leave it empty to keep comments open",
  trustedCommenterThreshold:
    "Enter a whole number from 1 to 1,000, or leave it empty to hold every comment for moderation",
  commentMaxLinks: "Enter a whole number of links from 0 to 100",
  commentBannedWords: "Enter up to 500 words or phrases, one per line, each up to 100 characters",
  commentRateLimitPerMinute: "Enter a whole number of comments from 1 to 1,000",
  commentRateLimitPerMinutePerIp: "Enter a whole number of comments from 1 to 10,000",
  commentMinSecondsToPost: "Enter a whole number of seconds from 0 to 600",
  contentApiAllowedOrigins:
    "Enter up to 50 origins, one per line, each like https://example.org (no path), or * for any site",
};

/** The value type under a key's default and nullable wrappers: "string", "number", "boolean" or "enum". */
function valueKind(key: FormKey): string {
  let def = siteSettingsSchema.shape[key].def as { type: string; innerType?: { def: unknown } };
  while (def.innerType && ["default", "nullable", "optional"].includes(def.type)) def = def.innerType.def as typeof def;
  return def.type;
}

const isNullable = (key: FormKey) => siteSettingsSchema.shape[key].safeParse(null).success;

function uniqueLines(text: string): string[] {
  const seen = new Set<string>();
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => {
      const key = line.toLocaleLowerCase();
      if (!line || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

function fromForm(key: FormKey, value: unknown): unknown {
  if (typeof value !== "string") return value;
  const text = value.trim();
  if (text === "" && isNullable(key)) return null;
  const kind = valueKind(key);
  if (kind === "number") return text === "" ? null : Number(text);
  if (kind === "boolean") return text === "on" || text === "true";
  // Lists are typed one entry per line; blank lines and repeats (in any letter case) are dropped.
  if (kind === "array") return uniqueLines(text);
  return text;
}

export const settingsInputSchema = z
  .record(z.string(), z.unknown())
  .transform((raw) =>
    Object.fromEntries(SETTINGS_KEYS.filter((key) => key in raw).map((key) => [key, fromForm(key, raw[key])])),
  )
  .pipe(
    z.custom<Partial<SiteSettings>>().transform((values, ctx) => {
      // Only the keys sent are checked and written; the schema's defaults must not fill the others in.
      const sent = Object.fromEntries(Object.keys(values).map((key) => [key, true])) as Partial<
        Record<SettingsKey, true>
      >;
      const result = siteSettingsSchema.pick(sent).safeParse(values, {
        error: (issue) => EXPECTED[issue.path?.[0] as FormKey] ?? undefined,
      });
      if (result.success) return result.data as Partial<SiteSettings>;
      for (const issue of result.error.issues)
        ctx.addIssue({ code: "custom", message: issue.message, path: issue.path });
      return z.NEVER;
    }),
  );

export type SettingsInput = Partial<SiteSettings>;
