import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { GetObjectCommand, ListObjectsV2Command } from "@aws-sdk/client-s3";
import sharp from "sharp";
import { log } from "../../lib/log";
import { afterAll, describe, expect, it, vi } from "vitest";
import { POST as uploadRoute } from "../../app/api/media/route";
import { uploadBrandImageAction } from "../../lib/branding/actions";
import { db } from "../../lib/db";
import { env } from "../../lib/env";
import { deleteMedia } from "../../lib/media/data/mutations";
import type { MediaDTO } from "../../lib/media/dto";
import { s3Client } from "../../lib/media/s3-storage";
import { serveStoredFile } from "../../lib/media/serve";
import { getSiteSettings } from "../../lib/settings/data/queries";
import { startS3Server } from "../helpers/s3-server";
import { asViewer, makeAccount } from "../helpers/sign-in-as";

// With the S3_* settings, uploads go through the real upload path into a
// bucket (a real s3rver on this machine) and are served from it; the data
// folder's uploads folder stays empty. Read by lib/env on first use.

const s3 = await startS3Server();
const dataDir = await mkdtemp(path.join(tmpdir(), "masthead-media-s3-"));
Object.assign(process.env, s3.env, { MASTHEAD_DATA_DIR: dataDir, S3_PREFIX: "riverside" });
const client = s3Client({ ...s3.settings, keyPrefix: "riverside/" });

afterAll(async () => {
  await s3.stop();
  await rm(dataDir, { recursive: true, force: true });
});

function uploadRequest(form: FormData) {
  const headers = new Headers({ origin: new URL(env().SITE_URL).origin });
  return new Request("http://localhost/api/media", { method: "POST", body: form, headers });
}

function formWith(bytes: Buffer, name: string, type: string) {
  const form = new FormData();
  form.set("file", new File([new Uint8Array(bytes)], name, { type }));
  form.set("alt", "The harbour");
  return form;
}

async function objectKeys(prefix = "riverside/"): Promise<string[]> {
  const listed = await client.send(new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: prefix }));
  return (listed.Contents ?? []).map((o) => o.Key!).sort();
}

async function objectBytes(key: string): Promise<Buffer> {
  const object = await client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: key }));
  return Buffer.from(await object.Body!.transformToByteArray());
}

const photo = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 10, g: 90, b: 160 } } })
    .jpeg()
    .toBuffer();

describe("media in an S3 bucket", () => {
  it("an upload through the upload endpoint puts the original and every variant in the bucket, and none on disk", async () => {
    const author = await makeAccount("AUTHOR");
    const uploaded = await asViewer(author, async () =>
      uploadRoute(uploadRequest(formWith(await photo(1000, 500), "harbour.jpg", "image/jpeg"))),
    );
    expect(uploaded.status).toBe(201);
    const media = (await uploaded.json()) as MediaDTO;
    expect(media.url).toBe(`/media/${media.id}/original.jpg`);
    expect(await objectKeys(`riverside/${media.id}/`)).toEqual(
      ["320.webp", "640.webp", "960.webp", "1000.webp", "original.jpg"].map((f) => `riverside/${media.id}/${f}`).sort(),
    );
    for (const width of [320, 640, 960, 1000]) {
      const variant = await sharp(await objectBytes(`riverside/${media.id}/${width}.webp`)).metadata();
      expect(variant).toMatchObject({ format: "webp", width, height: width / 2 });
    }
    expect((await sharp(await objectBytes(`riverside/${media.id}/original.jpg`)).metadata()).width).toBe(1000);
    expect(existsSync(path.join(dataDir, "uploads"))).toBe(false);
  });

  it("the site serves a variant from the bucket with its type and a year-long immutable cache", async () => {
    const author = await makeAccount("AUTHOR");
    const uploaded = await asViewer(author, async () =>
      uploadRoute(uploadRequest(formWith(await photo(700, 700), "square.jpg", "image/jpeg"))),
    );
    const media = (await uploaded.json()) as MediaDTO;
    const response = await serveStoredFile([media.id, "640.webp"]);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/webp");
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(response.headers.get("content-length")).toBe(String(bytes.length));
    expect((await sharp(bytes).metadata()).width).toBe(640);
    expect((await serveStoredFile([media.id, "9999.webp"])).status).toBe(404);
    expect((await serveStoredFile(["..", "..", "package.json"])).status).toBe(404);
  });

  it("deleting an image removes its objects from the bucket", async () => {
    const author = await makeAccount("AUTHOR");
    const uploaded = await asViewer(author, async () =>
      uploadRoute(uploadRequest(formWith(await photo(400, 300), "gone.jpg", "image/jpeg"))),
    );
    const media = (await uploaded.json()) as MediaDTO;
    expect(await objectKeys(`riverside/${media.id}/`)).toHaveLength(3);
    await deleteMedia(author.viewer, media.id);
    expect(await objectKeys(`riverside/${media.id}/`)).toEqual([]);
    expect((await serveStoredFile([media.id, "original.jpg"])).status).toBe(404);
  });

  it("a brand logo is stored in the bucket and served from it", async () => {
    const admin = await makeAccount("ADMIN");
    const form = new FormData();
    form.append("kind", "logo");
    form.append("file", new File([new Uint8Array(await photo(400, 100))], "logo.jpg", { type: "image/jpeg" }));
    expect(await asViewer(admin, () => uploadBrandImageAction(form))).toMatchObject({ ok: true });
    const { logo } = await getSiteSettings();
    const key = logo!.src!.replace(/^\/media\//, "");
    expect(await objectKeys("riverside/logo-")).toContain(`riverside/${key}`);
    expect((await serveStoredFile(key.split("/"))).status).toBe(200);
  });

  // Last: it stops the server.
  it("with the bucket unreachable, a stored file is a logged 503 and an upload a 503 that stores nothing", async () => {
    const author = await makeAccount("AUTHOR");
    const uploaded = await asViewer(author, async () =>
      uploadRoute(uploadRequest(formWith(await photo(400, 300), "kept.jpg", "image/jpeg"))),
    );
    const media = (await uploaded.json()) as MediaDTO;
    const rows = await db.media.count();
    await s3.stop();

    const written = vi.spyOn(log, "error").mockImplementation(() => {});
    let logged: string[] = [];
    try {
      const served = await serveStoredFile([media.id, "original.jpg"]);
      expect(served.status).toBe(503);
      expect(served.headers.get("retry-after")).toBe("5");
      expect(await served.text()).toBe("Media storage unavailable");

      const refused = await asViewer(author, async () =>
        uploadRoute(uploadRequest(formWith(await photo(400, 300), "lost.jpg", "image/jpeg"))),
      );
      expect(refused.status).toBe(503);
      expect(await refused.json()).toEqual({
        error: "The site cannot reach its media storage just now. Please try again in a few seconds.",
      });
    } finally {
      logged = written.mock.calls.map(([line]) => String(line));
      written.mockRestore();
    }
    expect(await db.media.count()).toBe(rows);
    expect(logged.some((line) => line.includes(`failed while reading ${media.id}/original.jpg`))).toBe(true);
    expect(logged.some((line) => /failed while storing m[a-z0-9]+\/original\.jpg/.test(line))).toBe(true);
  });
});
