import { z } from "zod";

// The admin's token form (/admin/api-keys). Messages are interface message
// keys (lib/i18n), shown in the site's language by the form.

/** Where the Admin API lives; its OpenAPI document is at `${ADMIN_API_BASE}/openapi.json`. */
export const ADMIN_API_BASE = "/api/admin/v1";

/** Requests one token may make per minute: plenty for an integration, a brake on a runaway script. */
export const ADMIN_API_REQUESTS_PER_MINUTE = 120;

/** The staff roles a token may carry; moderating comments is not part of the Admin API. */
export const TOKEN_ROLES = ["ADMIN", "EDITOR", "AUTHOR"] as const;
export type TokenRole = (typeof TOKEN_ROLES)[number];

/** How long a new token works: a number of days, or until the end of a chosen day. */
export const TOKEN_LIFETIMES = ["30", "90", "365", "date"] as const;
export type TokenLifetime = (typeof TOKEN_LIFETIMES)[number];

/** The latest day a token may be made to last until, counted from today. */
export const MAX_TOKEN_DAYS = 5 * 366;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export const createTokenSchema = z
  .object({
    name: z
      .string({ error: "adminApi.error.name" })
      .trim()
      .min(1, "adminApi.error.name")
      .max(80, "adminApi.error.nameLength"),
    role: z.enum(TOKEN_ROLES, { error: "adminApi.error.role" }),
    expiresIn: z.enum(TOKEN_LIFETIMES, { error: "adminApi.error.expiresIn" }),
    expiresOn: z.string().trim().max(10).optional(),
  })
  .superRefine((input, ctx) => {
    if (input.expiresIn === "date" && !DAY.test(input.expiresOn ?? ""))
      ctx.addIssue({ code: "custom", path: ["expiresOn"], message: "adminApi.error.expiresOn" });
  });
export type CreateTokenInput = z.output<typeof createTokenSchema>;

export const tokenIdSchema = z.object({ tokenId: z.string().min(1).max(40) });
export type TokenIdInput = z.output<typeof tokenIdSchema>;
