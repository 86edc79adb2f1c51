import { z } from "zod";
import { accentColourSchema, brandImageSchema, faviconSchema } from "../branding/schema";

// Site settings, stored as one JSON value per key in SiteSetting. Every key
// has a default so a fresh site reads well before anyone configures it.

/** "*" (any site), or a web origin: scheme, host and port only, stored as the browser sends it in Origin. */
const corsOriginSchema = z
  .string()
  .trim()
  .refine((value) => value === "*" || isOrigin(value), "must be * or an origin such as https://example.org")
  .transform((value) => (value === "*" ? value : new URL(value).origin));

function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (
      (url.protocol === "https:" || url.protocol === "http:") && value.replace(/\/$/, "").toLowerCase() === url.origin
    );
  } catch {
    return false;
  }
}

export const siteSettingsSchema = z.object({
  siteName: z.string().min(1).max(80).default("Riverside Voices"),
  tagline: z.string().max(160).default("News, views and opinion from Riverside Homes and the people we work with"),
  language: z.enum(["en-GB", "nl-NL"]).default("en-GB"),
  /** The interface is also offered in the other language, under its own prefix (/nl/…, /en/…). */
  bothLanguages: z.boolean().default(false),
  /** Social handle used in share text, with the @. */
  socialHandle: z
    .string()
    .regex(/^@\w{1,30}$/)
    .nullable()
    .default("@RiversideHomes"),
  /** Default hashtag for sharelines, without the #. */
  hashtag: z
    .string()
    .regex(/^\w{1,50}$/)
    .nullable()
    .default("UKhousing"),
  footerText: z
    .string()
    .max(300)
    .default("Riverside Voices is published by the communications team of Riverside Homes."),
  publisherName: z.string().min(1).max(120).default("Riverside Homes"),
  /** Feeds carry each article's full text, or only its standfirst. */
  feedContent: z.enum(["full", "summary"]).default("full"),
  /** IANA time zone in which the admin shows and takes schedule times. */
  timeZone: z
    .string()
    .refine((v) => {
      try {
        new Intl.DateTimeFormat("en", { timeZone: v });
        return true;
      } catch {
        return false;
      }
    }, "must be an IANA time zone such as Europe/London")
    .default("Europe/London"),
  /** Largest image upload accepted, in megabytes. */
  maxUploadMegabytes: z.number().int().min(1).max(100).default(10),
  /** Articles end with "Published by" and the name of the account that published them. */
  showPublishedBy: z.boolean().default(false),
  /** Editors are emailed when a post is submitted for review. */
  notifyEditorsOnReview: z.boolean().default(true),
  /** Writers are emailed when their post is sent back, scheduled or published. */
  notifyWritersOfDecisions: z.boolean().default(true),
  /** Longest comment accepted, in characters. */
  commentMaxLength: z.number().int().min(100).max(10_000).default(2_000),
  /** Comments close this many days after publication; null keeps them open. */
  commentsCloseAfterDays: z.number().int().min(1).max(3_650).nullable().default(null),
  /** Readers with this many approved comments and none rejected skip the queue; null: everyone is pre-moderated. */
  trustedCommenterThreshold: z.number().int().min(1).max(1_000).nullable().default(null),
  /** A comment with more links than this goes to Spam. */
  commentMaxLinks: z.number().int().min(0).max(100).default(3),
  /** Words and phrases that send a comment to Spam, matched as whole words in any letter case. */
  commentBannedWords: z.array(z.string().trim().min(1).max(100)).max(500).default([]),
  /** Comments one reader may post within a minute; the next is refused. */
  commentRateLimitPerMinute: z.number().int().min(1).max(1_000).default(5),
  /** Comments that may come from one network address within a minute (when the address is known: TRUST_PROXY). */
  commentRateLimitPerMinutePerIp: z.number().int().min(1).max(10_000).default(20),
  /** Seconds a reader must have had the article open before a comment is taken; 0: no wait (the form's signed stamp is still required). */
  commentMinSecondsToPost: z.number().int().min(0).max(600).default(3),
  /** issue 15: web pages on these origins may call the Content API from the browser (CORS); empty: none may. */
  contentApiAllowedOrigins: z.array(corsOriginSchema).max(50).default([]),
  /** Shown in the header in place of the site name (set on /admin/branding, like the three below); null: the name as text. */
  logo: brandImageSchema.nullable().default(null),
  /** PNG icons in FAVICON_SIZES; null: the browser's default. */
  favicon: faviconSchema.nullable().default(null),
  /** The link and button colour; null: app/globals.css's --accent. */
  accentColor: accentColourSchema.nullable().default(null),
  /** The share image of pages that have none of their own (home, listings, articles without a hero). */
  socialImage: brandImageSchema.nullable().default(null),
});

export type SiteSettings = z.infer<typeof siteSettingsSchema>;
