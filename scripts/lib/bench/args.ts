import { parseArgs, type ParseArgsConfig } from "node:util";
import { z } from "zod";
import { scaleCountSchema } from "../content/scale/flags";

// The benches' flags, parsed with zod before anything starts, so a typo
// costs a one-line message instead of a database start and a build.

export class BenchArgsError extends Error {}

export const wholeNumber = (flag: string, min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, `${flag} must be a whole number`)
    .transform(Number)
    .pipe(z.number().int().min(min, `${flag} must be at least ${min}`).max(max, `${flag} must be at most ${max}`));

const connectionsSchema = z
  .string()
  .regex(/^\d+(,\d+)*$/, "--connections must be a comma-separated list of whole numbers, like 16,64")
  .transform((list) => [...new Set(list.split(",").map(Number))])
  .pipe(
    z.array(
      z.number().int().min(1, "--connections must be at least 1").max(1024, "--connections must be at most 1024"),
    ),
  );

/** The flags of every bench that runs the site of scripts/lib/bench/site.ts. */
export const siteFlagsShape = {
  scale: scaleCountSchema.default(1000),
  skipBuild: z.boolean().default(false),
  port: wholeNumber("--port", 1024, 65535).default(3200),
  json: z.string().min(1, "--json needs a file name").optional(),
};

export const siteFlagOptions = {
  scale: { type: "string" },
  "skip-build": { type: "boolean" },
  port: { type: "string" },
  json: { type: "string" },
} satisfies ParseArgsConfig["options"];

/**
 * The pages `npm run bench` can load; the static file is always measured too,
 * as the ceiling. "api-list" and "api-post" are the Content API's post list
 * and single post, with a key.
 */
export const BENCH_PAGES = ["small", "home", "article", "section", "search", "feed", "api-list", "api-post"] as const;
export type BenchPage = (typeof BENCH_PAGES)[number];

const pagesSchema = z
  .string()
  .transform((list) => [...new Set(list.split(","))])
  .pipe(z.array(z.enum(BENCH_PAGES, { error: `--pages takes a comma-separated list of ${BENCH_PAGES.join(", ")}` })));

const benchArgsSchema = z.object({
  ...siteFlagsShape,
  duration: wholeNumber("--duration", 1, 300).default(10),
  connections: connectionsSchema.default([16, 64]),
  pages: pagesSchema.default([...BENCH_PAGES]),
});

export type BenchArgs = z.infer<typeof benchArgsSchema>;

const toFlag = (key: string) => key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
const toKey = (flag: string) => flag.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** `argv` read with node's parseArgs, then checked by `schema` (keys in camelCase, flags in kebab-case). */
export function parseFlags<S extends z.ZodType>(
  argv: string[],
  options: ParseArgsConfig["options"],
  schema: S,
): z.output<S> {
  let values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  try {
    ({ values } = parseArgs({ args: argv, strict: true, options }));
  } catch (err) {
    throw new BenchArgsError((err as Error).message);
  }
  const parsed = schema.safeParse(
    Object.fromEntries(Object.entries(values).map(([flag, value]) => [toKey(flag), value])),
  );
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const flag = toFlag(String(issue.path[0] ?? ""));
  const message = issue.message.startsWith("--") ? issue.message : `--${flag} ${issue.message}`;
  throw new BenchArgsError(`${message} (got ${JSON.stringify(values[flag])}).`);
}

export function parseBenchArgs(argv: string[]): BenchArgs {
  return parseFlags(
    argv,
    { ...siteFlagOptions, duration: { type: "string" }, connections: { type: "string" }, pages: { type: "string" } },
    benchArgsSchema,
  );
}
