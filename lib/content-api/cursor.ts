import { z } from "zod";
import { ValidationError } from "../errors";

// Opaque cursors: the sort key of the last item a page returned, as base64url
// JSON. Clients pass them back unchanged; a tampered or foreign cursor is a
// 422, never a query over arbitrary values.

const postPosition = z.tuple([z.literal("p"), z.number().int().nonnegative(), z.string().min(1).max(64)]);
const slugPosition = z.tuple([z.literal("s"), z.string().min(1).max(200)]);

/** Posts and pages are ordered by publication time, newest first, then by id. */
export interface PostPosition {
  publishedAt: Date;
  id: string;
}

const encode = (value: unknown) => Buffer.from(JSON.stringify(value), "utf8").toString("base64url");

function decode<T>(cursor: string, schema: z.ZodType<T>): T {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    value = undefined;
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    throw new ValidationError("The cursor is not one this API gave out.", { cursor: ["Unknown cursor."] });
  return parsed.data;
}

export const encodePostCursor = ({ publishedAt, id }: PostPosition): string => encode(["p", publishedAt.getTime(), id]);

export function decodePostCursor(cursor: string): PostPosition {
  const [, time, id] = decode(cursor, postPosition);
  return { publishedAt: new Date(time), id };
}

export const encodeSlugCursor = (slug: string): string => encode(["s", slug]);

export const decodeSlugCursor = (cursor: string): string => decode(cursor, slugPosition)[1];
