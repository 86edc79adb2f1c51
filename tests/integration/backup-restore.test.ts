import { spawnSync } from "node:child_process";
import { copyFile, mkdir, mkdtemp, open, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import tar from "tar-stream";
import { createReadStream } from "node:fs";
import { pipeline } from "node:stream/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "../../lib/db";
import { uploadMedia } from "../../lib/media/data/mutations";
import { createBackup } from "../../scripts/lib/backup/create";
import { BackupError } from "../../scripts/lib/backup/manifest";
import { restoreBackup, RestoreRefused } from "../../scripts/lib/backup/restore";
import { localDiskStorage } from "../../lib/media/storage";
import { seedDemo } from "../../scripts/lib/content/seed";
import { createScratchDatabase } from "../helpers/scratch-database";
import { asViewer, makeAccount } from "../helpers/sign-in-as";
import { fileFingerprints, tableFingerprints } from "../helpers/site-fingerprint";

// Backups against the real server: the demo site plus an uploaded image, a
// document and a comment thread is backed up, restored elsewhere and compared
// table by table and byte by byte; then wiped and restored in place.

const work = await mkdtemp(path.join(tmpdir(), "masthead-backup-"));
process.env.MASTHEAD_DATA_DIR = path.join(work, "data");
const uploads = path.join(work, "data", "uploads");
const sourceUrl = process.env.DATABASE_URL!;
const archive = path.join(work, "site.tar");

let original: { tables: Awaited<ReturnType<typeof tableFingerprints>>; media: Record<string, string> };

beforeAll(async () => {
  await seedDemo(db, { nodeEnv: "test", siteUrl: "http://localhost:3000", quiet: true });
  const editor = await makeAccount("EDITOR");
  const image = await sharp({ create: { width: 1600, height: 900, channels: 3, background: "#3a6ea5" } })
    .jpeg()
    .toBuffer();
  await asViewer(editor, async () => {
    await uploadMedia(editor.viewer, { name: "harbour.jpg", bytes: image, declaredType: "image/jpeg" });
    await uploadMedia(editor.viewer, {
      name: "minutes.pdf",
      bytes: Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"),
      declaredType: "application/pdf",
    });
  });
  const post = await db.post.findFirstOrThrow({ where: { status: "PUBLISHED", kind: "ARTICLE" } });
  const reader = await db.user.findFirstOrThrow({ where: { role: "READER" } });
  const first = await db.comment.create({
    data: { postId: post.id, authorId: reader.id, body: "Tabs\tand\nnewlines \\ survive", status: "APPROVED" },
  });
  await db.comment.create({ data: { postId: post.id, authorId: reader.id, parentId: first.id, body: "A reply" } });
  await disconnectDb();
  original = { tables: await tableFingerprints(sourceUrl), media: await fileFingerprints(uploads) };
  await createBackup({ databaseUrl: sourceUrl, media: localDiskStorage(uploads), output: archive });
});

afterAll(() => rm(work, { recursive: true, force: true }));

describe("backup and restore", () => {
  it("the demo site with media and comments has something in every table that matters", () => {
    for (const table of ["Post", "Contributor", "Media", "Comment", "Byline", "SearchWord", "AuditLog"]) {
      expect(original.tables[table]!.rows, table).toBeGreaterThan(0);
    }
    // An image (original plus variants) and a document.
    expect(Object.keys(original.media).length).toBeGreaterThan(2);
  });

  it("a backup restored into an empty database and media folder gives back every table and every media file exactly", async () => {
    const target = await createScratchDatabase();
    const targetUploads = path.join(work, "elsewhere", "uploads");
    try {
      const summary = await restoreBackup({
        file: archive,
        databaseUrl: target.url,
        media: localDiskStorage(targetUploads),
        stagingParent: work,
        force: false,
      });
      expect(summary.applied).toEqual([]);
      expect(summary.mediaFiles).toBe(Object.keys(original.media).length);
      expect(await tableFingerprints(target.url)).toEqual(original.tables);
      expect(await fileFingerprints(targetUploads)).toEqual(original.media);
    } finally {
      await target.drop();
    }
  });

  it("restore refuses a site that has content, and changes nothing", async () => {
    await expect(
      restoreBackup({
        file: archive,
        databaseUrl: sourceUrl,
        media: localDiskStorage(uploads),
        stagingParent: work,
        force: false,
      }),
    ).rejects.toThrow(RestoreRefused);
    expect(await tableFingerprints(sourceUrl)).toEqual(original.tables);
    expect(await fileFingerprints(uploads)).toEqual(original.media);
  });

  it("a damaged archive is refused before the database or the media folder is touched", async () => {
    const damaged = path.join(work, "damaged.tar");
    await copyFile(archive, damaged);
    const offset = await entryDataOffset(damaged, "database/Post.copy.gz");
    const handle = await open(damaged, "r+");
    try {
      const byte = Buffer.alloc(1);
      await handle.read(byte, 0, 1, offset + 200);
      await handle.write(Buffer.from([byte[0]! ^ 0xff]), 0, 1, offset + 200);
    } finally {
      await handle.close();
    }
    const failure = await restoreBackup({
      file: damaged,
      databaseUrl: sourceUrl,
      media: localDiskStorage(uploads),
      stagingParent: work,
      force: true,
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(BackupError);
    expect((failure as Error).message).toMatch(/Table Post .*damaged/);
    expect(await tableFingerprints(sourceUrl)).toEqual(original.tables);
    expect(await fileFingerprints(uploads)).toEqual(original.media);
  });

  it("restore --force wipes a site that changed since the backup and puts the backed-up one back", async () => {
    const client = await import("pg").then(({ default: pg }) => new pg.Client({ connectionString: sourceUrl }));
    await client.connect();
    await client.query(`DELETE FROM "Comment"`);
    await client.query(`UPDATE "Post" SET title = 'Changed after the backup'`);
    // A message the changed site queued is about the changed site: it goes with it.
    await client.query(`SELECT graphile_worker.add_job('webhook.deliver', '{}'::json)`);
    await client.end();
    await mkdir(path.join(uploads, "stray"), { recursive: true });
    await writeFile(path.join(uploads, "stray", "new.jpg"), "not in the backup");
    expect(await tableFingerprints(sourceUrl)).not.toEqual(original.tables);

    await restoreBackup({
      file: archive,
      databaseUrl: sourceUrl,
      media: localDiskStorage(uploads),
      stagingParent: work,
      force: true,
    });
    expect(await tableFingerprints(sourceUrl)).toEqual(original.tables);
    expect(await fileFingerprints(uploads)).toEqual(original.media);
    // The queue is there again, empty, ready for the restored site's jobs.
    expect(await db.$queryRaw`SELECT count(*)::int AS jobs FROM graphile_worker.jobs`).toEqual([{ jobs: 0 }]);
  });

  it("npm run backup and npm run restore do the same from the command line, with a progress report", async () => {
    const target = await createScratchDatabase();
    const dataDir = path.join(work, "cli");
    const cliArchive = path.join(work, "cli.tar");
    const run = (script: string, args: string[], databaseUrl: string, mediaDataDir: string) =>
      spawnSync("npx", ["tsx", "--conditions=react-server", `scripts/${script}.ts`, ...args], {
        encoding: "utf8",
        env: { ...process.env, DATABASE_URL: databaseUrl, MASTHEAD_DATA_DIR: mediaDataDir },
        timeout: 120_000,
      });
    try {
      const backup = run("backup", [cliArchive], sourceUrl, path.join(work, "data"));
      expect(backup.status, backup.stderr).toBe(0);
      expect(backup.stdout).toMatch(/✔ Backup written to .*cli\.tar .*: \d+ tables with \d+ rows, \d+ media files/);
      expect(backup.stderr).toMatch(/Copying tables: \d+\/\d+ \(100%\)/);

      const refused = run("restore", [cliArchive], sourceUrl, path.join(work, "data"));
      expect(refused.status).toBe(1);
      expect(refused.stderr).toMatch(/✖ Nothing was changed: the database has rows in \d+ tables/);

      const restore = run("restore", [cliArchive], target.url, dataDir);
      expect(restore.status, restore.stderr).toBe(0);
      expect(restore.stdout).toMatch(/✔ Restored the backup of .* \d+ media files/);
      expect(await tableFingerprints(target.url)).toEqual(original.tables);
      expect(await fileFingerprints(path.join(dataDir, "uploads"))).toEqual(original.media);
    } finally {
      await target.drop();
    }
  });
});

/** Where an entry's bytes start in a tar file (after its 512-byte header). */
async function entryDataOffset(file: string, name: string): Promise<number> {
  const extract = tar.extract();
  const feeding = pipeline(createReadStream(file), extract);
  let found = -1;
  for await (const entry of extract) {
    if (entry.header.name === name) found = entry.offset + 512;
    entry.resume();
  }
  await feeding;
  if (found < 0) throw new Error(`${name} is not in ${file}`);
  return found;
}
