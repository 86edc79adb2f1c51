import { describe, expect, it } from "vitest";
import { relyingParty } from "../../../lib/auth/two-factor/passkey-party";
import { normalizeRecoveryCode, newRecoveryCodes } from "../../../lib/auth/two-factor/recovery-codes";
import { readSecondFactorNeeded, secondFactorNeeded } from "../../../lib/auth/two-factor/sign-in-step";
import { currentTotp, newTotpSecret, totpStep } from "../../../lib/auth/two-factor/totp";

describe("authenticator codes", () => {
  const secret = newTotpSecret();
  const now = Date.UTC(2026, 11, 2, 12, 0, 15);
  const step = Math.floor(now / 30_000);

  it("accept the current code and one step either side, naming the step each belongs to", () => {
    expect(totpStep(secret, currentTotp(secret, now), now)).toBe(step);
    expect(totpStep(secret, currentTotp(secret, now - 30_000), now)).toBe(step - 1);
    expect(totpStep(secret, currentTotp(secret, now + 30_000), now)).toBe(step + 1);
  });

  it("refuse codes two steps away and anything that is not six digits", () => {
    expect(totpStep(secret, currentTotp(secret, now - 60_000), now)).toBeNull();
    expect(totpStep(secret, "12345", now)).toBeNull();
    expect(totpStep(secret, "abcdef", now)).toBeNull();
  });
});

describe("recovery codes", () => {
  it("come ten at a time, all different, in two groups of five", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$/);
  });

  it("are compared without case, spaces or dashes", () => {
    expect(normalizeRecoveryCode(" abcde-fghjk ")).toBe(normalizeRecoveryCode("ABCDEFGHJK"));
  });
});

describe("the sign-in's 'second factor needed' message", () => {
  it("carries the methods and the ticket to the form and back", () => {
    const message = secondFactorNeeded({ totp: false, passkey: true }, "v1.abc_-");
    expect(readSecondFactorNeeded(message)).toEqual({ methods: { totp: false, passkey: true }, ticket: "v1.abc_-" });
  });

  it("is not read into any other error", () => {
    expect(readSecondFactorNeeded("That email and password don't match an account.")).toBeNull();
  });
});

describe("the passkeys' relying party", () => {
  it("is the site's host name and origin", () => {
    expect(relyingParty("https://news.example.org")).toEqual({
      rpID: "news.example.org",
      origin: "https://news.example.org",
    });
  });

  it("is localhost on the same port for a site on a loopback address, which WebAuthn refuses", () => {
    expect(relyingParty("http://127.0.0.1:3100")).toEqual({ rpID: "localhost", origin: "http://localhost:3100" });
  });
});
