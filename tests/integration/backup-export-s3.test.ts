import { createHash } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { unzipSync } from "fflate";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectSite } from "../../lib/export/data/collect";
import { exportTextFiles } from "../../lib/export/files";
import { exportMediaOf, exportZip } from "../../lib/export/zip";
import { uploadMedia } from "../../lib/media/data/mutations";
import { s3Storage } from "../../lib/media/s3-storage";
import { mediaStorage, type MediaStorage } from "../../lib/media/storage";
import { createBackup } from "../../scripts/lib/backup/create";
import { restoreBackup, RestoreRefused } from "../../scripts/lib/backup/restore";
import { createScratchDatabase } from "../helpers/scratch-database";
import { startS3Server } from "../helpers/s3-server";
import { makeAccount } from "../helpers/sign-in-as";

// With media in a bucket, a backup and an export hold the bucket's files, and
// a restore puts them back into a bucket. Read by lib/env on first use.

const s3 = await startS3Server();
const work = await mkdtemp(path.join(tmpdir(), "masthead-backup-s3-"));
Object.assign(process.env, s3.env, { MASTHEAD_DATA_DIR: path.join(work, "data"), S3_PREFIX: "site" });

afterAll(async () => {
  await s3.stop();
  await rm(work, { recursive: true, force: true });
});

async function fingerprints(storage: MediaStorage): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const { key } of (await storage.list()).files) {
    const bytes = Buffer.from(await new Response((await storage.get(key))!.body).arrayBuffer());
    result[key] = createHash("sha256").update(bytes).digest("hex");
  }
  return result;
}

let original: Record<string, string>;

beforeAll(async () => {
  const editor = await makeAccount("EDITOR");
  const image = await sharp({ create: { width: 900, height: 600, channels: 3, background: "#3a6ea5" } })
    .jpeg()
    .toBuffer();
  await uploadMedia(editor.viewer, { name: "harbour.jpg", bytes: image, declaredType: "image/jpeg" });
  await uploadMedia(editor.viewer, {
    name: "minutes.pdf",
    bytes: Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"),
    declaredType: "application/pdf",
  });
  original = await fingerprints(mediaStorage());
});

describe("backups and exports with media in a bucket", () => {
  it("a backup holds every file of the bucket, and restores them into another bucket exactly", async () => {
    expect(Object.keys(original)).toHaveLength(5);
    const archive = path.join(work, "site.tar");
    const summary = await createBackup({
      databaseUrl: process.env.DATABASE_URL!,
      media: mediaStorage(),
      output: archive,
    });
    expect(summary.manifest.media.files).toBe(5);

    const target = await createScratchDatabase();
    const restored = s3Storage({ ...s3.settings, keyPrefix: "restored/" });
    try {
      const result = await restoreBackup({
        file: archive,
        databaseUrl: target.url,
        media: restored,
        stagingParent: work,
        force: false,
      });
      expect(result.mediaFiles).toBe(5);
      expect(await fingerprints(restored)).toEqual(original);

      // The bucket now holds a site: a second restore is refused unless forced, and forced it replaces.
      await restored.put("m0stray/original.jpg", Buffer.from("not in the backup"), "image/jpeg");
      const refusal = await restoreBackup({
        file: archive,
        databaseUrl: target.url,
        media: restored,
        stagingParent: work,
        force: false,
      }).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(RestoreRefused);
      expect((refusal as Error).message).toMatch(/s3:\/\/masthead-media\/restored\/ is not empty/);
      expect(await restored.get("m0stray/original.jpg")).not.toBeNull();
      await restoreBackup({
        file: archive,
        databaseUrl: target.url,
        media: restored,
        stagingParent: work,
        force: true,
      });
      expect(await fingerprints(restored)).toEqual(original);
    } finally {
      await target.drop();
    }
  });

  it("an export zip carries the bucket's media files", async () => {
    const chunks: Uint8Array[] = [];
    const media = await exportMediaOf(mediaStorage());
    for await (const chunk of exportZip(exportTextFiles(await collectSite()), media)) chunks.push(chunk);
    const entries = unzipSync(Buffer.concat(chunks));
    const exported = Object.fromEntries(
      Object.entries(entries)
        .filter(([name]) => name.startsWith("media/"))
        .map(([name, bytes]) => [name.slice("media/".length), createHash("sha256").update(bytes).digest("hex")]),
    );
    expect(exported).toEqual(original);
  });
});
