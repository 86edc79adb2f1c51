import { z } from "zod";
import { REPORT_REASONS } from "./dto";

// Inputs from readers. Messages are i18n keys (lib/i18n/en.ts) so the form
// shows them in the article's language. The body's upper bound comes from
// the site settings, so the body is checked again with commentBodySchema(max).

const id = z.string().trim().min(1).max(64);

export function commentBodySchema(maxLength: number) {
  return z.string().trim().min(1, "comments.error.empty").max(maxLength, "comments.error.tooLong");
}

/** Parsed by the action; the mutation applies the configured length limit. */
export const commentCreateSchema = z.object({
  postId: id,
  // A form's empty hidden field means "not a reply".
  parentId: z.preprocess((v) => (v === "" ? undefined : v), id.optional()),
  body: z.string().trim().min(1, "comments.error.empty"),
});
export type CommentCreateInput = z.infer<typeof commentCreateSchema>;

export const commentEditSchema = z.object({
  id,
  body: z.string().trim().min(1, "comments.error.empty"),
});
export type CommentEditInput = z.infer<typeof commentEditSchema>;

export const commentDeleteSchema = z.object({ id });

export const commentReportSchema = z.object({
  commentId: id,
  reason: z.enum(REPORT_REASONS, "comments.error.reason"),
  note: z.string().trim().max(500, "comments.error.noteTooLong").default(""),
});
export type CommentReportInput = z.infer<typeof commentReportSchema>;

export const displayNameSchema = z.object({
  name: z
    .string()
    .trim()
    .min(2, "welcome.error.tooShort")
    .max(50, "welcome.error.tooLong")
    // Names show under comments: no line breaks, control characters or links dressed up as names.
    .refine((v) => !/[\p{Cc}\p{Cf}]/u.test(v) && !/https?:|www\./i.test(v), "welcome.error.invalid"),
});
export type DisplayNameInput = z.infer<typeof displayNameSchema>;
