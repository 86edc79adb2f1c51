import { describe, expect, it } from "vitest";
import { looksLikeTokenSecret, newTokenSecret } from "../../../lib/admin-api/token-secret";
import { effectiveRole, expiryOf } from "../../../lib/admin-api/token-rules";

describe("the role a token acts in", () => {
  it.each([
    ["ADMIN", "ADMIN", "ADMIN"],
    ["EDITOR", "ADMIN", "EDITOR"],
    ["AUTHOR", "ADMIN", "AUTHOR"],
    ["ADMIN", "EDITOR", "EDITOR"],
    ["ADMIN", "AUTHOR", "AUTHOR"],
    ["EDITOR", "AUTHOR", "AUTHOR"],
    ["ADMIN", "MODERATOR", null],
    ["AUTHOR", "READER", null],
  ] as const)("a %s token made by someone who is now %s acts as %s", (token, creator, expected) => {
    expect(effectiveRole(token, creator)).toBe(expected);
  });
});

describe("when a new token expires", () => {
  const now = new Date("2026-12-06T10:00:00Z");

  it("counts days from now", () => {
    expect(expiryOf({ expiresIn: "30" }, now, "Europe/London")).toEqual(new Date("2027-01-05T10:00:00Z"));
    expect(expiryOf({ expiresIn: "365" }, now, "Europe/London")).toEqual(new Date("2027-12-06T10:00:00Z"));
  });

  it("lasts until the end of a chosen day in the site's time zone", () => {
    const choice = { expiresIn: "date", expiresOn: "2027-03-01" } as const;
    expect(expiryOf(choice, now, "Europe/Amsterdam")).toEqual(new Date("2027-03-01T23:00:00Z"));
  });

  it("refuses today, a day in the past, a day more than five years ahead and text that is no date", () => {
    for (const expiresOn of ["2026-12-06", "2020-01-01", "2032-12-31", "2027-02-31x", undefined]) {
      expect(expiryOf({ expiresIn: "date", expiresOn }, now, "Europe/London"), String(expiresOn)).toBeNull();
    }
  });
});

describe("token secrets", () => {
  it("are 256 random bits behind their own marker, and a Content API key does not look like one", () => {
    const { secret, prefix } = newTokenSecret();
    expect(looksLikeTokenSecret(secret)).toBe(true);
    expect(prefix).toBe(secret.slice(0, 12));
    expect(looksLikeTokenSecret(`mhk_${secret.slice(4)}`)).toBe(false);
    expect(newTokenSecret().secret).not.toBe(secret);
  });
});
