import { escapeHtml } from "../text/escape-html";

// Pure builders for the messages Masthead sends: a plain-text body that reads
// well on its own and an HTML alternative made from the same words, with
// every interpolated value escaped.

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

/** Every http(s) link in a text body, in order, for the development log. */
export const linksIn = (text: string): string[] => text.match(/https?:\/\/[^\s<>"]+/g) ?? [];

interface LinkMessage {
  to: string;
  subject: string;
  /** Paragraphs before the link. */
  intro: string[];
  link: { href: string; label: string };
  /** Paragraphs after the link. */
  outro: string[];
}

function linkMessage({ to, subject, intro, link, outro }: LinkMessage): MailMessage {
  const text = [...intro, `${link.label}:\n${link.href}`, ...outro].join("\n\n") + "\n";
  const paragraphs = (lines: string[]) => lines.map((line) => `<p>${escapeHtml(line)}</p>`).join("\n");
  const html = [
    paragraphs(intro),
    `<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a></p>`,
    `<p>If the link does not open, copy this address into your browser:<br>${escapeHtml(link.href)}</p>`,
    paragraphs(outro),
  ].join("\n");
  return { to, subject, text, html };
}

const ROLE_NAMES = {
  ADMIN: "an administrator",
  EDITOR: "an editor",
  AUTHOR: "an author",
  MODERATOR: "a moderator",
} as const;

export function invitationMessage(input: {
  to: string;
  siteName: string;
  inviterName: string;
  role: keyof typeof ROLE_NAMES;
  link: string;
  validDays: number;
}): MailMessage {
  return linkMessage({
    to: input.to,
    subject: `You are invited to ${input.siteName}`,
    intro: [
      `${input.inviterName} has invited you to join ${input.siteName} as ${ROLE_NAMES[input.role]}.`,
      "Choose your password with the link below to activate your account.",
    ],
    link: { href: input.link, label: "Accept the invitation" },
    outro: [
      `The link works once and expires in ${input.validDays} days. If you were not expecting this invitation, you can ignore this email.`,
    ],
  });
}

export function passwordResetMessage(input: {
  to: string;
  siteName: string;
  link: string;
  validMinutes: number;
}): MailMessage {
  return linkMessage({
    to: input.to,
    subject: `Reset your ${input.siteName} password`,
    intro: [`Someone, hopefully you, asked to reset the password of your ${input.siteName} account.`],
    link: { href: input.link, label: "Choose a new password" },
    outro: [
      `The link works once and expires in ${input.validMinutes} minutes. If you did not ask for this, ignore this email: your password stays as it is.`,
    ],
  });
}
