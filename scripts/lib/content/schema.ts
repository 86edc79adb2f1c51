import { z } from "zod";
import { SLUG_PATTERN } from "../../../lib/text/slug";

// The front matter of the demo content in content/ (documented in content/README.md).

const slug = z.string().regex(SLUG_PATTERN, "must be lower-case words joined by hyphens");
const language = z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, "must be a BCP 47 tag such as en-GB or nl-NL");
const localPath = z.string().regex(/^\/[\w\-./]+$/, "must be a path under public/, e.g. /images/x.svg");

export const sectionFileSchema = z.array(
  z.object({ slug, name: z.string().min(1), description: z.string().default("") }),
);

export const seriesFileSchema = z.object({
  slug,
  title: z.string().min(1),
  language: language.default("en-GB"),
  plannedParts: z.number().int().positive().optional(),
});

export const contributorFileSchema = z.object({
  slug,
  name: z.string().min(1),
  firstName: z.string().min(1).optional(),
  jobTitle: z.string().optional(),
  organisation: z.string().optional(),
  email: z.email().optional(),
  phone: z.string().optional(),
  contactOptIn: z.boolean().default(false),
  socialHandle: z.string().regex(/^@\w{1,30}$/).optional(),
  organisationHandle: z.string().regex(/^@\w{1,30}$/).optional(),
  photo: localPath.optional(),
  staffEmail: z.email().optional(),
});

export const postFileSchema = z
  .object({
    slug,
    type: z.enum(["BLOG", "OPINION", "NEWS", "FEATURE"]),
    title: z.string().min(1),
    standfirst: z.string().default(""),
    language: language.default("en-GB"),
    status: z.enum(["PUBLISHED", "DRAFT", "SCHEDULED"]).default("PUBLISHED"),
    publishedAt: z.coerce.date().optional(),
    updatedAt: z.coerce.date().optional(),
    section: slug.optional(),
    /** Sections it is also listed in, besides `section`. */
    alsoIn: z.array(slug).default([]),
    tags: z.array(z.string().min(1)).default([]),
    series: z.object({ slug, position: z.number().int().positive() }).optional(),
    bylines: z.array(slug).min(1, "a post needs at least one byline"),
    signOff: z.boolean().default(false),
    commentsEnabled: z.boolean().default(true),
    hero: z
      .object({ src: localPath, alt: z.string().min(1), caption: z.string().optional(), credit: z.string().optional() })
      .optional(),
    seoTitle: z.string().optional(),
    seoDescription: z.string().optional(),
    hashtag: z.string().regex(/^\w+$/, "without the #").optional(),
  })
  .refine((p) => p.status === "DRAFT" || p.publishedAt, {
    message: "published and scheduled posts need publishedAt",
    path: ["publishedAt"],
  });

export const pageFileSchema = z.object({
  slug,
  title: z.string().min(1),
  standfirst: z.string().default(""),
  language: language.default("en-GB"),
  publishedAt: z.coerce.date(),
  updatedAt: z.coerce.date().optional(),
  template: z.enum(["PLAIN", "CONTACT"]).default("PLAIN"),
  contact: slug.optional(),
  seoTitle: z.string().optional(),
  seoDescription: z.string().optional(),
});

export type SectionFile = z.infer<typeof sectionFileSchema>[number];
export type SeriesFile = z.infer<typeof seriesFileSchema> & { body: string };
export type ContributorFile = z.infer<typeof contributorFileSchema> & { body: string };
export type PostFile = z.infer<typeof postFileSchema> & { body: string };
export type PageFile = z.infer<typeof pageFileSchema> & { body: string };
