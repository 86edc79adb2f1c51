import { describe, expect, it } from "vitest";
import { nextServerCommand } from "../../scripts/lib/cli/server-process";
import { env } from "../../lib/env";

describe("the command that starts the Next server", () => {
  it("limits the production server's heap and malloc arenas, on the given port and address", () => {
    const { args, env: childEnv } = nextServerCommand({
      dev: false,
      port: 3200,
      hostname: "127.0.0.1",
      env: { DATABASE_URL: "postgresql://db/x" },
    });
    expect(args[0]).toBe(`--max-old-space-size=${env().MASTHEAD_SERVER_HEAP_MB}`);
    expect(args.slice(2)).toEqual(["start", "--port", "3200", "--hostname", "127.0.0.1"]);
    expect(childEnv).toMatchObject({
      MALLOC_ARENA_MAX: "2",
      DATABASE_URL: "postgresql://db/x",
      PORT: "3200",
      NEXT_TELEMETRY_DISABLED: "1",
    });
  });

  it("leaves the dev server on Node's default heap", () => {
    const { args } = nextServerCommand({ dev: true, port: 3000, env: {} });
    expect(args.some((arg) => arg.startsWith("--max-old-space-size"))).toBe(false);
    expect(args.slice(1)).toEqual(["dev", "--port", "3000"]);
  });
});
