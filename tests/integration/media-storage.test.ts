import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { GetObjectCommand, PutObjectCommand } from "@aws-sdk/client-s3";
import { log } from "../../lib/log";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { MediaStorageUnavailable } from "../../lib/errors";
import { localDiskStorage } from "../../lib/media/local-storage";
import { s3Client, s3Storage } from "../../lib/media/s3-storage";
import type { MediaStorage } from "../../lib/media/storage-contract";
import { startS3Server, type TestS3Server } from "../helpers/s3-server";

// The same promises, kept by both stores: the uploads folder and an
// S3-compatible bucket (a real s3rver on this machine).

interface Store {
  storage: MediaStorage;
  /** Writes a file past the storage interface, under a name the store does not accept as a key. */
  putStray(name: string): Promise<void>;
}

let s3: TestS3Server;
const scratch = await mkdtemp(path.join(tmpdir(), "masthead-storage-"));

beforeAll(async () => {
  s3 = await startS3Server();
});
afterAll(async () => {
  await s3.stop();
  await rm(scratch, { recursive: true, force: true });
});

const stores: [string, () => Promise<Store>][] = [
  [
    "local disk",
    async () => {
      const root = await mkdtemp(path.join(scratch, "uploads-"));
      return {
        storage: localDiskStorage(root),
        async putStray(name) {
          await mkdir(path.dirname(path.join(root, name)), { recursive: true });
          await writeFile(path.join(root, name), "stray");
        },
      };
    },
  ],
  [
    "an S3 bucket",
    async () => {
      // A folder of its own in the bucket per test, which S3_PREFIX allows.
      const settings = { ...s3.settings, keyPrefix: `t${randomBytes(4).toString("hex")}/` };
      const client = s3Client(settings);
      return {
        storage: s3Storage(settings, client),
        async putStray(name) {
          await client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: settings.keyPrefix + name, Body: "stray" }));
        },
      };
    },
  ],
];

const bytes = (text: string) => Buffer.from(text);
const read = async (storage: MediaStorage, key: string) => {
  const file = await storage.get(key);
  return file && { ...file, text: await new Response(file.body).text() };
};

describe.each(stores)("media storage on %s", (_, makeStore) => {
  let store: Store;
  beforeEach(async () => {
    store = await makeStore();
  });

  it("gives back what was put, with the type its name says and its size", async () => {
    await store.storage.put("m1abc/960.webp", bytes("variant bytes"), "image/webp");
    await store.storage.put("m1abc/report.pdf", bytes("%PDF-1.7 …"), "application/pdf");
    expect(await read(store.storage, "m1abc/960.webp")).toMatchObject({
      text: "variant bytes",
      size: 13,
      contentType: "image/webp",
    });
    expect(await read(store.storage, "m1abc/report.pdf")).toMatchObject({ contentType: "application/pdf" });
  });

  it("a key with nothing under it is null, not an error", async () => {
    expect(await store.storage.get("m1nothing/960.webp")).toBeNull();
  });

  it("a put under an existing key replaces the file", async () => {
    await store.storage.put("m1abc/original.jpg", bytes("first"), "image/jpeg");
    await store.storage.put("m1abc/original.jpg", bytes("second"), "image/jpeg");
    expect((await read(store.storage, "m1abc/original.jpg"))?.text).toBe("second");
  });

  it("deleting a prefix removes every file under it and nothing else", async () => {
    await store.storage.put("m1gone/original.png", bytes("a"), "image/png");
    await store.storage.put("m1gone/320.webp", bytes("b"), "image/webp");
    await store.storage.put("m1gone2/original.png", bytes("c"), "image/png");
    await store.storage.put("m1kept/original.png", bytes("d"), "image/png");
    await store.storage.delete("m1gone");
    expect(await store.storage.get("m1gone/original.png")).toBeNull();
    expect(await store.storage.get("m1gone/320.webp")).toBeNull();
    expect((await store.storage.list()).files.map((f) => f.key)).toEqual([
      "m1gone2/original.png",
      "m1kept/original.png",
    ]);
    await expect(store.storage.delete("m1gone")).resolves.toBeUndefined();
  });

  it("lists the media files by key with their sizes, and names what is not a media file", async () => {
    await store.storage.put("m2b/original.jpg", bytes("12345"), "image/jpeg");
    await store.storage.put("m2a/640.webp", bytes("123"), "image/webp");
    await store.putStray("m2a/upload.jpg.partial");
    await store.putStray("notes.txt");
    const listing = await store.storage.list();
    expect(listing.files).toEqual([
      { key: "m2a/640.webp", size: 3 },
      { key: "m2b/original.jpg", size: 5 },
    ]);
    expect(listing.skipped.sort()).toEqual(["m2a/upload.jpg.partial", "notes.txt"]);
  });

  it.each([
    "../escape.jpg",
    "a/../../escape.jpg",
    "/etc/passwd",
    "a\\..\\b.jpg",
    ".hidden/x.jpg",
    "a/.jpg",
    "a/b/c.jpg",
    "a.b/c.jpg",
    "a",
  ])("refuses to store under %j, and reads nothing there", async (key) => {
    await expect(store.storage.put(key, bytes("x"), "image/jpeg")).rejects.toThrow(/storage key/i);
    expect(await store.storage.get(key)).toBeNull();
    expect(await store.storage.list()).toEqual({ files: [], skipped: [] });
  });

  it("refuses to delete anything but one media prefix", async () => {
    await store.storage.put("m3a/original.jpg", bytes("x"), "image/jpeg");
    for (const prefix of ["..", "", "m3a/original.jpg", "a/b", "."]) {
      await expect(store.storage.delete(prefix), prefix).rejects.toThrow(/storage key/i);
    }
    expect((await store.storage.list()).files).toHaveLength(1);
  });

  it("a file of a type the site never stores is not served", async () => {
    await store.putStray("m4a/shell.php");
    expect(await store.storage.get("m4a/shell.php")).toBeNull();
  });
});

describe("media storage on an S3 bucket, in particular", () => {
  it("stores objects with their type and the long cache headers, for a public bucket or CDN to pass on", async () => {
    const settings = { ...s3.settings, keyPrefix: "sites/riverside/" };
    const client = s3Client(settings);
    await s3Storage(settings, client).put("m5a/original.jpg", bytes("jpeg"), "image/jpeg");
    await s3Storage(settings, client).put("m5a/budget.xlsx", bytes("xlsx"), "application/vnd.ms-excel");
    const image = await client.send(
      new GetObjectCommand({ Bucket: s3.bucket, Key: "sites/riverside/m5a/original.jpg" }),
    );
    expect(image.ContentType).toBe("image/jpeg");
    expect(image.CacheControl).toBe("public, max-age=31536000, immutable");
    const sheet = await client.send(
      new GetObjectCommand({ Bucket: s3.bucket, Key: "sites/riverside/m5a/budget.xlsx" }),
    );
    expect(sheet.ContentDisposition).toBe('attachment; filename="budget.xlsx"');
  });

  it("keeps to its prefix: files of the bucket outside it are not listed", async () => {
    const settings = { ...s3.settings, keyPrefix: "one/" };
    await s3Storage(settings).put("m6a/original.jpg", bytes("x"), "image/jpeg");
    await s3Storage({ ...s3.settings, keyPrefix: "two/" }).put("m6b/original.jpg", bytes("y"), "image/jpeg");
    expect((await s3Storage(settings).list()).files).toEqual([{ key: "m6a/original.jpg", size: 1 }]);
  });

  it("a bucket that cannot be reached is MediaStorageUnavailable, and says so in the log", async () => {
    const down = await startS3Server("masthead-down");
    const storage = s3Storage(down.settings);
    await storage.put("m7a/original.jpg", bytes("x"), "image/jpeg");
    await down.stop();
    const written = vi.spyOn(log, "error").mockImplementation(() => {});
    let logged: string[] = [];
    try {
      await expect(storage.get("m7a/original.jpg")).rejects.toBeInstanceOf(MediaStorageUnavailable);
      await expect(storage.put("m7a/320.webp", bytes("x"), "image/webp")).rejects.toBeInstanceOf(
        MediaStorageUnavailable,
      );
      await expect(storage.list()).rejects.toBeInstanceOf(MediaStorageUnavailable);
    } finally {
      logged = written.mock.calls.map(([line]) => String(line));
      written.mockRestore();
    }
    expect(logged).toEqual([
      expect.stringMatching(/s3:\/\/masthead-down\/ failed while reading m7a\/original\.jpg/),
      expect.stringMatching(/failed while storing m7a\/320\.webp/),
      expect.stringMatching(/failed while listing the bucket/),
    ]);
  });
});

it("the local store writes nothing outside its folder", async () => {
  const root = await mkdtemp(path.join(scratch, "escape-"));
  await localDiskStorage(path.join(root, "uploads"))
    .put("../escape.jpg", bytes("x"), "image/jpeg")
    .catch(() => {});
  expect(await readdir(root)).toEqual([]);
});
