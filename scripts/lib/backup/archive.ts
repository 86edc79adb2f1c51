import { createReadStream, createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { Readable, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import tar from "tar-stream";
import { BackupError, MANIFEST_ENTRY } from "./manifest";

// One backup is one tar file: manifest.json first, then the tables in load
// order, then the media files. Plain tar (readable with `tar -tvf`), with no
// size limit; each table is gzipped on its own, and the media files, mostly
// JPEG, WebP and AVIF already compressed, are stored as they are.

const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;

export interface ArchiveWriter {
  addBuffer(name: string, content: Buffer): Promise<void>;
  addFile(name: string, file: string, size: number): Promise<void>;
  addStream(name: string, size: number, body: Readable): Promise<void>;
  /** Finishes the archive and moves it into place: until then it exists only as <output>.partial. */
  close(): Promise<void>;
  abort(): Promise<void>;
}

export function createArchive(output: string): ArchiveWriter {
  const partial = `${output}.partial`;
  const pack = tar.pack();
  const written = pipeline(pack, createWriteStream(partial, { flags: "wx", mode: 0o600 }));
  // Surfaced by close() or abort(); without this a failed write would be an unhandled rejection meanwhile.
  written.catch(() => {});
  const mtime = new Date();
  const entry = (name: string, size: number, fill: (sink: Writable) => Promise<void>) =>
    new Promise<void>((resolve, reject) => {
      const sink = pack.entry({ name, size, mode: 0o600, mtime }, (error) => (error ? reject(error) : resolve()));
      // tar-stream's streams are streamx ones, which Node's pipeline drives as its own.
      fill(sink as unknown as Writable).catch(reject);
    });
  return {
    addBuffer: (name, content) => entry(name, content.length, async (sink) => void sink.end(content)),
    addFile: (name, file, size) => entry(name, size, (sink) => pipeline(createReadStream(file), sink)),
    addStream: (name, size, body) => entry(name, size, (sink) => pipeline(body, sink)),
    async close() {
      pack.finalize();
      await written;
      await rename(partial, output);
    },
    async abort() {
      pack.destroy();
      await written.catch(() => {});
      await rm(partial, { force: true });
    },
  };
}

export interface ArchiveEntry {
  name: string;
  size: number;
  body: Readable;
}

/**
 * Calls `visit` for each file in the archive, in order, until it returns
 * "stop". `visit` reads the body to its end, or drains it with `drain`.
 */
export async function readArchive(file: string, visit: (entry: ArchiveEntry) => Promise<void | "stop">): Promise<void> {
  const extract = tar.extract();
  const source = createReadStream(file);
  const feeding = pipeline(source, extract);
  feeding.catch(() => {});
  try {
    for await (const entry of extract) {
      const { name, size, type } = entry.header;
      if (type !== "file") throw new BackupError(`The archive holds ${name}, which is not a file: refused.`);
      if ((await visit({ name, size, body: Readable.from(entry) })) === "stop") {
        source.destroy();
        return;
      }
    }
  } catch (error) {
    source.destroy();
    throw error;
  }
  await feeding.catch((error: Error) => {
    throw new BackupError(`The archive could not be read to its end (${error.message}): it is damaged or incomplete.`);
  });
}

export async function drain(body: Readable): Promise<void> {
  for await (const chunk of body) void chunk;
}

/** The manifest's text: the archive's first entry, read without going further. */
export async function readManifestText(file: string): Promise<string> {
  const extract = tar.extract();
  const source = createReadStream(file);
  pipeline(source, extract).catch(() => {});
  try {
    for await (const entry of extract) {
      if (entry.header.name !== MANIFEST_ENTRY || entry.header.size > MAX_MANIFEST_BYTES) break;
      const chunks: Buffer[] = [];
      for await (const chunk of entry) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString("utf8");
    }
  } catch {
    // Not a tar file at all: reported below like any other archive without a manifest.
  } finally {
    source.destroy();
  }
  throw new BackupError(`${file} is not a Masthead backup: its first entry is not manifest.json.`);
}
