import { describe, expect, it } from "vitest";
import { invitationMessage, linksIn, passwordResetMessage } from "../../../lib/mail/message";
import { escapeHtml } from "../../../lib/text/escape-html";

const LINK = "https://news.example.org/accept-invitation?token=abc_DEF-123";

describe("invitation and password-reset emails", () => {
  const invitation = invitationMessage({
    to: "new@example.org",
    siteName: "Riverside Voices",
    inviterName: "Ada <script>alert(1)</script>",
    role: "EDITOR",
    link: LINK,
    validDays: 7,
  });

  it("name the site and the role, and carry the link in both the text and the HTML", () => {
    expect(invitation.subject).toBe("You are invited to Riverside Voices");
    expect(invitation.text).toContain("as an editor");
    expect(invitation.text).toContain(LINK);
    expect(invitation.html).toContain(`href="${LINK}"`);
    expect(invitation.text).toContain("expires in 7 days");
  });

  it("escape what people typed in the HTML version", () => {
    expect(invitation.html).not.toContain("<script>");
    expect(invitation.html).toContain("Ada &lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("say how long a reset link lasts and that ignoring it is safe", () => {
    const reset = passwordResetMessage({
      to: "sam@example.org",
      siteName: "Riverside Voices",
      link: "https://x.test/reset-password?token=t",
      validMinutes: 60,
    });
    expect(reset.subject).toBe("Reset your Riverside Voices password");
    expect(reset.text).toContain("expires in 60 minutes");
    expect(reset.text).toContain("your password stays as it is");
    expect(linksIn(reset.text)).toEqual(["https://x.test/reset-password?token=t"]);
  });
});

describe("mail helpers", () => {
  it("escape the five HTML-significant characters", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });

  it("find every link in a text body, for the development log", () => {
    expect(linksIn("Open http://a.test/x?y=1 or\nhttps://b.test/z <b>\nNothing else.")).toEqual([
      "http://a.test/x?y=1",
      "https://b.test/z",
    ]);
  });
});
