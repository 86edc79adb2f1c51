import { createReadStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { confirmImport, uploadExport } from "../../lib/imports/jobs/jobs";
import { finishedJob } from "../helpers/imports";
import { makeAccount } from "../helpers/sign-in-as";

// The admin page's import with Blogger chosen: the upload is kept with a note
// of its system, and the Blogger import command checks it, then imports it
// once confirmed, in a process of its own on this test's database.

const dataDir = await mkdtemp(path.join(tmpdir(), "masthead-blogger-jobs-"));
process.env.MASTHEAD_DATA_DIR = dataDir;
afterAll(() => rm(dataDir, { recursive: true, force: true }));

const EXPORT = path.resolve("tests/fixtures/blogger/repairs-diary-takeout.atom");

describe("importing a Blogger export from the admin page", () => {
  it("checks the upload with the Blogger command, then imports it once confirmed, ignoring staff accounts", async () => {
    const { viewer } = await makeAccount("ADMIN");
    const body = Readable.toWeb(createReadStream(EXPORT)) as ReadableStream<Uint8Array>;
    const id = await uploadExport(viewer, body, (await stat(EXPORT)).size, "blogger");

    expect(await finishedJob(viewer, id)).toMatchObject({
      state: "done",
      dryRun: true,
      report: { site: { format: "Blogger, Google Takeout" }, posts: { created: 3 }, comments: { created: 6 } },
    });
    expect(await db.post.count()).toBe(0);

    await confirmImport(viewer, id, true);
    expect(await finishedJob(viewer, id)).toMatchObject({
      state: "done",
      dryRun: false,
      report: { posts: { created: 3 }, pages: { created: 1 }, contributors: { staffAccounts: 0 } },
    });
    expect(await db.post.count()).toBe(4);
    expect(await db.auditLog.count({ where: { action: "import.blogger", actorId: viewer.id } })).toBe(1);
  }, 240_000);
});
