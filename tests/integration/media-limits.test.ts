import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { crc32, deflateSync } from "node:zlib";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { ValidationError } from "../../lib/errors";
import { uploadMedia } from "../../lib/media/data/mutations";
import { uploadMessages } from "../../lib/media/messages";
import { imageProcessingQueue, MAX_WAITING_UPLOADS, OneAtATime } from "../../lib/media/one-at-a-time";
import { MAX_MEGAPIXELS } from "../../lib/media/process";
import { makeAccount } from "../helpers/sign-in-as";

// Uploads go to a folder of this test file's own, read by lib/env on first use.
const dataDir = await mkdtemp(path.join(tmpdir(), "masthead-media-limits-"));
process.env.MASTHEAD_DATA_DIR = dataDir;
afterAll(() => rm(dataDir, { recursive: true, force: true }));

const SIDE = 30_000;

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** 69 bytes of PNG whose header claims 30,000 × 30,000 pixels (900 MP, 3.6 GB decoded). */
function pngBomb(): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIDE, 0);
  header.writeUInt32BE(SIDE, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    pngChunk("IHDR", header),
    pngChunk("IDAT", deflateSync(Buffer.alloc(100))),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

/** A JPEG that is all header: start of frame at 30,000 × 30,000, start of scan, end. */
function jpegBomb(): Buffer {
  const side = [SIDE >> 8, SIDE & 0xff];
  const frame = [
    0xff,
    0xc0,
    0x00,
    0x11,
    0x08,
    ...side,
    ...side,
    0x03,
    0x01,
    0x11,
    0x00,
    0x02,
    0x11,
    0x00,
    0x03,
    0x11,
    0x00,
  ];
  const scan = [0xff, 0xda, 0x00, 0x0c, 0x03, 0x01, 0x00, 0x02, 0x11, 0x03, 0x11, 0x00, 0x3f, 0x00];
  return Buffer.from([0xff, 0xd8, ...frame, ...scan, 0xff, 0xd9]);
}

const photo = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 40, g: 120, b: 200 } } })
    .jpeg()
    .toBuffer();

/** Holds the server's image processing until released, so what queues behind it can be watched. */
function holdProcessing() {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  void imageProcessingQueue(() => new Error("full")).run(() => held);
  return release;
}

const queue = () => imageProcessingQueue(() => new Error("full"));

describe("image limits", () => {
  it.each([
    ["PNG", pngBomb()],
    ["JPEG", jpegBomb()],
  ])(
    "refuses a %s header claiming 30,000 × 30,000 pixels by its header, without waiting for other uploads",
    async (_kind, bytes) => {
      const admin = await makeAccount("ADMIN");
      const release = holdProcessing();
      try {
        const refused = await uploadMedia(admin.viewer, { name: "bomb", bytes, declaredType: "image/png" }).catch(
          (e: unknown) => e,
        );
        expect(refused).toBeInstanceOf(ValidationError);
        expect((refused as ValidationError).fieldErrors.file).toEqual([uploadMessages.tooManyPixels(MAX_MEGAPIXELS)]);
        expect(MAX_MEGAPIXELS).toBeLessThanOrEqual(25);
      } finally {
        release();
      }
      expect(await db.media.count({ where: { originalName: "bomb" } })).toBe(0);
    },
  );

  it("gives image processing one libvips thread, leaving the other cores to requests", () => {
    expect(sharp.concurrency()).toBe(1);
  });

  it("makes two parallel uploads wait behind the one being processed, then stores both", async () => {
    const admin = await makeAccount("ADMIN");
    const release = holdProcessing();
    const upload = (name: string, bytes: Buffer) =>
      uploadMedia(admin.viewer, { name, bytes, declaredType: "image/jpeg" });

    const large = upload("large.jpg", await photo(4000, 3000));
    const small = upload("small.jpg", await photo(40, 30));
    // Both passed the header check and wait behind the held processing.
    await expect.poll(() => queue().size).toBe(3);
    expect(await db.media.count()).toBe(0);

    release();
    await Promise.all([large, small]);
    expect(await db.media.count({ where: { originalName: { in: ["large.jpg", "small.jpg"] } } })).toBe(2);
    expect(queue().size).toBe(0);
  });
});

describe("one image at a time", () => {
  it("starts the second task only when the first has finished, even when the first is slower", async () => {
    const line = new OneAtATime(() => new Error("full"));
    const log: string[] = [];
    let finishFirst!: () => void;
    const first = line.run(async () => {
      log.push("start first");
      await new Promise<void>((resolve) => (finishFirst = resolve));
      log.push("end first");
    });
    const second = line.run(async () => {
      log.push("start second");
      log.push("end second");
    });
    await expect.poll(() => log).toEqual(["start first"]);
    // However many turns of the event loop pass, the second waits for the first.
    for (let turn = 0; turn < 20; turn++) await new Promise((resolve) => setImmediate(resolve));
    expect(log).toEqual(["start first"]);
    finishFirst();
    await Promise.all([first, second]);
    expect(log).toEqual(["start first", "end first", "start second", "end second"]);
  });

  it("refuses a task when too many are already waiting, and runs the rest", async () => {
    const line = new OneAtATime(() => new Error("too many waiting"));
    let finish!: () => void;
    const held = new Promise<void>((resolve) => (finish = resolve));
    const accepted = Array.from({ length: MAX_WAITING_UPLOADS + 1 }, () => line.run(() => held));
    await expect(line.run(async () => "late")).rejects.toThrow("too many waiting");
    finish();
    await Promise.all(accepted);
    expect(await line.run(async () => "after")).toBe("after");
  });
});
