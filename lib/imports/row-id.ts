import { randomBytes } from "node:crypto";

// Ids for rows an import writes in bulk. They are made here, not by the
// database, because one batch writes posts, their comments and the replies
// to those comments together, and each row must name its parent's id.
// Same alphabet and length class as Prisma's cuid(), so every id check
// (lib/schemas.ts publicIdSchema) accepts them.

const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

export function newRowId(): string {
  const random = [...randomBytes(16)].map((b) => ALPHABET[b % ALPHABET.length]).join("");
  return `i${Date.now().toString(36)}${random}`;
}
