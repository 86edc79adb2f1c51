import { z } from "zod";
import { REPORT_REASONS } from "./dto";
import { HONEYPOT_FIELD } from "../spam/honeypot";

// Inputs from readers. Messages are i18n keys (lib/i18n/en.ts) so the form
// shows them in the article's language. The body's upper bound comes from
// the site settings, so the body is checked again with commentBodySchema(max).

const id = z.string().trim().min(1).max(64);

// PostgreSQL text cannot hold NUL; CommonMark reads it as U+FFFD anyway.
const withoutNul = (value: string) => value.replaceAll("\u0000", "\uFFFD");

export function commentBodySchema(maxLength: number) {
  return z
    .string()
    .trim()
    .min(1, "comments.error.empty")
    .max(maxLength, "comments.error.tooLong")
    .transform(withoutNul);
}

/** Parsed by the action; the mutation applies the configured length limit. */
export const commentCreateSchema = z.object({
  postId: id,
  // A form's empty hidden field means "not a reply".
  parentId: z.preprocess((v) => (v === "" ? undefined : v), id.optional()),
  body: z.string().trim().min(1, "comments.error.empty"),
  /** Issued with the reader's comment state when the form was shown (spam/form-stamp.ts). */
  formStamp: z.string().max(200).optional(),
  /** The honeypot, which people leave empty (spam/honeypot.ts). */
  [HONEYPOT_FIELD]: z.string().max(2_000).optional(),
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
  note: z.string().trim().max(500, "comments.error.noteTooLong").transform(withoutNul).default(""),
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
