import type { FormFieldSpec } from "@/components/ui/action-form";
import type { FormKey } from "@/lib/settings/input";
import type { SiteSettings } from "@/lib/settings/schema";

// The settings form: one field per key of siteSettingsSchema but the
// branding ones (their own page). Keyed by setting so a new key in the schema
// fails to compile until it has a field.

type FieldFor = (value: SiteSettings, timeZones: readonly string[]) => FormFieldSpec;

const FIELDS = {
  siteName: (s) => ({
    kind: "text",
    name: "siteName",
    label: "Site name",
    required: true,
    maxLength: 80,
    defaultValue: s.siteName,
    hint: "Shown in the header, browser tabs and feeds.",
  }),
  tagline: (s) => ({
    kind: "text",
    name: "tagline",
    label: "Tagline",
    maxLength: 160,
    defaultValue: s.tagline,
    hint: "One line under the site name, also used as the home page description for search engines.",
  }),
  language: (s) => ({
    kind: "select",
    name: "language",
    label: "Language of the site",
    required: true,
    defaultValue: s.language,
    options: [
      { value: "en-GB", label: "English (UK)" },
      { value: "nl-NL", label: "Dutch" },
    ],
    hint: "The language of menus, buttons and dates readers see.",
  }),
  bothLanguages: (s) => ({
    kind: "checkbox",
    name: "bothLanguages",
    label: "Also offer the site in the other language",
    defaultChecked: s.bothLanguages,
    hint: "Readers get a language switch: English sites add Dutch menus, buttons and dates under /nl/, Dutch sites English ones under /en/. Articles stay in the language they were written in.",
  }),
  publisherName: (s) => ({
    kind: "text",
    name: "publisherName",
    label: "Publisher",
    required: true,
    maxLength: 120,
    defaultValue: s.publisherName,
    hint: "The organisation named as publisher to search engines.",
  }),
  footerText: (s) => ({
    kind: "textarea",
    name: "footerText",
    label: "Footer text",
    rows: 2,
    maxLength: 300,
    defaultValue: s.footerText,
  }),
  socialHandle: (s) => ({
    kind: "text",
    name: "socialHandle",
    label: "Social media handle",
    maxLength: 31,
    defaultValue: s.socialHandle,
    hint: "With the @, e.g. @RiversideHomes. Added to share text. Leave empty for none.",
  }),
  hashtag: (s) => ({
    kind: "text",
    name: "hashtag",
    label: "Default hashtag",
    maxLength: 50,
    defaultValue: s.hashtag,
    hint: "Without the #, e.g. UKhousing. Used when a post has no hashtag of its own. Leave empty for none.",
  }),
  feedContent: (s) => ({
    kind: "select",
    name: "feedContent",
    label: "Feeds carry",
    required: true,
    defaultValue: s.feedContent,
    options: [
      { value: "full", label: "The full text of each article" },
      { value: "summary", label: "Only each article's standfirst" },
    ],
  }),
  timeZone: (s, zones) => ({
    kind: "select",
    name: "timeZone",
    label: "Time zone",
    required: true,
    defaultValue: s.timeZone,
    options: (zones.includes(s.timeZone) ? zones : [s.timeZone, ...zones]).map((z) => ({
      value: z,
      label: z.replaceAll("_", " "),
    })),
    hint: "The admin shows and takes schedule times in this zone.",
  }),
  maxUploadMegabytes: (s) => ({
    kind: "number",
    name: "maxUploadMegabytes",
    label: "Largest image upload (MB)",
    required: true,
    defaultValue: s.maxUploadMegabytes,
    hint: "From 1 to 100.",
  }),
  showPublishedBy: (s) => ({
    kind: "checkbox",
    name: "showPublishedBy",
    label: "Show who published each article",
    defaultChecked: s.showPublishedBy,
    hint: "Adds “Published by” and the publishing editor’s name under every article. Their email address is never shown.",
  }),
  notifyEditorsOnReview: (s) => ({
    kind: "checkbox",
    name: "notifyEditorsOnReview",
    label: "Email editors when a post is sent for review",
    defaultChecked: s.notifyEditorsOnReview,
  }),
  notifyWritersOfDecisions: (s) => ({
    kind: "checkbox",
    name: "notifyWritersOfDecisions",
    label: "Email writers when their post is sent back, scheduled or published",
    defaultChecked: s.notifyWritersOfDecisions,
  }),
  commentMaxLength: (s) => ({
    kind: "number",
    name: "commentMaxLength",
    label: "Longest comment (characters)",
    required: true,
    defaultValue: s.commentMaxLength,
    hint: "From 100 to 10,000.",
  }),
  commentsCloseAfterDays: (s) => ({
    kind: "number",
    name: "commentsCloseAfterDays",
    label: "Close comments after (days)",
    defaultValue: s.commentsCloseAfterDays,
    hint: "Counted from publication. Leave empty to keep comments open.",
  }),
  trustedCommenterThreshold: (s) => ({
    kind: "number",
    name: "trustedCommenterThreshold",
    label: "Trust readers after this many approved comments",
    defaultValue: s.trustedCommenterThreshold,
    hint: "Trusted readers' comments appear without waiting for a moderator, unless one of theirs was ever rejected. Leave empty to moderate every comment.",
  }),
  commentMaxLinks: (s) => ({
    kind: "number",
    name: "commentMaxLinks",
    label: "Most links in a comment",
    required: true,
    defaultValue: s.commentMaxLinks,
    hint: "A comment with more links goes to Spam for a moderator to check. From 0 to 100.",
  }),
  commentBannedWords: (s) => ({
    kind: "textarea",
    name: "commentBannedWords",
    label: "Banned words and phrases",
    rows: 6,
    maxLength: 60_000,
    defaultValue: s.commentBannedWords.join("\n"),
    hint: "One per line, up to 500. A comment containing one as a whole word, in any letter case, goes to Spam.",
  }),
  commentRateLimitPerMinute: (s) => ({
    kind: "number",
    name: "commentRateLimitPerMinute",
    label: "Comments per reader per minute",
    required: true,
    defaultValue: s.commentRateLimitPerMinute,
    hint: "A reader who posts more within a minute is asked to wait. From 1 to 1,000.",
  }),
  commentRateLimitPerMinutePerIp: (s) => ({
    kind: "number",
    name: "commentRateLimitPerMinutePerIp",
    label: "Comments per network address per minute",
    required: true,
    defaultValue: s.commentRateLimitPerMinutePerIp,
    hint: "Counts every reader posting from one address. Applies only when the site sits behind a proxy it trusts (TRUST_PROXY=true). From 1 to 10,000.",
  }),
  commentMinSecondsToPost: (s) => ({
    kind: "number",
    name: "commentMinSecondsToPost",
    label: "Seconds before a comment can be posted",
    required: true,
    defaultValue: s.commentMinSecondsToPost,
    hint: "Counted from opening the article; faster posts are usually bots. 0 means no wait.",
  }),
  contentApiAllowedOrigins: (s) => ({
    kind: "textarea",
    name: "contentApiAllowedOrigins",
    label: "Sites that may use the Content API from the browser",
    rows: 3,
    maxLength: 5_000,
    defaultValue: s.contentApiAllowedOrigins.join("\n"),
    hint: "One origin per line, like https://partner.example.org, or * for any site. Leave empty when only servers call the API (keys are made on the API keys page).",
  }),
} satisfies Record<FormKey, FieldFor>;

export function settingsFields(settings: SiteSettings, timeZones: readonly string[]): FormFieldSpec[] {
  return Object.values(FIELDS).map((field: FieldFor) => field(settings, timeZones));
}
