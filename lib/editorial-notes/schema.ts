import { z } from "zod";

// What the editorial notes panel sends.

const id = z.string().min(1).max(64);

export const NOTE_MAX_LENGTH = 2_000;

export const noteAddSchema = z.object({
  postId: id,
  /** The note replied to; a reply to a reply joins the same thread. */
  parentId: id.optional(),
  body: z
    .string()
    .trim()
    .min(1, "Write the note first.")
    .max(NOTE_MAX_LENGTH, `must be at most ${NOTE_MAX_LENGTH.toLocaleString("en-GB")} characters`),
});

export const noteResolveSchema = z.object({
  noteId: id,
  resolved: z.boolean(),
});

export type NoteAddInput = z.infer<typeof noteAddSchema>;
export type NoteResolveInput = z.infer<typeof noteResolveSchema>;
