import type { Hash } from "node:crypto";
import { Transform, Writable } from "node:stream";
import { BackupError, type TableEntry } from "./manifest";

// How a table's content is recognised again: the SHA-256 of its COPY text and
// its row count, taken as it is dumped and checked as it is read back.

/** Passes bytes through unchanged, hashing them on the way. */
export function hashing(hash: Hash): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      done(null, chunk);
    },
  });
}

/** Counts the rows of COPY text: every row ends with a newline, and newlines inside values are escaped. */
export function rowCounter(): Writable & { rows: number } {
  const counter = Object.assign(
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) counter.rows += 1;
        done();
      },
    }),
    { rows: 0 },
  );
  return counter;
}

export function checkTable(table: TableEntry, hash: Hash, rows: number): void {
  if (rows !== table.rows || hash.digest("hex") !== table.sha256) {
    throw new BackupError(
      `Table ${table.name} in the archive does not match its manifest (${rows} rows where ${table.rows} were dumped, or other content): the archive is damaged.`,
    );
  }
}
