import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { outboxDirectory } from "./outbox";

// Reads the outbox back (tests, and anyone checking what the site sent). Kept
// apart from the writer so the server bundle never lists the folder.

export interface OutboxMessage {
  file: string;
  to: string;
  subject: string;
  /** The decoded text/plain body. */
  text: string;
}

/** Every message in the outbox, oldest first (an absent outbox is empty). */
export async function readOutbox(directory = outboxDirectory()): Promise<OutboxMessage[]> {
  const names = await readdir(directory).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  const files = names.filter((name) => name.endsWith(".eml")).sort();
  return Promise.all(
    files.map(async (name) => {
      const file = path.join(directory, name);
      return { file, ...parseEml(await readFile(file, "utf8")) };
    }),
  );
}

interface Part {
  headers: Map<string, string>;
  body: string;
}

function splitPart(raw: string): Part {
  const normalized = raw.replace(/\r\n/g, "\n");
  const end = normalized.indexOf("\n\n");
  const head = end === -1 ? normalized : normalized.slice(0, end);
  const body = end === -1 ? "" : normalized.slice(end + 2);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\n[ \t]+/g, " ").split("\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function decodeQuotedPrintable(body: string): string {
  const joined = body.replace(/=\n/g, "");
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = joined.slice(i + 1, i + 3);
    if (joined[i] === "=" && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(joined[i]!, "utf8"));
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

function decodeBody(part: Part): string {
  const encoding = part.headers.get("content-transfer-encoding")?.toLowerCase();
  if (encoding === "base64") return Buffer.from(part.body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (encoding === "quoted-printable") return decodeQuotedPrintable(part.body);
  return part.body;
}

/** RFC 2047 encoded words (=?UTF-8?Q?…?= and =?UTF-8?B?…?=) in a header value. */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?utf-8\?([BQ])\?([^?]*)\?=/gi, (_, kind: string, data: string) =>
      kind.toUpperCase() === "B"
        ? Buffer.from(data, "base64").toString("utf8")
        : decodeQuotedPrintable(data.replace(/_/g, " ")),
    );
}

function textPart(part: Part): Part | null {
  const type = part.headers.get("content-type") ?? "text/plain";
  const boundary = type.match(/boundary="?([^";]+)"?/i)?.[1];
  if (!boundary) return /^text\/plain/i.test(type) ? part : null;
  for (const chunk of part.body.split(`--${boundary}`).slice(1)) {
    if (chunk.startsWith("--")) break;
    const found = textPart(splitPart(chunk.replace(/^\n/, "")));
    if (found) return found;
  }
  return null;
}

/** The recipient, subject and plain-text body of a raw MIME message. */
export function parseEml(raw: string): Omit<OutboxMessage, "file"> {
  const message = splitPart(raw);
  const text = textPart(message);
  return {
    to: decodeHeader(message.headers.get("to") ?? ""),
    subject: decodeHeader(message.headers.get("subject") ?? ""),
    text: text ? decodeBody(text).replace(/\n$/, "") : "",
  };
}
