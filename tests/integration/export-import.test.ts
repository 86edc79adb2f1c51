import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as exportRoute } from "../../app/api/export/route";
import { db } from "../../lib/db";
import { createDb, type Db } from "../../lib/db/client";
import { migrate } from "../../lib/db/migrate/runner";
import { collectSite } from "../../lib/export/data/collect";
import { exportTextFiles } from "../../lib/export/files";
import { exportMediaOf, exportZip } from "../../lib/export/zip";
import { render } from "../../lib/markdown";
import { uploadMedia } from "../../lib/media/data/mutations";
import { localDiskStorage } from "../../lib/media/storage";
import { savePostAction } from "../../lib/posts/actions";
import { getEditablePost } from "../../lib/posts/data/editable";
import { seedDemo } from "../../scripts/lib/content/seed";
import { importSite } from "../../scripts/lib/transfer/import";
import { ImportError, readExportZip } from "../../scripts/lib/transfer/read";
import { fieldsOf } from "../helpers/post-editor";
import { createScratchDatabase } from "../helpers/scratch-database";
import { asViewer, makeAccount } from "../helpers/sign-in-as";
import { fileFingerprints } from "../helpers/site-fingerprint";

// The export's round trip: the demo site, plus what an editor adds (an
// uploaded image as hero and in the body, pinned "Read more", a second
// section, a new address), comments, a setting and a menu, is exported to a
// zip and imported into an empty site; every row of every exported table
// must come back equal, rendered HTML and search vectors included.

const work = await mkdtemp(path.join(tmpdir(), "masthead-export-"));
process.env.MASTHEAD_DATA_DIR = path.join(work, "data");
const uploads = path.join(work, "data", "uploads");
const siteUrl = "http://localhost:3000";

let zip: Buffer;

beforeAll(async () => {
  await seedDemo(db, { nodeEnv: "test", siteUrl, quiet: true });
  const editor = await makeAccount("EDITOR");
  const photo = await sharp({ create: { width: 1200, height: 800, channels: 3, background: "#7a4e2d" } })
    .jpeg()
    .toBuffer();
  const image = await asViewer(editor, () =>
    uploadMedia(editor.viewer, { name: "harbour.jpg", bytes: photo, declaredType: "image/jpeg" }),
  );
  const [post, other] = await db.post.findMany({
    where: { kind: "ARTICLE", status: "PUBLISHED" },
    orderBy: { slug: "asc" },
    take: 2,
  });
  const extraSection = await db.section.findFirstOrThrow({ where: { id: { not: post!.sectionId ?? "" } } });
  const editable = (await getEditablePost(editor.viewer, post!.id))!;
  const saved = await asViewer(editor, () =>
    savePostAction({
      postId: post!.id,
      version: editable.version,
      autosave: false,
      fields: fieldsOf(editable, {
        slug: "moved-to-a-new-address",
        body: `${editable.body}\n\n![The harbour at dusk](${image.url})\n`,
        hero: { mediaId: image.id, url: image.url, alt: "The harbour", caption: "At dusk", credit: "Staff" },
        related: [{ postId: other!.id }],
        otherSectionIds: [extraSection.id],
      }),
    }),
  );
  expect(saved.ok).toBe(true);

  const reader = await db.user.findFirstOrThrow({ where: { role: "READER" } });
  const comment = (body: string, parentId: string | null = null) =>
    db.comment.create({
      data: {
        postId: post!.id,
        authorId: reader.id,
        parentId,
        body,
        html: render(body, "comment").html,
        status: "APPROVED",
      },
    });
  const first = await comment("A *good* point, with a [link](https://example.org).");
  await comment("And a reply.", first.id);
  await db.siteSetting.create({ data: { key: "siteName", value: "Harbourside Voices" } });
  await db.pathRedirect.create({ data: { fromPath: "/sections/old-name", toPath: "/sections/communities" } });
  await db.menu.create({
    data: { name: "FOOTER", items: { create: [{ position: 0, label: "About", kind: "LINK", url: "/about" }] } },
  });

  const site = await collectSite();
  const chunks: Uint8Array[] = [];
  for await (const chunk of exportZip(exportTextFiles(site), await exportMediaOf(localDiskStorage(uploads))))
    chunks.push(chunk);
  zip = Buffer.concat(chunks);
});

afterAll(() => rm(work, { recursive: true, force: true }));

/**
 * Every exported table, row by row in id order. Left out: what an import
 * sets afresh on purpose (renderVersion: rendered now; previewNonce: old
 * preview links stay dead) and the account columns an export never carries.
 */
async function siteRows(client: Db) {
  const post = await client.post.findMany({
    orderBy: { id: "asc" },
    omit: { renderVersion: true, previewNonce: true },
  });
  const searchVectors = await client.$queryRawUnsafe<{ id: string; v: string }[]>(
    `SELECT id, "searchVector"::text AS v FROM "Post" ORDER BY id`,
  );
  return {
    post,
    searchVectors,
    user: await client.user.findMany({
      orderBy: { id: "asc" },
      omit: { updatedAt: true, lastLoginAt: true, lastDigestAt: true },
    }),
    contributor: await client.contributor.findMany({ orderBy: { id: "asc" } }),
    section: await client.section.findMany({ orderBy: { id: "asc" } }),
    tag: await client.tag.findMany({ orderBy: { id: "asc" } }),
    series: await client.series.findMany({ orderBy: { id: "asc" } }),
    comment: await client.comment.findMany({ orderBy: { id: "asc" } }),
    media: await client.media.findMany({ orderBy: { id: "asc" } }),
    siteSetting: await client.siteSetting.findMany({ orderBy: { key: "asc" } }),
    byline: await client.byline.findMany({ orderBy: { id: "asc" } }),
    postTag: await client.postTag.findMany({ orderBy: [{ postId: "asc" }, { tagId: "asc" }] }),
    postSection: await client.postSection.findMany({ orderBy: [{ postId: "asc" }, { sectionId: "asc" }] }),
    relatedPost: await client.relatedPost.findMany({ orderBy: [{ postId: "asc" }, { relatedId: "asc" }] }),
    postMedia: await client.postMedia.findMany({ orderBy: [{ postId: "asc" }, { mediaId: "asc" }] }),
    slugRedirect: await client.slugRedirect.findMany({ orderBy: { id: "asc" } }),
    pathRedirect: await client.pathRedirect.findMany({ orderBy: { fromPath: "asc" } }),
    menu: await client.menu.findMany({ orderBy: { name: "asc" }, omit: { updatedAt: true } }),
    menuItem: await client.menuItem.findMany({ orderBy: { id: "asc" } }),
  };
}

async function emptySite() {
  const scratch = await createScratchDatabase();
  await migrate(scratch.url);
  const client = createDb(scratch.url);
  return {
    client,
    url: scratch.url,
    drop: async () => {
      await client.$disconnect();
      await scratch.drop();
    },
  };
}

describe("export and re-import", () => {
  it("the site exported has a little of everything an export carries", async () => {
    const rows = await siteRows(db);
    for (const [table, list] of Object.entries(rows)) expect(list.length, table).toBeGreaterThan(0);
    expect(rows.post.some((p) => p.status === "DRAFT")).toBe(true);
    expect(rows.post.some((p) => p.kind === "PAGE")).toBe(true);
  });

  it("an export imported into an empty site gives back every field of every row, the rendered HTML and the media files", async () => {
    const target = await emptySite();
    const targetUploads = path.join(work, "imported", "uploads");
    try {
      const counts = await importSite(target.client, readExportZip(zip), {
        siteUrl,
        media: localDiskStorage(targetUploads),
      });
      expect(counts.mediaFiles).toBeGreaterThan(1);
      const [before, after] = [await siteRows(db), await siteRows(target.client)];
      for (const table of Object.keys(before) as (keyof typeof before)[]) {
        expect(after[table], table).toEqual(before[table]);
      }
      expect(await fileFingerprints(targetUploads)).toEqual(await fileFingerprints(uploads));
    } finally {
      await target.drop();
    }
  });

  it("an import into a site that has content is refused and writes nothing", async () => {
    const before = await siteRows(db);
    const media = await fileFingerprints(uploads);
    await expect(importSite(db, readExportZip(zip), { siteUrl, media: localDiskStorage(uploads) })).rejects.toThrow(
      ImportError,
    );
    expect(await siteRows(db)).toEqual(before);
    expect(await fileFingerprints(uploads)).toEqual(media);
  });

  it("npm run export and npm run import:masthead do the same from the command line", async () => {
    const target = await emptySite();
    const file = path.join(work, "cli.zip");
    const run = (script: string, args: string[], databaseUrl: string, dataDir: string) =>
      spawnSync("npx", ["tsx", "--conditions=react-server", `scripts/${script}.ts`, ...args], {
        encoding: "utf8",
        env: { ...process.env, DATABASE_URL: databaseUrl, MASTHEAD_DATA_DIR: dataDir, SITE_URL: siteUrl },
        timeout: 120_000,
      });
    try {
      const exported = run("export", [file], process.env.DATABASE_URL!, path.join(work, "data"));
      expect(exported.status, exported.stderr).toBe(0);
      expect(exported.stdout).toMatch(/✔ Exported \d+ posts and pages and \d+ media files/);
      expect(exported.stderr).toMatch(/Writing the export: \d+\/\d+ \(100%\)/);
      expect(readExportZip(await readFile(file)).posts.length).toBe(await db.post.count());
      expect(await db.auditLog.count({ where: { action: "site.export", actorId: null } })).toBe(1);

      const imported = run("import-masthead", [file], target.url, path.join(work, "cli-site"));
      expect(imported.status, imported.stderr).toBe(0);
      expect(imported.stdout).toMatch(/✔ Imported \d+ posts, \d+ pages/);
      const before = await siteRows(db);
      const after = await siteRows(target.client);
      expect(after.post).toEqual(before.post);
      expect(after.comment).toEqual(before.comment);
    } finally {
      await target.drop();
    }
  });

  it("an administrator downloads the same export from the settings page's button, and the audit log names them", async () => {
    const admin = await makeAccount("ADMIN");
    const response = await asViewer(admin, () =>
      exportRoute(new Request(`${siteUrl}/api/export`, { method: "POST", headers: { origin: siteUrl } })),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/zip");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="masthead-export-\d{4}-\d{2}-\d{2}\.zip"$/,
    );
    const archive = readExportZip(new Uint8Array(await response.arrayBuffer()));
    expect(archive.posts.length).toBe(await db.post.count());
    expect(archive.mediaFiles.size).toBe(readExportZip(zip).mediaFiles.size);
    expect(await db.auditLog.count({ where: { action: "site.export", actorId: admin.viewer.id } })).toBe(1);
  });

  it("an editor, an anonymous visitor and a request from another site get no export and leave no audit entry", async () => {
    const editor = await makeAccount("EDITOR");
    const admin = await makeAccount("ADMIN");
    const request = (origin: string) => new Request(`${siteUrl}/api/export`, { method: "POST", headers: { origin } });
    const before = await db.auditLog.count({ where: { action: "site.export" } });
    expect((await asViewer(editor, () => exportRoute(request(siteUrl)))).status).toBe(403);
    expect((await asViewer(null, () => exportRoute(request(siteUrl)))).status).toBe(401);
    expect((await asViewer(admin, () => exportRoute(request("https://evil.example")))).status).toBe(403);
    expect(await db.auditLog.count({ where: { action: "site.export" } })).toBe(before);
  });
});
