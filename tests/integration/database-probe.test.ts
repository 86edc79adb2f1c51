import { describe, expect, it } from "vitest";
import { testDatabaseUrl } from "../helpers/fresh-database";
import { describeUnreachable } from "../../lib/db/probe";

// Every command that can't reach its database says so in one line that names
// the host and what to check (README, "An external PostgreSQL").

const withUrl = (change: (url: URL) => void) => {
  const url = new URL(process.env.DATABASE_URL!);
  change(url);
  return url.toString();
};

describe("an unreachable database", () => {
  it("a reachable database gives no complaint", async () => {
    expect(await describeUnreachable(process.env.DATABASE_URL!)).toBeNull();
  });

  it("a refused connection names host and port and asks whether the server runs", async () => {
    const message = await describeUnreachable(
      withUrl((u) => {
        u.port = "1";
      }),
    );
    expect(message).toMatch(
      /^Cannot reach the database at 127\.0\.0\.1:1\/.*is the server running and listening on that port\?$/,
    );
  });

  it("a wrong password points at the user name and password", async () => {
    const message = await describeUnreachable(
      withUrl((u) => {
        u.password = "wrong-password";
      }),
    );
    expect(message).toMatch(/check the user name and password in DATABASE_URL$/);
  });

  it("a missing database says to create it", async () => {
    const message = await describeUnreachable(testDatabaseUrl("no_such_database_here"));
    expect(message).toMatch(/no_such_database_here .*create the database first/);
  });

  it("is a single line", async () => {
    const message = await describeUnreachable(
      withUrl((u) => {
        u.port = "1";
      }),
    );
    expect(message).not.toContain("\n");
  });
});

describe("what an unreachable database's message leaves out", () => {
  it("never includes the password inside DATABASE_URL", async () => {
    const message = await describeUnreachable(
      withUrl((u) => {
        u.password = "hunter2-secret-password";
      }),
    );
    expect(message).toMatch(/^Cannot reach the database at /);
    expect(message).not.toContain("hunter2");
  });
});
