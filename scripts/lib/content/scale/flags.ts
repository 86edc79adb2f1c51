import { parseArgs } from "node:util";
import { z } from "zod";

// `--scale N` on the command line, checked before anything touches the database.

export const MAX_SCALE = 1_000_000;

export const scaleCountSchema = z
  .string()
  .regex(/^\d+$/, "must be a whole number of posts, like --scale 100000")
  .transform(Number)
  .pipe(z.number().int().min(1, "must be at least 1").max(MAX_SCALE, `must be at most ${MAX_SCALE.toLocaleString("en-GB")}`));

export class FlagError extends Error {}

/** The seed command's flags; `scale` is undefined when --scale is absent. */
export function parseSeedArgs(argv: string[]): { scale: number | undefined } {
  let values: { scale?: string | undefined };
  try {
    ({ values } = parseArgs({ args: argv, options: { scale: { type: "string" } }, strict: true }));
  } catch (err) {
    throw new FlagError((err as Error).message);
  }
  if (values.scale === undefined) return { scale: undefined };
  const parsed = scaleCountSchema.safeParse(values.scale);
  if (!parsed.success) throw new FlagError(`--scale ${parsed.error.issues[0]!.message} (got ${JSON.stringify(values.scale)}).`);
  return { scale: parsed.data };
}
