import { parseArgs } from "node:util";
import { z } from "zod";
import { scaleCountSchema } from "../content/scale/flags";

// `npm run bench` flags, parsed with zod before anything starts, so a typo
// costs a one-line message instead of a database start and a build.

export class BenchArgsError extends Error {}

const wholeNumber = (flag: string, min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, `${flag} must be a whole number`)
    .transform(Number)
    .pipe(z.number().int().min(min, `${flag} must be at least ${min}`).max(max, `${flag} must be at most ${max}`));

const connectionsSchema = z
  .string()
  .regex(/^\d+(,\d+)*$/, "--connections must be a comma-separated list of whole numbers, like 16,64")
  .transform((list) => [...new Set(list.split(",").map(Number))])
  .pipe(z.array(z.number().int().min(1, "--connections must be at least 1").max(1024, "--connections must be at most 1024")));

const benchArgsSchema = z.object({
  scale: scaleCountSchema.default(1000),
  duration: wholeNumber("--duration", 1, 300).default(10),
  connections: connectionsSchema.default([16, 64]),
  skipBuild: z.boolean().default(false),
  port: wholeNumber("--port", 1024, 65535).default(3200),
  json: z.string().min(1, "--json needs a file name").optional(),
});

export type BenchArgs = z.infer<typeof benchArgsSchema>;

export function parseBenchArgs(argv: string[]): BenchArgs {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        scale: { type: "string" },
        duration: { type: "string" },
        connections: { type: "string" },
        "skip-build": { type: "boolean" },
        port: { type: "string" },
        json: { type: "string" },
      },
    }));
  } catch (err) {
    throw new BenchArgsError((err as Error).message);
  }
  const { "skip-build": skipBuild, ...rest } = values;
  const parsed = benchArgsSchema.safeParse({ ...rest, skipBuild });
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const flag = `--${String(issue.path[0] ?? "")}`.replace("--skipBuild", "--skip-build");
  const message = issue.message.startsWith("--") ? issue.message : `${flag} ${issue.message}`;
  throw new BenchArgsError(`${message} (got ${JSON.stringify(values[String(issue.path[0])])}).`);
}
