import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { z } from "zod";
import { env } from "../env";
import { log } from "../log";
import { redactUrls } from "../text/redact";
import type { MailMessage } from "./message";
import { writeToOutbox } from "./outbox";
import { outboxNotice } from "./outbox-notice";

// All outgoing mail. With SMTP_URL set it goes to that server; without it
// (development, tests) each message is written to the outbox folder and, out
// of production, its links are logged, so every email flow works on a fresh
// machine.

const messageSchema = z.object({
  // An address or "Name <address>"; nodemailer parses and encodes it.
  to: z.string().trim().min(3).max(998),
  subject: z.string().min(1).max(300),
  text: z.string().min(1),
  html: z.string().optional(),
});

let transport: { kind: "smtp" | "outbox"; transporter: Transporter } | undefined;
let outboxUsed = false;

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
    const production = env().NODE_ENV === "production";
    const notice = outboxNotice({ production, firstMessage: !outboxUsed, to, subject, text, file });
    outboxUsed = true;
    if (notice) log.info(notice);
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
    // Transport errors can quote the server they were given: never its password.
    log.error(`Could not send "${message.subject}" to ${message.to}: ${redactUrls(String(error))}`);
    return false;
  }
}
