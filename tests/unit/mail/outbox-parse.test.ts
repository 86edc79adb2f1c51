import nodemailer from "nodemailer";
import { describe, expect, it } from "vitest";
import { parseEml } from "../../../lib/mail/outbox-reader";

// The outbox reader decodes what nodemailer writes: the same transport the
// development outbox uses, so encodings match what lands on disk.
async function raw(message: { to: string; subject: string; text: string; html?: string }): Promise<string> {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  const info = await transport.sendMail({ from: "Masthead <no-reply@masthead.local>", ...message });
  return (info.message as Buffer).toString("utf8");
}

describe("reading an outbox message", () => {
  it("recovers a long link that quoted-printable wrapped across lines", async () => {
    const link = `https://news.example.org/reset-password?token=${"x".repeat(43)}&next=%2Fadmin%3Fa%3Db`;
    const text = `Choose a new password:\n${link}\n\nThe link works once; it ${"really ".repeat(20)}does.`;
    const parsed = parseEml(
      await raw({ to: "sam@example.org", subject: "Reset", text, html: `<p><a href="${link}">Reset</a></p>` }),
    );
    expect(parsed).toEqual({ to: "sam@example.org", subject: "Reset", text });
  });

  it("decodes non-ASCII subjects and bodies", async () => {
    const parsed = parseEml(
      await raw({
        to: "jo@example.org",
        subject: "Welkom bij Stem van de Rivier — één link",
        text: "Héllo, €5 = five euros",
      }),
    );
    expect(parsed.subject).toBe("Welkom bij Stem van de Rivier — één link");
    expect(parsed.text).toBe("Héllo, €5 = five euros");
  });
});
