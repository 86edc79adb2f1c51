import { z } from "zod";
import { parseFlags, siteFlagOptions, siteFlagsShape, wholeNumber } from "./args";

// `npm run bench:cluster` flags: the site's (scripts/lib/bench/args.ts; the
// second instance listens on --port + 1), where nginx listens (the
// micro-cached edge on --edge-port, the uncached one on --edge-port + 1), how
// long each setup is loaded at how many connections, and how many times the
// whole set is repeated to show the spread.

const clusterBenchArgsSchema = z.object({
  ...siteFlagsShape,
  edgePort: wholeNumber("--edge-port", 1024, 65534).default(8200),
  duration: wholeNumber("--duration", 1, 300).default(10),
  connections: wholeNumber("--connections", 1, 1024).default(64),
  runs: wholeNumber("--runs", 1, 10).default(1),
});

export type ClusterBenchArgs = z.infer<typeof clusterBenchArgsSchema>;

export function parseClusterBenchArgs(argv: string[]): ClusterBenchArgs {
  return parseFlags(
    argv,
    {
      ...siteFlagOptions,
      "edge-port": { type: "string" },
      duration: { type: "string" },
      connections: { type: "string" },
      runs: { type: "string" },
    },
    clusterBenchArgsSchema,
  );
}
