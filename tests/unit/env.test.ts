import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "../../lib/env";

describe("environment parsing", () => {
  it("runs with no variables at all, on the embedded database", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PORT).toBe(3000);
    expect(env.EMBEDDED_PG_PORT).toBe(5488);
    expect(env.SITE_URL).toBe("http://localhost:3000");
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", PORT: "" }).PORT).toBe(3000);
  });

  it("names a malformed variable and shows an example value", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(EnvError);
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(
      /DATABASE_URL: must be a postgres:\/\/ URL .*example: DATABASE_URL=postgresql:\/\//,
    );
  });

  it("lists every bad variable at once", () => {
    try {
      parseEnv({ PORT: "eighty", SITE_URL: "ftp://example.org" });
      expect.unreachable();
    } catch (err) {
      expect((err as Error).message).toMatch(/PORT: .*example: PORT=3000/);
      expect((err as Error).message).toMatch(/SITE_URL: .*example: SITE_URL=https:\/\//);
    }
  });

  it("accepts an external postgres URL", () => {
    const url = "postgresql://u:p@db.internal:5432/masthead";
    expect(parseEnv({ DATABASE_URL: url }).DATABASE_URL).toBe(url);
  });

  it("limits the production server's heap to 160 MB unless told otherwise, and refuses a limit too small to run", () => {
    expect(parseEnv({}).MASTHEAD_SERVER_HEAP_MB).toBe(160);
    expect(parseEnv({ MASTHEAD_SERVER_HEAP_MB: "512" }).MASTHEAD_SERVER_HEAP_MB).toBe(512);
    expect(() => parseEnv({ MASTHEAD_SERVER_HEAP_MB: "64" })).toThrow(
      /MASTHEAD_SERVER_HEAP_MB: must be at least 96.*example: MASTHEAD_SERVER_HEAP_MB=256/,
    );
  });
});
