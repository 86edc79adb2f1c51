import { describe, expect, it } from "vitest";
import { asDatabaseUnavailable, isConnectionFailure } from "../../lib/db/unavailable";
import { DATABASE_UNAVAILABLE_DIGEST, DatabaseUnavailable, httpStatusOf } from "../../lib/errors";

// Which failures count as "the database is unreachable" (a 503 worth
// retrying) and which stay ordinary errors, in the shapes Prisma 7 and
// node-postgres actually produce them.

const prismaWrapped = (cause: object) =>
  Object.assign(new Error("Invalid `prisma.user.count()` invocation"), {
    code: "P2010",
    meta: { driverAdapterError: Object.assign(new Error("DriverAdapterError"), { cause }) },
  });

describe("classifying database failures", () => {
  it.each([
    ["a refused connection", Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })],
    ["a connect timeout", Object.assign(new Error("connect ETIMEDOUT"), { code: "ETIMEDOUT" })],
    ["a dropped socket", new Error("Connection terminated unexpectedly")],
    ["the pool's connect timeout", new Error("timeout exceeded when trying to connect")],
    ["an administrator shutdown (57P01)", prismaWrapped({ kind: "postgres", code: "57P01" })],
    ["a server still starting (57P03)", prismaWrapped({ kind: "postgres", code: "57P03" })],
    ["the adapter's DatabaseNotReachable", prismaWrapped({ kind: "DatabaseNotReachable" })],
    ["the adapter's ConnectionClosed", prismaWrapped({ kind: "ConnectionClosed" })],
    ["Prisma's P1001", Object.assign(new Error("Can't reach database server"), { code: "P1001" })],
    ["an error whose cause is a refused connection", new Error("outer", { cause: { code: "ECONNREFUSED" } })],
  ])("%s means the database is unavailable", (_name, error) => {
    expect(isConnectionFailure(error)).toBe(true);
    expect(asDatabaseUnavailable(error)).toBeInstanceOf(DatabaseUnavailable);
  });

  it.each([
    ["a unique violation", prismaWrapped({ kind: "postgres", code: "23505" })],
    ["a missing record (P2025)", Object.assign(new Error("No record found"), { code: "P2025" })],
    ["a syntax error", prismaWrapped({ kind: "postgres", code: "42601" })],
    ["a plain bug", new TypeError("x is not a function")],
    ["a thrown string", "nope"],
  ])("%s stays the error it was", (_name, error) => {
    expect(isConnectionFailure(error)).toBe(false);
    expect(asDatabaseUnavailable(error)).toBe(error);
  });

  it("an unavailable database answers 503 and carries a digest error pages can recognise", () => {
    const error = new DatabaseUnavailable();
    expect(httpStatusOf(error)).toBe(503);
    expect(error.digest).toBe(DATABASE_UNAVAILABLE_DIGEST);
    expect(asDatabaseUnavailable(error)).toBe(error);
  });

  it("an unavailable error thrown by another server bundle's copy of the class is still recognised", () => {
    const fromAnotherBundle = Object.assign(new Error("The site cannot reach its database"), {
      digest: DATABASE_UNAVAILABLE_DIGEST,
    });
    expect(fromAnotherBundle).toBeInstanceOf(DatabaseUnavailable);
    expect(new Error("other")).not.toBeInstanceOf(DatabaseUnavailable);
  });

  it("a cycle of causes does not hang the check", () => {
    const a: { cause?: unknown; message: string } = { message: "a" };
    a.cause = { message: "b", cause: a };
    expect(isConnectionFailure(a)).toBe(false);
  });
});
