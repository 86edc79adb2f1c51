import { OpenAPIRegistry, OpenApiGeneratorV31, type ResponseConfig } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { errorSchema } from "../content-api/dto";
import { apiMediaSchema, apiPostSchema, conflictSchema, postListSchema } from "./answers";
import {
  createPostRequestSchema,
  postIdParamsSchema,
  postListQuerySchema,
  publishRequestSchema,
  scheduleRequestSchema,
  unpublishRequestSchema,
  updatePostRequestSchema,
  uploadRequestSchema,
} from "./requests";
import { ADMIN_API_BASE, ADMIN_API_REQUESTS_PER_MINUTE } from "./schema";

// The Admin API's OpenAPI 3.1 document, generated from the zod schemas the
// handlers parse requests with (requests.ts) and the answers are checked
// against (answers.ts). Served at /api/admin/v1/openapi.json.

const json = (schema: z.ZodType) => ({ "application/json": { schema } });
const error = (description: string): ResponseConfig => ({ description, content: json(errorSchema) });
const one = (schema: z.ZodType) => z.object({ data: schema });

const rateHeaders = {
  "RateLimit-Limit": { description: "Requests the token may make per minute.", schema: { type: "integer" as const } },
  "RateLimit-Remaining": { description: "Requests left in the current minute.", schema: { type: "integer" as const } },
  "RateLimit-Reset": { description: "Seconds until the count starts over.", schema: { type: "integer" as const } },
};

const always: Record<number, ResponseConfig> = {
  401: error("No token, or one that is unknown, revoked or expired, or whose maker's account is disabled."),
  429: error(`A token may make ${ADMIN_API_REQUESTS_PER_MINUTE} requests a minute.`),
};

function responses(ok: number, schema: z.ZodType, refusals: Record<number, string>): Record<number, ResponseConfig> {
  const answers: Record<number, ResponseConfig> = {
    [ok]: { description: "Done.", headers: rateHeaders, content: json(schema) },
    ...always,
  };
  for (const [status, description] of Object.entries(refusals))
    answers[Number(status)] =
      Number(status) === 409 ? { description, content: json(conflictSchema) } : error(description);
  return answers;
}

const FORBIDDEN = "The token's role may not do this to this post (an author token publishing, say).";
const MISSING = "No post with this id, or none the token's role may see.";
const INVALID = "A field is not valid; `fieldErrors` says which (`fields.title`, …).";
const STALE = "The post changed since the version sent; `current` is what is stored now.";

function buildDocument() {
  const registry = new OpenAPIRegistry();
  registry.registerComponent("securitySchemes", "bearerToken", {
    type: "http",
    scheme: "bearer",
    description: "An Admin API token, made by an admin on /admin/api-keys: `Authorization: Bearer mha_…`.",
  });
  const body = (schema: z.ZodType) => ({ body: { content: json(schema), required: true } });
  const params = { params: postIdParamsSchema };

  registry.registerPath({
    method: "get",
    path: "/posts",
    summary: "Posts the token's role may see, drafts included, 25 a page",
    request: { query: postListQuerySchema },
    responses: responses(200, postListSchema, { 422: INVALID }),
  });
  registry.registerPath({
    method: "post",
    path: "/posts",
    summary: "Create a draft, credited to the token's account, with the fields sent",
    request: body(createPostRequestSchema),
    responses: responses(201, one(apiPostSchema), { 403: FORBIDDEN, 422: INVALID }),
  });
  registry.registerPath({
    method: "get",
    path: "/posts/{id}",
    summary: "One post, in any status the token's role may see",
    request: params,
    responses: responses(200, one(apiPostSchema), { 404: MISSING }),
  });
  registry.registerPath({
    method: "patch",
    path: "/posts/{id}",
    summary: "Save changes to some fields (a deliberate save: a new revision)",
    request: { ...params, ...body(updatePostRequestSchema) },
    responses: responses(200, one(apiPostSchema), { 403: FORBIDDEN, 404: MISSING, 409: STALE, 422: INVALID }),
  });
  const transition = (path: string, summary: string, schema: z.ZodType, stale: boolean) => {
    const refusals: Record<number, string> = {
      403: FORBIDDEN,
      404: MISSING,
      422: "The post is not ready (what is missing is listed), or not in a status this can start from.",
    };
    if (stale) refusals[409] = STALE;
    registry.registerPath({
      method: "post",
      path,
      summary,
      request: { ...params, ...body(schema) },
      responses: responses(200, one(apiPostSchema), refusals),
    });
  };
  transition("/posts/{id}/publish", "Publish now (editors and admins)", publishRequestSchema, true);
  transition("/posts/{id}/schedule", "Publish at a future time (editors and admins)", scheduleRequestSchema, true);
  transition(
    "/posts/{id}/unpublish",
    "Take a published post off the site (editors and admins)",
    unpublishRequestSchema,
    false,
  );
  registry.registerPath({
    method: "post",
    path: "/media",
    summary: "Upload an image or document to the media library",
    request: { body: { content: { "multipart/form-data": { schema: uploadRequestSchema } }, required: true } },
    responses: responses(201, one(apiMediaSchema), {
      403: FORBIDDEN,
      422: "Not an image or a document the library takes, or too large.",
    }),
  });

  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "Masthead Admin API",
      version: "1.0.0",
      description:
        "Write access for integrations: create and change posts, publish, schedule and unpublish them, upload media. A request acts as the admin who made its token, in the token's role, and passes the same permission checks, workflow and version check as the admin's own editor; every change is in the audit log under the token's name.",
    },
    servers: [{ url: ADMIN_API_BASE }],
    security: [{ bearerToken: [] }],
  });
}

let document: ReturnType<typeof buildDocument> | null = null;

/** Built once per process: it depends on nothing but the schemas. */
export function adminApiDocument(): ReturnType<typeof buildDocument> {
  document ??= buildDocument();
  return document;
}
