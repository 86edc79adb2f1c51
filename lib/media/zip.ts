import { inflateRawSync } from "node:zlib";

// Just enough of the ZIP format to tell what an Office file holds: the names
// in its central directory, and one small member read back. Nothing is
// extracted to disk. Anything unusual (ZIP64, encryption, a directory that
// does not fit the file) counts as unreadable rather than being guessed at.

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
  encrypted: boolean;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const MAX_ENTRIES = 10_000;
const MAX_COMMENT = 0xffff;

export class UnreadableZip extends Error {}

function endOfDirectory(bytes: Buffer): number {
  const earliest = Math.max(0, bytes.length - 22 - MAX_COMMENT);
  for (let at = bytes.length - 22; at >= earliest; at--) {
    if (bytes.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  throw new UnreadableZip("no end of central directory");
}

/** The members listed in the central directory, or UnreadableZip. */
export function zipEntries(bytes: Buffer): ZipEntry[] {
  if (bytes.length < 22) throw new UnreadableZip("too short");
  const end = endOfDirectory(bytes);
  const count = bytes.readUInt16LE(end + 10);
  const size = bytes.readUInt32LE(end + 12);
  const offset = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) throw new UnreadableZip("ZIP64");
  if (count > MAX_ENTRIES || offset + size > end) throw new UnreadableZip("directory out of bounds");
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || bytes.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new UnreadableZip("bad directory entry");
    const nameLength = bytes.readUInt16LE(at + 28);
    const next = at + 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    if (next > end) throw new UnreadableZip("directory entry out of bounds");
    entries.push({
      name: bytes.toString("utf8", at + 46, at + 46 + nameLength),
      encrypted: (bytes.readUInt16LE(at + 8) & 1) === 1,
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      uncompressedSize: bytes.readUInt32LE(at + 24),
      localHeaderOffset: bytes.readUInt32LE(at + 42),
    });
    at = next;
  }
  return entries;
}

/** One member's content, refused past `maxBytes` once inflated (a small XML part, never a bomb). */
export function readZipEntry(bytes: Buffer, entry: ZipEntry, maxBytes: number): Buffer {
  const at = entry.localHeaderOffset;
  if (entry.encrypted || at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL_HEADER) {
    throw new UnreadableZip("bad local header");
  }
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) throw new UnreadableZip("member out of bounds");
  if (entry.method === 0) {
    if (data.length > maxBytes) throw new UnreadableZip("member too large");
    return data;
  }
  if (entry.method !== 8) throw new UnreadableZip("unsupported compression");
  try {
    return inflateRawSync(data, { maxOutputLength: maxBytes });
  } catch {
    throw new UnreadableZip("member does not inflate");
  }
}
