import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { POST as uploadRoute } from "../../app/api/media/route";
import { db } from "../../lib/db";
import { Forbidden, ValidationError } from "../../lib/errors";
import { deleteMediaAction, listMediaAction, updateMediaAction } from "../../lib/media/actions";
import type { MediaDTO } from "../../lib/media/dto";
import { deleteMedia, updateMediaDetails, uploadMedia } from "../../lib/media/data/mutations";
import { getMediaUsage, listMedia } from "../../lib/media/data/queries";
import { MEDIA_PAGE_SIZE } from "../../lib/media/schema";
import { serveStoredFile } from "../../lib/media/serve";
import { localDiskStorage, mediaStorage } from "../../lib/media/storage";
import { env } from "../../lib/env";
import { getArticlePage } from "../../lib/posts/data/article-page";
import { makePost } from "../helpers/factories";
import { asViewer, makeAccount, type TestAccount } from "../helpers/sign-in-as";

// Uploads go to a folder of this test file's own, read by lib/env on first use.
const dataDir = await mkdtemp(path.join(tmpdir(), "masthead-media-"));
process.env.MASTHEAD_DATA_DIR = dataDir;
const uploadsDir = path.join(dataDir, "uploads");

afterAll(() => rm(dataDir, { recursive: true, force: true }));

async function setMaxUploadMegabytes(value: number) {
  await db.siteSetting.upsert({
    where: { key: "maxUploadMegabytes" },
    create: { key: "maxUploadMegabytes", value },
    update: { value },
  });
}

beforeEach(() => setMaxUploadMegabytes(10));

const photo = (width = 2400, height = 1600) =>
  sharp({ create: { width, height, channels: 3, background: { r: 40, g: 120, b: 200 } } });

/** A JPEG as a phone writes it: camera make and model, and where it was taken. */
function jpegWithGps(width = 2400, height = 1600) {
  return photo(width, height)
    .jpeg()
    .withExif({
      IFD0: { Make: "PhoneCo", Model: "Snapper 12", Copyright: "Someone" },
      IFD3: {
        GPSLatitudeRef: "N",
        GPSLatitude: "51/1 30/1 2647/100",
        GPSLongitudeRef: "W",
        GPSLongitude: "0/1 7/1 3942/100",
      },
    })
    .toBuffer();
}

const PHP = Buffer.from("<?php echo shell_exec($_GET['cmd']); ?>\n");

async function readStored(key: string): Promise<Buffer> {
  const file = await mediaStorage().get(key);
  expect(file, `stored file ${key}`).not.toBeNull();
  return Buffer.from(await new Response(file!.body).arrayBuffer());
}

function keyOf(url: string) {
  return url.replace(/^\/media\//, "");
}

async function storedFiles(media: MediaDTO): Promise<string[]> {
  return readdir(path.join(uploadsDir, media.id)).catch(() => []);
}

async function uploadAs(account: TestAccount, name = "photo.jpg") {
  return uploadMedia(account.viewer, {
    name,
    bytes: await photo(800, 600).jpeg().toBuffer(),
    declaredType: "image/jpeg",
  });
}

/** A request body that notes whether anyone started reading it (no chunk is pulled until then). */
function untouchableBody(onRead: () => void) {
  return new ReadableStream(
    {
      pull() {
        onRead();
        throw new Error("the body must not be read");
      },
    },
    { highWaterMark: 0 },
  );
}

/** An upload as the editor sends it: from a page of this site (the route refuses any other Origin). */
function uploadRequest(form: FormData | null, init: RequestInit = {}) {
  const headers = new Headers(init.headers);
  headers.set("origin", new URL(env().SITE_URL).origin);
  return new Request("http://localhost/api/media", { method: "POST", ...(form && { body: form }), ...init, headers });
}

function formWith(bytes: Buffer | Uint8Array, name: string, type: string, fields: Record<string, string> = {}) {
  const form = new FormData();
  form.set("file", new File([new Uint8Array(bytes)], name, { type }));
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  return form;
}

async function refusal(promise: Promise<unknown>): Promise<ValidationError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return error as ValidationError;
}

describe("uploading validates the file's content, not its name", () => {
  it("a PHP file renamed .jpg and declared as a JPEG is refused, and nothing is stored", async () => {
    const author = await makeAccount("AUTHOR");
    const foldersBefore = await readdir(uploadsDir).catch(() => []);
    const error = await refusal(
      uploadMedia(author.viewer, { name: "holiday.jpg", bytes: PHP, declaredType: "image/jpeg" }),
    );
    expect(error.message).toBe("That file is not a JPEG, PNG, WebP, GIF or AVIF image.");
    expect(error.fieldErrors.file).toEqual([error.message]);
    expect(await db.media.count({ where: { uploadedById: author.viewer.id } })).toBe(0);
    expect(await readdir(uploadsDir).catch(() => [])).toEqual(foldersBefore);
  });

  it("a 0-byte file is refused as empty", async () => {
    const author = await makeAccount("AUTHOR");
    const error = await refusal(
      uploadMedia(author.viewer, { name: "empty.png", bytes: Buffer.alloc(0), declaredType: "image/png" }),
    );
    expect(error.message).toBe("The file is empty.");
    expect(await db.media.count({ where: { uploadedById: author.viewer.id } })).toBe(0);
  });

  it("a file over the limit in the site settings is refused with that limit in the message", async () => {
    await setMaxUploadMegabytes(1);
    const author = await makeAccount("AUTHOR");
    const oversized = Buffer.concat([await photo(64, 64).jpeg().toBuffer(), Buffer.alloc(1024 * 1024)]);
    const error = await refusal(
      uploadMedia(author.viewer, { name: "big.jpg", bytes: oversized, declaredType: "image/jpeg" }),
    );
    expect(error.message).toBe("The file is larger than the 1 MB limit.");
    expect(await db.media.count({ where: { uploadedById: author.viewer.id } })).toBe(0);
  });

  it("a file that starts like a JPEG but is not one is refused as unreadable", async () => {
    const author = await makeAccount("AUTHOR");
    const fake = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), PHP]);
    const error = await refusal(
      uploadMedia(author.viewer, { name: "fake.jpg", bytes: fake, declaredType: "image/jpeg" }),
    );
    expect(error.message).toMatch(/could not be read/);
    expect(await db.media.count({ where: { uploadedById: author.viewer.id } })).toBe(0);
  });
});

describe("an uploaded JPEG with GPS EXIF", () => {
  it("is stored with no EXIF (no position, no camera) in the original and in every variant", async () => {
    const fixture = await jpegWithGps();
    // The fixture really carries the position we expect to vanish.
    const before = await sharp(fixture).metadata();
    expect(before.exif).toBeDefined();
    expect(before.exif!.includes(Buffer.from("PhoneCo"))).toBe(true);

    const author = await makeAccount("AUTHOR");
    const media = await uploadMedia(author.viewer, {
      name: "C:\\Users\\me\\Pictures\\IMG_0001.JPG",
      bytes: fixture,
      declaredType: "image/jpeg",
    });

    const keys = [keyOf(media.url), ...media.srcset.split(", ").map((candidate) => keyOf(candidate.split(" ")[0]!))];
    expect(keys).toHaveLength(6);
    for (const key of keys) {
      const stored = await readStored(key);
      const metadata = await sharp(stored).metadata();
      expect(metadata.exif, key).toBeUndefined();
      expect(metadata.xmp, key).toBeUndefined();
      expect(metadata.iptc, key).toBeUndefined();
      expect(stored.includes(Buffer.from("PhoneCo")), key).toBe(false);
      expect(stored.includes(Buffer.from("GPS")), key).toBe(false);
    }
  });

  it("gets WebP variants at the standard widths and a JPEG fallback at full size", async () => {
    const author = await makeAccount("AUTHOR");
    const media = await uploadMedia(author.viewer, {
      name: "IMG_0001.JPG",
      bytes: await jpegWithGps(),
      declaredType: "image/jpeg",
    });

    expect(media).toMatchObject({ width: 2400, height: 1600, mimeType: "image/jpeg", originalName: "IMG_0001.JPG" });
    expect(media.url).toBe(`/media/${media.id}/original.jpg`);
    expect(media.srcset).toBe([320, 640, 960, 1280, 1920].map((w) => `/media/${media.id}/${w}.webp ${w}w`).join(", "));
    const variant = await sharp(await readStored(`${media.id}/960.webp`)).metadata();
    expect(variant).toMatchObject({ format: "webp", width: 960, height: 640 });
    expect((await sharp(await readStored(`${media.id}/original.jpg`)).metadata()).format).toBe("jpeg");
    expect(await db.auditLog.findFirst({ where: { action: "media.upload", subjectId: media.id } })).toMatchObject({
      actorId: author.viewer.id,
      data: expect.objectContaining({ declaredType: "image/jpeg", detectedType: "image/jpeg" }),
    });
  });
});

describe("image processing", () => {
  it("turns a photo upright by its EXIF orientation before dropping the EXIF", async () => {
    const sideways = await photo(400, 200).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const author = await makeAccount("AUTHOR");
    const media = await uploadMedia(author.viewer, {
      name: "sideways.jpg",
      bytes: sideways,
      declaredType: "image/jpeg",
    });
    expect(media).toMatchObject({ width: 200, height: 400 });
    const original = await sharp(await readStored(`${media.id}/original.jpg`)).metadata();
    expect(original).toMatchObject({ width: 200, height: 400 });
    expect(original.orientation).toBeUndefined();
  });

  it("never makes a variant wider than the original", async () => {
    const author = await makeAccount("AUTHOR");
    const media = await uploadMedia(author.viewer, {
      name: "small.png",
      bytes: await photo(700, 350).png().toBuffer(),
      declaredType: "image/png",
    });
    expect(media.srcset).toBe(
      `/media/${media.id}/320.webp 320w, /media/${media.id}/640.webp 640w, /media/${media.id}/700.webp 700w`,
    );
    expect(media.url).toBe(`/media/${media.id}/original.png`);
  });

  it("keeps an animated GIF animated, re-encoded without its metadata", async () => {
    const frames = await Promise.all([photo(40, 30).png().toBuffer(), photo(40, 30).negate().png().toBuffer()]);
    const gif = await sharp(frames, { join: { animated: true } })
      .gif({ loop: 0, delay: [100, 100] })
      .toBuffer();
    const author = await makeAccount("AUTHOR");
    const media = await uploadMedia(author.viewer, { name: "spinner.gif", bytes: gif, declaredType: "image/gif" });
    expect(media).toMatchObject({ width: 40, height: 30, mimeType: "image/gif", srcset: "" });
    const stored = await sharp(await readStored(`${media.id}/original.gif`), { animated: true }).metadata();
    expect(stored.pages).toBe(2);
    expect(stored.exif).toBeUndefined();
  });

  it("accepts WebP and AVIF uploads", async () => {
    const author = await makeAccount("AUTHOR");
    const webp = await uploadMedia(author.viewer, {
      name: "a.webp",
      bytes: await photo(500, 250).webp().toBuffer(),
      declaredType: "",
    });
    const avif = await uploadMedia(author.viewer, {
      name: "b.avif",
      bytes: await photo(500, 250).avif().toBuffer(),
      declaredType: "application/octet-stream",
    });
    expect(webp.url).toBe(`/media/${webp.id}/original.webp`);
    expect(avif.url).toBe(`/media/${avif.id}/original.avif`);
    expect((await sharp(await readStored(keyOf(avif.url))).metadata()).compression).toBe("av1");
  });
});

describe("the upload endpoint", () => {
  it("answers 401 to an anonymous request without reading its body", async () => {
    let pulled = false;
    const body = untouchableBody(() => {
      pulled = true;
    });
    const response = await asViewer(null, () =>
      uploadRoute(
        uploadRequest(null, {
          body,
          duplex: "half",
          headers: { "content-type": "multipart/form-data; boundary=x" },
        } as RequestInit),
      ),
    );
    expect(response.status).toBe(401);
    expect(pulled).toBe(false);
  });

  it("refuses a signed-in editor's upload sent from another site's page, without reading its body", async () => {
    const editor = await makeAccount("EDITOR");
    const stored = await db.media.count();
    for (const origin of ["https://elsewhere.example", "null", undefined]) {
      let pulled = false;
      const body = untouchableBody(() => {
        pulled = true;
      });
      const headers: Record<string, string> = { "content-type": "multipart/form-data; boundary=x" };
      if (origin) headers.origin = origin;
      const request = new Request("http://localhost/api/media", {
        method: "POST",
        body,
        duplex: "half",
        headers,
      } as RequestInit);
      const response = await asViewer(editor, () => uploadRoute(request));
      expect(response.status, String(origin)).toBe(403);
      expect(pulled).toBe(false);
    }
    expect(await db.media.count()).toBe(stored);
  });

  it("answers 403 to a reader", async () => {
    const reader = await makeAccount("READER");
    const form = formWith(await photo(100, 100).png().toBuffer(), "a.png", "image/png");
    const response = await asViewer(reader, () => uploadRoute(uploadRequest(form)));
    expect(response.status).toBe(403);
    expect(await db.media.count({ where: { uploadedById: reader.viewer.id } })).toBe(0);
  });

  it("stores a picked file with its alt text, caption and credit and answers 201 with the media", async () => {
    const author = await makeAccount("AUTHOR");
    const form = formWith(await photo(1000, 500).png().toBuffer(), "river.png", "image/png", {
      alt: "The river at dawn",
      caption: "Morning",
      credit: "A. Photographer",
    });
    const response = await asViewer(author, () => uploadRoute(uploadRequest(form)));
    expect(response.status).toBe(201);
    const media = (await response.json()) as MediaDTO;
    expect(media).toMatchObject({
      alt: "The river at dawn",
      caption: "Morning",
      credit: "A. Photographer",
      width: 1000,
      height: 500,
    });
    expect(await db.media.findUnique({ where: { id: media.id } })).toMatchObject({
      uploadedById: author.viewer.id,
      alt: "The river at dawn",
    });
  });

  it("answers with a clear message for a PHP file renamed .jpg, an empty file and one over the limit", async () => {
    await setMaxUploadMegabytes(1);
    const author = await makeAccount("AUTHOR");
    const send = (form: FormData) => asViewer(author, () => uploadRoute(uploadRequest(form)));

    const php = await send(formWith(PHP, "shell.jpg", "image/jpeg"));
    expect(php.status).toBe(422);
    expect(await php.json()).toMatchObject({ error: "That file is not a JPEG, PNG, WebP, GIF or AVIF image." });

    const empty = await send(formWith(Buffer.alloc(0), "empty.jpg", "image/jpeg"));
    expect(empty.status).toBe(422);
    expect(await empty.json()).toMatchObject({ error: "The file is empty." });

    const big = await send(formWith(Buffer.alloc(2 * 1024 * 1024, 0xff), "big.jpg", "image/jpeg"));
    expect(big.status).toBe(422);
    expect(await big.json()).toMatchObject({ error: "The file is larger than the 1 MB limit." });

    const missing = await send(new FormData());
    expect(await missing.json()).toMatchObject({ error: "Choose an image or a document to upload." });
    expect(await db.media.count({ where: { uploadedById: author.viewer.id } })).toBe(0);
  });

  it("refuses an oversized body by its Content-Length before reading it", async () => {
    await setMaxUploadMegabytes(1);
    const author = await makeAccount("AUTHOR");
    let pulled = false;
    const body = untouchableBody(() => {
      pulled = true;
    });
    const request = uploadRequest(null, {
      body,
      duplex: "half",
      headers: { "content-type": "multipart/form-data; boundary=x", "content-length": String(5 * 1024 * 1024) },
    } as RequestInit);
    const response = await asViewer(author, () => uploadRoute(request));
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ error: "The file is larger than the 1 MB limit." });
    expect(pulled).toBe(false);
  });
});

describe("serving stored files", () => {
  it("sends a variant with its type, a year-long immutable cache and nosniff", async () => {
    const author = await makeAccount("AUTHOR");
    const media = await uploadMedia(author.viewer, {
      name: "p.jpg",
      bytes: await photo(1000, 800).jpeg().toBuffer(),
      declaredType: "image/jpeg",
    });
    const response = await serveStoredFile([media.id, "960.webp"]);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/webp");
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect((await sharp(Buffer.from(await response.arrayBuffer())).metadata()).width).toBe(960);

    const original = await serveStoredFile([media.id, "original.jpg"]);
    expect(original.headers.get("content-type")).toBe("image/jpeg");
  });

  it.each([
    [["nothing-here", "960.webp"]],
    [["..", "..", "package.json"]],
    [["..", "uploads"]],
    [["%2e%2e", "secret.jpg"]],
    [["abc", "..", "def.jpg"]],
    [["abc"]],
    [["abc", "shell.php"]],
    [["abc", "def", "ghi.jpg"]],
  ])("answers 404 for %j", async (segments) => {
    const response = await serveStoredFile(segments);
    expect(response.status).toBe(404);
  });

  it("local storage refuses keys that could leave its folder", async () => {
    const root = path.join(dataDir, "storage-keys");
    const storage = localDiskStorage(root);
    for (const key of [
      "../escape.jpg",
      "a/../../escape.jpg",
      "/etc/passwd",
      "a\\..\\b.jpg",
      ".hidden/x.jpg",
      "a/.jpg",
    ]) {
      await expect(storage.put(key, Buffer.from("x"), "image/jpeg"), key).rejects.toThrow(/storage key/i);
      expect(await storage.get(key), key).toBeNull();
    }
    await expect(storage.delete(".."), "..").rejects.toThrow(/storage key/i);
    await expect(storage.delete("a/b"), "a/b").rejects.toThrow(/storage key/i);
    expect(await readdir(dataDir)).not.toContain("escape.jpg");
  });
});

describe("permissions on the library", () => {
  it("an author cannot change the details of someone else's image", async () => {
    const [owner, other] = await Promise.all([makeAccount("AUTHOR"), makeAccount("AUTHOR")]);
    const media = await uploadAs(owner);
    await expect(
      updateMediaDetails(other.viewer, media.id, { alt: "Vandalised", caption: "", credit: "" }),
    ).rejects.toBeInstanceOf(Forbidden);
    const result = await asViewer(other, () => updateMediaAction({ id: media.id, alt: "Vandalised" }));
    expect(result).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect((await db.media.findUniqueOrThrow({ where: { id: media.id } })).alt).toBe("");
  });

  it("an author cannot delete someone else's image, and its row and files stay", async () => {
    const [owner, other] = await Promise.all([makeAccount("AUTHOR"), makeAccount("AUTHOR")]);
    const media = await uploadAs(owner);
    await expect(deleteMedia(other.viewer, media.id)).rejects.toBeInstanceOf(Forbidden);
    const result = await asViewer(other, () => deleteMediaAction({ id: media.id }));
    expect(result).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await db.media.findUnique({ where: { id: media.id } })).not.toBeNull();
    expect(await storedFiles(media)).toContain("original.jpg");
  });

  it("an author edits and deletes their own image", async () => {
    const owner = await makeAccount("AUTHOR");
    const media = await uploadAs(owner);
    const updated = await asViewer(owner, () =>
      updateMediaAction({ id: media.id, alt: "  A quiet street  ", caption: "Evening", credit: "Me" }),
    );
    expect(updated).toMatchObject({ ok: true, data: { alt: "A quiet street", caption: "Evening", credit: "Me" } });
    expect(await asViewer(owner, () => deleteMediaAction({ id: media.id }))).toEqual({
      ok: true,
      data: { id: media.id },
    });
    expect(await db.media.findUnique({ where: { id: media.id } })).toBeNull();
    expect(await storedFiles(media)).toEqual([]);
    expect(
      await db.auditLog.count({ where: { action: "media.delete", subjectId: media.id, actorId: owner.viewer.id } }),
    ).toBe(1);
  });

  it("an editor may change and delete anyone's image", async () => {
    const [owner, editor] = await Promise.all([makeAccount("AUTHOR"), makeAccount("EDITOR")]);
    const media = await uploadAs(owner);
    await updateMediaDetails(editor.viewer, media.id, { alt: "Fixed alt text", caption: "", credit: "" });
    expect((await db.media.findUniqueOrThrow({ where: { id: media.id } })).alt).toBe("Fixed alt text");
    await deleteMedia(editor.viewer, media.id);
    expect(await db.media.findUnique({ where: { id: media.id } })).toBeNull();
  });

  it("a reader and a moderator can neither browse nor upload", async () => {
    const owner = await makeAccount("AUTHOR");
    await uploadAs(owner);
    for (const role of ["READER", "MODERATOR"] as const) {
      const account = await makeAccount(role);
      expect(await asViewer(account, () => listMediaAction({ q: "" }))).toMatchObject({
        ok: false,
        error: { code: "forbidden" },
      });
      await expect(uploadAs(account)).rejects.toBeInstanceOf(Forbidden);
      expect(await db.media.count({ where: { uploadedById: account.viewer.id } })).toBe(0);
    }
  });

  it("the list says which images the viewer may change", async () => {
    const [owner, other] = await Promise.all([makeAccount("AUTHOR"), makeAccount("AUTHOR")]);
    const mine = await uploadAs(owner);
    const theirs = await uploadAs(other);
    const { items } = await listMedia(owner.viewer, { q: "", page: 1 });
    const flags = Object.fromEntries(
      items.filter((i) => [mine.id, theirs.id].includes(i.id)).map((i) => [i.id, [i.canUpdate, i.canDelete]]),
    );
    expect(flags).toEqual({ [mine.id]: [true, true], [theirs.id]: [false, false] });
  });
});

describe("deleting an image in use", () => {
  it("is refused with the titles of the posts using it, as hero or in the body, and nothing is removed", async () => {
    const editor = await makeAccount("EDITOR");
    const media = await uploadAs(editor);
    await makePost({ title: "Hero story", heroMediaId: media.id });
    const bodyPost = await makePost({ title: "Body story", status: "DRAFT", publishedAt: null });
    await db.postMedia.create({ data: { postId: bodyPost.id, mediaId: media.id } });

    expect((await getMediaUsage(media.id)).map((p) => p.title)).toEqual(["Hero story", "Body story"]);
    const error = await refusal(deleteMedia(editor.viewer, media.id));
    expect(error.message).toBe(
      "This image is used by 2 posts: “Hero story”, “Body story”. Remove it from those posts before deleting it.",
    );
    expect(error.fieldErrors.usedBy).toEqual(["Hero story", "Body story"]);

    const result = await asViewer(editor, () => deleteMediaAction({ id: media.id }));
    expect(result).toMatchObject({
      ok: false,
      error: { code: "validation", fieldErrors: { usedBy: ["Hero story", "Body story"] } },
    });
    expect(await db.media.findUnique({ where: { id: media.id } })).not.toBeNull();
    expect(await storedFiles(media)).toContain("original.jpg");
  });

  it("succeeds once no post uses it any more", async () => {
    const editor = await makeAccount("EDITOR");
    const media = await uploadAs(editor);
    const post = await makePost({ title: "Only user", heroMediaId: media.id });
    await expect(deleteMedia(editor.viewer, media.id)).rejects.toBeInstanceOf(ValidationError);
    await db.post.update({ where: { id: post.id }, data: { heroMediaId: null } });
    await deleteMedia(editor.viewer, media.id);
    expect(await db.media.findUnique({ where: { id: media.id } })).toBeNull();
    expect(await mediaStorage().get(keyOf(media.url))).toBeNull();
  });
});

describe("browsing the library", () => {
  // These tests look at the whole library, so each starts from an empty one.
  beforeEach(async () => {
    await db.post.updateMany({ data: { heroMediaId: null } });
    await db.postMedia.deleteMany();
    await db.media.deleteMany();
  });

  it("finds images by words in their alt text, caption or file name, in any case", async () => {
    const editor = await makeAccount("EDITOR");
    const bridge = await uploadAs(editor, "bridge.jpg");
    const street = await uploadAs(editor, "IMG_2.jpg");
    const estate = await uploadAs(editor, "IMG_3.jpg");
    await updateMediaDetails(editor.viewer, street.id, { alt: "A quiet street", caption: "", credit: "" });
    await updateMediaDetails(editor.viewer, estate.id, { alt: "", caption: "The new Riverside estate", credit: "" });

    const ids = async (q: string) => (await listMedia(editor.viewer, { q, page: 1 })).items.map((i) => i.id);
    expect(await ids("BRIDGE")).toEqual([bridge.id]);
    expect(await ids("quiet")).toEqual([street.id]);
    expect(await ids("riverside estate")).toEqual([estate.id]);
    expect(await ids("nothing like this")).toEqual([]);
    expect(await ids("")).toEqual([estate.id, street.id, bridge.id]);
  });

  it("is paginated newest first without overlap", async () => {
    const editor = await makeAccount("EDITOR");
    const base = await uploadAs(editor);
    const { originalName, mimeType, width, height, bytes, variants } = await db.media.findUniqueOrThrow({
      where: { id: base.id },
    });
    await db.media.createMany({
      data: Array.from({ length: MEDIA_PAGE_SIZE + 2 }, (_, i) => ({
        originalName,
        mimeType,
        width,
        height,
        bytes,
        variants: variants ?? [],
        id: `copy${i}`,
        storageKey: `copy${i}`,
        createdAt: new Date(Date.now() + (i + 1) * 1000),
      })),
    });
    const first = await listMedia(editor.viewer, { q: "", page: 1 });
    const second = await listMedia(editor.viewer, { q: "", page: 2 });
    expect(first.items).toHaveLength(MEDIA_PAGE_SIZE);
    expect(first.hasNext).toBe(true);
    expect(first.items[0]!.id).toBe(`copy${MEDIA_PAGE_SIZE + 1}`);
    expect(second.items.map((i) => i.id)).toEqual(["copy1", "copy0", base.id]);
    expect(second.hasNext).toBe(false);
  });

  it("gives the picker the upload limit with the page", async () => {
    await setMaxUploadMegabytes(4);
    const author = await makeAccount("AUTHOR");
    expect(await asViewer(author, () => listMediaAction({ q: "", page: 1 }))).toMatchObject({
      ok: true,
      data: { maxUploadMegabytes: 4, items: [] },
    });
  });
});

describe("the article hero from the library", () => {
  it("carries the responsive variants, the image's size, and the image's words where the post has none", async () => {
    const editor = await makeAccount("EDITOR");
    const media = await uploadMedia(editor.viewer, {
      name: "hero.jpg",
      bytes: await photo(1600, 900).jpeg().toBuffer(),
      declaredType: "image/jpeg",
    });
    await updateMediaDetails(editor.viewer, media.id, {
      alt: "Library alt",
      caption: "Library caption",
      credit: "Library credit",
    });
    const post = await makePost({ heroMediaId: media.id, heroAlt: "Post alt" });

    const hero = (await getArticlePage(post.slug))!.post.hero!;
    expect(hero).toEqual({
      url: media.url,
      alt: "Post alt",
      caption: "Library caption",
      credit: "Library credit",
      responsive: { srcset: media.srcset, width: 1600, height: 900 },
    });
  });

  it("editing the image's words touches the cache tags of the posts that show it", async () => {
    const editor = await makeAccount("EDITOR");
    const media = await uploadAs(editor);
    const post = await makePost({ heroMediaId: media.id });
    const { tags } = await updateMediaDetails(editor.viewer, media.id, { alt: "New", caption: "", credit: "" });
    expect(tags).toContain(`post:${post.id}`);
  });
});
