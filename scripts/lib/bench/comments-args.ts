import { z } from "zod";
import { parseFlags, siteFlagOptions, siteFlagsShape, wholeNumber } from "./args";

// `npm run bench:comments` flags: the site's (scripts/lib/bench/args.ts), one
// duration for each of the two phases, the article's connection count, and
// how many comments per second the readers post.

const rateSchema = z
  .string()
  .regex(/^\d+(\.\d+)?$/, "--rate must be a number of comments per second, like 20 or 2.5")
  .transform(Number)
  .pipe(z.number().min(0.1, "--rate must be at least 0.1").max(500, "--rate must be at most 500"));

const commentBenchArgsSchema = z
  .object({
    ...siteFlagsShape,
    duration: wholeNumber("--duration", 1, 300).default(30),
    connections: wholeNumber("--connections", 1, 1024).default(64),
    rate: rateSchema.default(20),
  })
  // Fewer than one comment would leave nothing to count.
  .refine((args) => args.rate * args.duration >= 1, {
    message: "--rate × --duration must come to at least one comment",
    path: ["rate"],
  });

export type CommentBenchArgs = z.infer<typeof commentBenchArgsSchema>;

export function parseCommentBenchArgs(argv: string[]): CommentBenchArgs {
  return parseFlags(
    argv,
    { ...siteFlagOptions, duration: { type: "string" }, connections: { type: "string" }, rate: { type: "string" } },
    commentBenchArgsSchema,
  );
}
