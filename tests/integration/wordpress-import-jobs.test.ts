import { createReadStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { Conflict, ValidationError } from "../../lib/errors";
import { confirmImport, uploadExport } from "../../lib/imports/jobs/jobs";
import { finishedJob } from "../helpers/imports";
import { makeAccount } from "../helpers/sign-in-as";

// The admin page's import: the upload is stored, and the import command runs
// in a process of its own (the real command, on this test's database),
// reporting through the job's status file, first as a dry run, then for real
// once confirmed.

const dataDir = await mkdtemp(path.join(tmpdir(), "masthead-import-jobs-"));
process.env.MASTHEAD_DATA_DIR = dataDir;
afterAll(() => rm(dataDir, { recursive: true, force: true }));

const EXPORT = path.resolve("tests/fixtures/wordpress/riverside.wxr.xml");

async function upload(viewer: Parameters<typeof uploadExport>[0]) {
  const body = Readable.toWeb(createReadStream(EXPORT)) as ReadableStream<Uint8Array>;
  return uploadExport(viewer, body, (await stat(EXPORT)).size);
}

describe("importing from the admin page", () => {
  it("checks an uploaded export in a process of its own, then imports it once confirmed", async () => {
    const { viewer } = await makeAccount("ADMIN");
    const id = await upload(viewer);

    const checked = await finishedJob(viewer, id);
    expect(checked).toMatchObject({
      state: "done",
      dryRun: true,
      report: { posts: { created: 8 }, pages: { created: 1 } },
    });
    expect(await db.post.count()).toBe(0);

    await confirmImport(viewer, id, true);
    await expect(confirmImport(viewer, id, true)).rejects.toBeInstanceOf(Conflict);
    const imported = await finishedJob(viewer, id);
    expect(imported).toMatchObject({
      state: "done",
      dryRun: false,
      report: { posts: { created: 8 }, comments: { created: 6 } },
    });
    expect(await db.post.count()).toBe(9);
    expect(await db.auditLog.count({ where: { action: "import.wordpress", actorId: viewer.id } })).toBe(1);

    // Confirmed once: the same upload is not imported twice from the page.
    await expect(confirmImport(viewer, id, false)).rejects.toBeInstanceOf(ValidationError);
  }, 240_000);
});
