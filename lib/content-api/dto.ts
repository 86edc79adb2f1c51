import { z } from "zod";
import { POST_TYPES } from "./schema";

// What the Content API answers, as zod schemas: the OpenAPI document is
// generated from them (openapi.ts) and the DTO types are inferred from them,
// so the two cannot drift. Public fields only: no email address or phone
// number, no draft, nothing the site itself does not show readers.

const url = z.url().meta({ description: "Absolute address on the site." });
const time = z.iso.datetime().meta({ example: "2026-01-31T09:00:00.000Z" });

export const sectionRefSchema = z.object({ slug: z.string(), name: z.string(), url }).meta({ id: "SectionRef" });

export const sectionSchema = sectionRefSchema
  .extend({ description: z.string().meta({ description: "Plain text." }) })
  .meta({ id: "Section" });

export const tagSchema = z.object({ slug: z.string(), name: z.string(), url }).meta({ id: "Tag" });

export const bylineSchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    jobTitle: z.string().nullable().meta({ description: "As printed with this post (frozen at publication)." }),
    organisation: z.string().nullable(),
    url,
  })
  .meta({ id: "Byline" });

export const contributorSchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    jobTitle: z.string().nullable(),
    organisation: z.string().nullable(),
    bioHtml: z.string().meta({ description: "Sanitised HTML." }),
    photoUrl: z.string().nullable(),
    url,
  })
  .meta({ id: "Contributor" });

export const seriesSchema = z
  .object({
    slug: z.string(),
    title: z.string(),
    descriptionHtml: z.string().meta({ description: "Sanitised HTML." }),
    language: z.string(),
    plannedParts: z
      .int()
      .nullable()
      .meta({ description: "How many parts the series is meant to have; null while open-ended." }),
    url,
  })
  .meta({ id: "Series" });

const heroSchema = z.object({
  url: z.string(),
  alt: z.string(),
  caption: z.string().nullable(),
  credit: z.string().nullable(),
});

const headingSchema = z
  .object({ depth: z.union([z.literal(2), z.literal(3)]), id: z.string(), text: z.string() })
  .meta({ id: "Heading", description: "A heading of the body, with the id its element carries." });

const dates = {
  publishedAt: time,
  updatedAt: time.meta({
    description: "When the stored post last changed in any way: the `updatedSince` filter's field.",
  }),
  contentUpdatedAt: time
    .nullable()
    .meta({ description: "When the text last changed in substance (what readers see as “Updated”); null if never." }),
};

const body = {
  html: z.string().meta({ description: "The body as sanitised HTML; site-relative links and images start with /." }),
  headings: z.array(headingSchema),
  seoTitle: z.string().nullable(),
  seoDescription: z.string().nullable(),
};

export const postSummarySchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    url,
    type: z.enum(POST_TYPES),
    title: z.string(),
    standfirst: z.string(),
    language: z.string().meta({ example: "en-GB" }),
    ...dates,
    readingMinutes: z.int(),
    wordCount: z.int(),
    section: sectionRefSchema.nullable().meta({ description: "The primary section." }),
    otherSections: z.array(sectionRefSchema),
    tags: z.array(tagSchema),
    bylines: z.array(bylineSchema),
    hero: heroSchema.nullable().meta({ description: "The lead image, if the post has one." }),
    series: z
      .object({ slug: z.string(), title: z.string(), position: z.int().nullable(), url })
      .nullable()
      .meta({ description: "The series the post is part of, and which part." }),
  })
  .meta({ id: "PostSummary" });

export const postSchema = postSummarySchema.extend(body).meta({ id: "Post" });

export const pageSummarySchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    url,
    title: z.string(),
    standfirst: z.string(),
    language: z.string(),
    ...dates,
  })
  .meta({ id: "PageSummary" });

export const pageSchema = pageSummarySchema.extend(body).meta({ id: "Page" });

export const errorSchema = z
  .object({
    error: z.string().meta({ description: "What went wrong, in words." }),
    fieldErrors: z.record(z.string(), z.array(z.string())).optional(),
  })
  .meta({ id: "Error" });

/** A page of a list, and where the next one starts (null on the last page). */
export const listOf = <T extends z.ZodType>(item: T) =>
  z.object({
    data: z.array(item),
    nextCursor: z.string().nullable().meta({ description: "Pass as `cursor` for the next page; null on the last." }),
  });

export const oneOf = <T extends z.ZodType>(item: T) => z.object({ data: item });

export type ApiSection = z.infer<typeof sectionSchema>;
export type ApiSectionRef = z.infer<typeof sectionRefSchema>;
export type ApiTag = z.infer<typeof tagSchema>;
export type ApiContributor = z.infer<typeof contributorSchema>;
export type ApiSeries = z.infer<typeof seriesSchema>;
export type ApiPostSummary = z.infer<typeof postSummarySchema>;
export type ApiPost = z.infer<typeof postSchema>;
export type ApiPageSummary = z.infer<typeof pageSummarySchema>;
export type ApiPage = z.infer<typeof pageSchema>;

export interface ApiList<T> {
  data: T[];
  nextCursor: string | null;
}

export interface ApiItem<T> {
  data: T;
}

/** A key as the admin list shows it: never the secret, which exists only in the answer that created it. */
export interface ContentApiKeyRow {
  id: string;
  name: string;
  prefix: string;
  requestsPerMinute: number;
  createdAt: string;
  createdByName: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** What creating a key answers, once. */
export interface CreatedContentApiKey {
  id: string;
  name: string;
  secret: string;
}
