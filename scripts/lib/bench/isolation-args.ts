import { z } from "zod";
import { scaleCountSchema } from "../content/scale/flags";
import { parseFlags, siteFlagOptions, siteFlagsShape, wholeNumber } from "./args";

// `npm run bench:isolation` flags: the site's (scripts/lib/bench/args.ts),
// how long each phase loads the article, at how many connections, and how
// many times the pair of phases is repeated to show the spread.

const isolationBenchArgsSchema = z.object({
  ...siteFlagsShape,
  // A small site: the article page's cost does not depend on how many posts exist.
  scale: scaleCountSchema.default(200),
  duration: wholeNumber("--duration", 5, 300).default(30),
  connections: wholeNumber("--connections", 1, 1024).default(64),
  runs: wholeNumber("--runs", 1, 10).default(2),
});

export type IsolationBenchArgs = z.infer<typeof isolationBenchArgsSchema>;

export function parseIsolationBenchArgs(argv: string[]): IsolationBenchArgs {
  return parseFlags(
    argv,
    { ...siteFlagOptions, duration: { type: "string" }, connections: { type: "string" }, runs: { type: "string" } },
    isolationBenchArgsSchema,
  );
}
