import { z } from "zod";

// Inputs: the admin's key forms, and the API's query strings. The query
// schemas also describe the parameters in the OpenAPI document (openapi.ts),
// so the description a client reads is the rule the server applies.

/** Where the API lives; its OpenAPI document is at `${CONTENT_API_BASE}/openapi.json`. */
export const CONTENT_API_BASE = "/api/content/v1";

export const DEFAULT_REQUESTS_PER_MINUTE = 600;

export const createKeySchema = z.object({
  name: z
    .string({ error: "Name the key." })
    .trim()
    .min(1, "Name the key, e.g. after the site or app that will use it.")
    .max(80, "Use at most 80 characters."),
  requestsPerMinute: z.coerce
    .number({ error: "Enter a whole number of requests from 1 to 100,000." })
    .int("Enter a whole number of requests from 1 to 100,000.")
    .min(1, "Enter a whole number of requests from 1 to 100,000.")
    .max(100_000, "Enter a whole number of requests from 1 to 100,000.")
    .default(DEFAULT_REQUESTS_PER_MINUTE),
});
export type CreateKeyInput = z.output<typeof createKeySchema>;

export const keyIdSchema = z.object({ keyId: z.string().min(1).max(40) });
export type KeyIdInput = z.output<typeof keyIdSchema>;

export const POST_TYPES = ["blog", "opinion", "news", "feature"] as const;

const slug = (what: string) =>
  z
    .string()
    .min(1)
    .max(200)
    .meta({ description: `Only posts ${what} with this slug.` });

const cursor = z
  .string()
  .min(1)
  .max(400)
  .meta({ description: "The `nextCursor` of the previous page; omit it for the first page." });

const limit = (max: number, fallback: number) =>
  z.coerce
    .number()
    .int()
    .min(1)
    .max(max)
    .default(fallback)
    .meta({ description: `Items per page, 1 to ${max}.` });

export const listQuerySchema = z.object({ cursor: cursor.optional(), limit: limit(100, 50) });
export type ListQuery = z.output<typeof listQuerySchema>;

export const pagesQuerySchema = z.object({ cursor: cursor.optional(), limit: limit(100, 20) });

export const postsQuerySchema = z.object({
  section: slug("in the section (as its primary section or one of its others)").optional(),
  tag: slug("tagged").optional(),
  contributor: slug("signed by the contributor").optional(),
  type: z.enum(POST_TYPES).optional().meta({ description: "Only posts of this type." }),
  language: z
    .string()
    .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)
    .optional()
    .meta({
      description:
        "Only posts in this language: a full tag (`en-GB`) matches exactly, a bare one (`en`) every variant.",
      example: "en-GB",
    }),
  updatedSince: z.iso.datetime({ offset: true }).optional().meta({
    description:
      "Only posts whose stored version changed at or after this time (`updatedAt`), for keeping a copy in step.",
    example: "2026-01-31T09:00:00Z",
  }),
  cursor: cursor.optional(),
  limit: limit(100, 20),
});
export type PostsQuery = z.output<typeof postsQuerySchema>;
export type PagesQuery = z.output<typeof pagesQuerySchema>;

export const slugParamsSchema = z.object({ slug: z.string().min(1).max(200) });
