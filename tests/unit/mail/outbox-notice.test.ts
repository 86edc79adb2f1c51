import { describe, expect, it } from "vitest";
import { outboxNotice } from "../../../lib/mail/outbox-notice";

const message = {
  to: "editor@example.org",
  subject: "Reset your password",
  text: "Choose a new password:\nhttps://news.example.org/reset-password?token=secret-token\n",
  file: "/srv/masthead/.data/outbox/2026-12-02-abc.eml",
};

describe("what the log says about mail written to the outbox", () => {
  it("prints the message's links outside production, so sign-in works without opening files", () => {
    const line = outboxNotice({ ...message, production: false, firstMessage: false });
    expect(line).toContain("editor@example.org");
    expect(line).toContain("https://news.example.org/reset-password?token=secret-token");
  });

  it("never prints a link in production, and names the outbox folder once", () => {
    const first = outboxNotice({ ...message, production: true, firstMessage: true });
    expect(first).toContain("/srv/masthead/.data/outbox ");
    expect(first).toContain("SMTP_URL");
    expect(first).not.toContain("token");
    expect(first).not.toContain("editor@example.org");
    expect(outboxNotice({ ...message, production: true, firstMessage: false })).toBeNull();
  });
});
