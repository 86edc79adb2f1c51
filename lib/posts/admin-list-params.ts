import { z } from "zod";

// /admin/posts's query string: filters, search, sort and page. Anything odd
// falls back to "not given" rather than failing the page.

export const POST_STATUSES = ["DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED", "ARCHIVED"] as const;
export const POST_TYPES = ["BLOG", "OPINION", "NEWS", "FEATURE"] as const;
export const POST_SORTS = ["updated", "published", "title"] as const;
export const ADMIN_PAGE_SIZE = 25;

export type PostStatusName = (typeof POST_STATUSES)[number];
export type PostSort = (typeof POST_SORTS)[number];

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(first, schema.optional()).catch(undefined);

export const postsListParamsSchema = z.object({
  q: z
    .preprocess(first, z.string())
    .catch("")
    .transform((q) =>
      q
        .replace(/[\u0000-\u001f\u007f]/g, " ")
        .replace(/\s+/g, " ")
        .trim()
        .slice(0, 200),
    ),
  status: optional(z.enum(POST_STATUSES)),
  type: optional(z.enum(POST_TYPES)),
  section: optional(z.string().regex(ID)),
  contributor: optional(z.string().regex(ID)),
  sort: z.preprocess(first, z.enum(POST_SORTS)).catch("updated"),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(10_000)).catch(1),
});

export interface PostsListQuery {
  q: string;
  status?: PostStatusName;
  type?: (typeof POST_TYPES)[number];
  section?: string;
  contributor?: string;
  sort: PostSort;
  page: number;
}

export function parsePostsListParams(params: Record<string, string | string[] | undefined>): PostsListQuery {
  const parsed = postsListParamsSchema.parse(params);
  // Absent filters are left out, not set to undefined (strictUndefinedChecks).
  const query: PostsListQuery = { q: parsed.q, sort: parsed.sort, page: parsed.page };
  if (parsed.status) query.status = parsed.status;
  if (parsed.type) query.type = parsed.type;
  if (parsed.section) query.section = parsed.section;
  if (parsed.contributor) query.contributor = parsed.contributor;
  return query;
}

/** A stable URL for the list: fixed parameter order, defaults left out. */
export function postsListHref(query: PostsListQuery, page = query.page): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.status) params.set("status", query.status);
  if (query.type) params.set("type", query.type);
  if (query.section) params.set("section", query.section);
  if (query.contributor) params.set("contributor", query.contributor);
  if (query.sort !== "updated") params.set("sort", query.sort);
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `/admin/posts?${search}` : "/admin/posts";
}
