import { parseArgs } from "node:util";
import { z } from "zod";
import { BenchArgsError } from "./args";

// `npm run bench:import [-- --posts N]`: how large a generated export to import.

export const DEFAULT_IMPORT_POSTS = 20_000;

const postsSchema = z
  .string()
  .regex(/^\d+$/, "must be a whole number of posts, like --posts 20000")
  .transform(Number)
  .pipe(z.number().int().min(1, "must be at least 1").max(1_000_000, "must be at most 1,000,000"));

export function parseImportBenchArgs(argv: string[]): { posts: number } {
  let values: { posts?: string | undefined };
  try {
    ({ values } = parseArgs({ args: argv, options: { posts: { type: "string" } }, strict: true }));
  } catch (error) {
    throw new BenchArgsError((error as Error).message);
  }
  if (values.posts === undefined) return { posts: DEFAULT_IMPORT_POSTS };
  const parsed = postsSchema.safeParse(values.posts);
  if (!parsed.success)
    throw new BenchArgsError(`--posts ${parsed.error.issues[0]!.message} (got ${JSON.stringify(values.posts)}).`);
  return { posts: parsed.data };
}
