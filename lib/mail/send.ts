import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { z } from "zod";
import { env } from "../env";
import { linksIn, type MailMessage } from "./message";
import { writeToOutbox } from "./outbox";

// All outgoing mail. With SMTP_URL set it goes to that server; without it
// (development, tests) each message is written to the outbox folder and its
// links are logged, so every email flow works on a fresh machine.

const messageSchema = z.object({
  // An address or "Name <address>"; nodemailer parses and encodes it.
  to: z.string().trim().min(3).max(998),
  subject: z.string().min(1).max(300),
  text: z.string().min(1),
  html: z.string().optional(),
});

let transport: { kind: "smtp" | "outbox"; transporter: Transporter } | undefined;

function getTransport() {
  if (!transport) {
    const { SMTP_URL } = env();
    transport = SMTP_URL
      ? { kind: "smtp", transporter: nodemailer.createTransport(SMTP_URL) }
      : {
          kind: "outbox",
          transporter: nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" }),
        };
  }
  return transport;
}

export async function sendMail(message: { to: string; subject: string; text: string; html?: string }): Promise<void> {
  const { to, subject, text, html } = messageSchema.parse(message) satisfies MailMessage;
  const { kind, transporter } = getTransport();
  const info = await transporter.sendMail({ from: env().MAIL_FROM, to, subject, text, ...(html ? { html } : {}) });
  if (kind === "outbox") {
    const file = await writeToOutbox(info.message as Buffer);
    const links = linksIn(text)
      .map((link) => `\n  ${link}`)
      .join("");
    console.log(`✉ Mail to ${to} ("${subject}") written to ${file}${links}`);
  }
}

/**
 * Sends a message whose failure must not undo what caused it (the change it
 * reports is already committed): a failure is logged and answered with false.
 */
export async function sendMailOrLog(message: Parameters<typeof sendMail>[0]): Promise<boolean> {
  try {
    await sendMail(message);
    return true;
  } catch (error) {
    console.error(`Could not send "${message.subject}" to ${message.to}:`, error);
    return false;
  }
}
