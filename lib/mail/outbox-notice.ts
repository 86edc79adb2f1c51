import path from "node:path";
import { linksIn } from "./message";

// What the log says about a message written to the outbox. In development
// its links are printed, so sign-in and reset work without opening files; in
// production a log is read by more people than a mailbox, so it names the
// folder once and never prints a link.

export function outboxNotice(input: {
  production: boolean;
  firstMessage: boolean;
  to: string;
  subject: string;
  text: string;
  file: string;
}): string | null {
  if (input.production) {
    return input.firstMessage
      ? `✉ SMTP_URL is not set: outgoing mail is written to ${path.dirname(input.file)} and not sent. Set SMTP_URL to deliver it.`
      : null;
  }
  const links = linksIn(input.text)
    .map((link) => `\n  ${link}`)
    .join("");
  return `✉ Mail to ${input.to} ("${input.subject}") written to ${input.file}${links}`;
}
