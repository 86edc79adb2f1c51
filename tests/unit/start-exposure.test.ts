import { describe, expect, it } from "vitest";
import { DemoPasswordsExposed, demoPasswordWarning, refuseExposedDemoPasswords } from "../../scripts/lib/cli/exposure";

const demo = [
  { email: "admin@masthead.local", role: "ADMIN" as const },
  { email: "editor@masthead.local", role: "EDITOR" as const },
];

describe("npm start and accounts with the demo password", () => {
  it("refuses an address other machines can reach, naming each account and the command that fixes it", () => {
    expect(() => refuseExposedDemoPasswords("0.0.0.0", demo)).toThrow(DemoPasswordsExposed);
    let message = "";
    try {
      refuseExposedDemoPasswords("192.0.2.10", demo);
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(
      /^Refusing to listen on 192\.0\.2\.10 \(HOST\): 2 account\(s\) still have the demo password/,
    );
    expect(message).toContain("admin@masthead.local (ADMIN)");
    expect(message).toContain("npm run accounts:set-password -- admin@masthead.local");
    expect(message).toContain("npm run accounts:set-password -- editor@masthead.local");
    expect(message).not.toContain("masthead-demo");
  });

  it("allows loopback with demo passwords, and any address once none remain", () => {
    expect(() => refuseExposedDemoPasswords("127.0.0.1", demo)).not.toThrow();
    expect(() => refuseExposedDemoPasswords("::1", demo)).not.toThrow();
    expect(() => refuseExposedDemoPasswords("0.0.0.0", [])).not.toThrow();
  });

  it("warns at start-up while demo passwords remain, and says nothing once they are gone", () => {
    const warning = demoPasswordWarning("127.0.0.1", 3000, demo);
    expect(warning).toContain("Demo accounts: 2 account(s) still have the demo password");
    expect(warning).toContain("127.0.0.1:3000, so only this machine can reach it");
    expect(warning).toContain("npm run accounts:set-password -- editor@masthead.local");
    expect(demoPasswordWarning("127.0.0.1", 3000, [])).toBe("");
  });
});
