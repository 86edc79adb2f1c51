import { OpenAPIRegistry, OpenApiGeneratorV31, type ResponseConfig } from "@asteasolutions/zod-to-openapi";
import type { z } from "zod";
import {
  contributorSchema,
  errorSchema,
  listOf,
  oneOf,
  pageSchema,
  pageSummarySchema,
  postSchema,
  postSummarySchema,
  sectionSchema,
  seriesSchema,
  tagSchema,
} from "./dto";
import { CONTENT_API_BASE, listQuerySchema, pagesQuerySchema, postsQuerySchema, slugParamsSchema } from "./schema";

// The Content API's OpenAPI 3.1 document, generated from the same zod
// schemas the handlers parse queries with and the answers are typed by.
// Served at /api/content/v1/openapi.json.

const json = (schema: z.ZodType) => ({ "application/json": { schema } });

const error = (description: string, headers?: ResponseConfig["headers"]): ResponseConfig => ({
  description,
  content: json(errorSchema),
  ...(headers ? { headers } : {}),
});

const rateHeaders = {
  "RateLimit-Limit": { description: "Requests the key may make per minute.", schema: { type: "integer" as const } },
  "RateLimit-Remaining": { description: "Requests left in the current minute.", schema: { type: "integer" as const } },
  "RateLimit-Reset": { description: "Seconds until the count starts over.", schema: { type: "integer" as const } },
};

function responses(schema: z.ZodType, { notFound = false, query = true } = {}): Record<string, ResponseConfig> {
  return {
    200: {
      description: "The answer. Send its ETag back in If-None-Match to get a 304 while nothing changed.",
      headers: { ETag: { description: "A hash of the body.", schema: { type: "string" } }, ...rateHeaders },
      content: json(schema),
    },
    304: { description: "Not modified: the ETag in If-None-Match is still current." },
    401: error("No key, or one that is unknown or revoked."),
    ...(notFound ? { 404: error("Nothing published has this slug.") } : {}),
    ...(query ? { 422: error("A query parameter or the cursor is not valid; fieldErrors says which.") } : {}),
    429: error("The key's requests per minute are used up.", {
      "Retry-After": { description: "Seconds to wait.", schema: { type: "integer" } },
    }),
  };
}

function buildDocument() {
  const registry = new OpenAPIRegistry();
  registry.registerComponent("securitySchemes", "bearerKey", {
    type: "http",
    scheme: "bearer",
    description: "A Content API key, made by an admin on /admin/api-keys: `Authorization: Bearer mhk_…`.",
  });
  registry.registerComponent("securitySchemes", "queryKey", {
    type: "apiKey",
    in: "query",
    name: "key",
    description: "The same key as a query parameter, for clients that cannot set headers.",
  });

  const get = (
    path: string,
    summary: string,
    request: Parameters<typeof registry.registerPath>[0]["request"],
    schema: z.ZodType,
    notFound = false,
  ) =>
    registry.registerPath({
      method: "get",
      path,
      summary,
      request,
      responses: responses(schema, { notFound, query: Boolean(request?.query) }),
    });

  get("/posts", "Published articles, newest first", { query: postsQuerySchema }, listOf(postSummarySchema));
  get("/posts/{slug}", "One published article, with its body", { params: slugParamsSchema }, oneOf(postSchema), true);
  get(
    "/pages",
    "Published standalone pages (About, Privacy…), newest first",
    { query: pagesQuerySchema },
    listOf(pageSummarySchema),
  );
  get("/pages/{slug}", "One published page, with its body", { params: slugParamsSchema }, oneOf(pageSchema), true);
  get("/sections", "Every section, in the site's navigation order", undefined, oneOf(sectionSchema.array()));
  get("/tags", "Public tags, by slug", { query: listQuerySchema }, listOf(tagSchema));
  get("/contributors", "Public contributors, by slug", { query: listQuerySchema }, listOf(contributorSchema));
  get("/series", "Series, by slug", { query: listQuerySchema }, listOf(seriesSchema));

  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "Masthead Content API",
      version: "1.0.0",
      description:
        "Read-only access to what the site publishes: published and due articles and pages, sections, tags, contributors and series. Drafts, scheduled posts and staff-only fields never appear. Every request needs a key; answers carry an ETag, lists a cursor.",
    },
    servers: [{ url: CONTENT_API_BASE }],
    security: [{ bearerKey: [] }, { queryKey: [] }],
  });
}

let document: ReturnType<typeof buildDocument> | null = null;

/** Built once per process: it depends on nothing but the schemas. */
export function contentApiDocument(): ReturnType<typeof buildDocument> {
  document ??= buildDocument();
  return document;
}
