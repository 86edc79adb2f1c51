import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import type { Role } from "../../lib/auth/permissions";
import { removeBrandImageAction, setAccentColorAction, uploadBrandImageAction } from "../../lib/branding/actions";
import { db } from "../../lib/db";
import { sharePngFor } from "../../lib/branding/share-images";
import { serveStoredFile } from "../../lib/media/serve";
import { getSiteSettings } from "../../lib/settings/data/queries";
import { asViewer, makeAccount, type TestAccount } from "../helpers/sign-in-as";

// Branding files go to a folder of this test file's own, read by lib/env on first use.
const dataDir = await mkdtemp(path.join(tmpdir(), "masthead-branding-"));
process.env.MASTHEAD_DATA_DIR = dataDir;
const uploadsDir = path.join(dataDir, "uploads");

afterAll(() => rm(dataDir, { recursive: true, force: true }));

const LOGO_SVG = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="200" height="50" viewBox="0 0 200 50"><rect width="200" height="50" fill="#0a5a9c"/></svg>`;

const HOSTILE_SVG = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="64" height="64" onload="alert(1)">
<script>fetch('/api/steal?c=' + document.cookie)</script>
<foreignObject width="64" height="64"><iframe xmlns="http://www.w3.org/1999/xhtml" src="javascript:alert(2)"></iframe></foreignObject>
<image href="file:///etc/passwd" width="64" height="64"/><a xlink:href="javascript:alert(3)"><circle cx="32" cy="32" r="30" fill="red"/></a></svg>`;

function uploadForm(kind: string, bytes: Buffer | string, name: string, type = "") {
  const form = new FormData();
  form.append("kind", kind);
  form.append(
    "file",
    new File([typeof bytes === "string" ? Buffer.from(bytes) : new Uint8Array(bytes)], name, { type }),
  );
  return form;
}

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 4, background: { r: 200, g: 30, b: 30, alpha: 1 } } })
    .png()
    .toBuffer();

/** Every stored file's name under the uploads folder, as "prefix/file". */
async function storedFiles(): Promise<string[]> {
  const prefixes = await readdir(uploadsDir).catch(() => [] as string[]);
  const files = await Promise.all(
    prefixes.map(async (p) => (await readdir(path.join(uploadsDir, p))).map((f) => `${p}/${f}`)),
  );
  return files.flat().sort();
}

async function served(src: string): Promise<{ type: string | null; bytes: Buffer }> {
  const response = await serveStoredFile(src.replace(/^\/media\//, "").split("/"));
  expect(response.status).toBe(200);
  return { type: response.headers.get("content-type"), bytes: Buffer.from(await response.arrayBuffer()) };
}

describe("the logo", () => {
  it("an SVG logo is stored and served as a PNG twice the display height, never as SVG, and audited", async () => {
    const admin = await makeAccount("ADMIN");
    const result = await asViewer(admin, () =>
      uploadBrandImageAction(uploadForm("logo", LOGO_SVG, "logo.svg", "image/svg+xml")),
    );
    expect(result.ok).toBe(true);
    const { logo } = await getSiteSettings();
    expect(logo).toMatchObject({ width: 384, height: 96 });
    expect(logo!.src).toMatch(/^\/media\/logo-[a-z0-9]+\/logo\.png$/);
    const file = await served(logo!.src);
    expect(file.type).toBe("image/png");
    expect((await sharp(file.bytes).metadata()).format).toBe("png");
    expect((await storedFiles()).filter((f) => f.startsWith("logo-"))).toEqual([logo!.src.slice("/media/".length)]);
    expect((await storedFiles()).some((f) => f.endsWith(".svg"))).toBe(false);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "settings.branding", actorId: admin.viewer.id },
    });
    expect(audit.data).toMatchObject({ changed: "logo", detectedType: "image/svg+xml" });
  });

  it("a hostile SVG with a script, handlers and external references becomes a plain PNG", async () => {
    const admin = await makeAccount("ADMIN");
    const result = await asViewer(admin, () =>
      uploadBrandImageAction(uploadForm("logo", HOSTILE_SVG, "evil.png", "image/png")),
    );
    expect(result.ok).toBe(true);
    const file = await served((await getSiteSettings()).logo!.src);
    expect(file.type).toBe("image/png");
    expect(file.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(file.bytes.toString("latin1")).not.toMatch(/script|alert|javascript|passwd/i);
  });

  it("an SVG declaring entities is refused, and so is a text file named .png; the logo stays as it was", async () => {
    const admin = await makeAccount("ADMIN");
    const before = (await getSiteSettings()).logo;
    const bomb = `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>&b;</text></svg>`;
    for (const [bytes, name] of [
      [bomb, "bomb.svg"],
      ["<?php system($_GET['c']); ?>", "fake.png"],
    ] as const) {
      const result = await asViewer(admin, () => uploadBrandImageAction(uploadForm("logo", bytes, name, "image/png")));
      expect(result).toMatchObject({
        ok: false,
        error: { code: "validation", fieldErrors: { file: ["That file is not an SVG, PNG, JPEG or WebP image."] } },
      });
    }
    expect((await getSiteSettings()).logo).toEqual(before);
  });

  it("a PNG header on a body that is not a PNG is refused as unreadable", async () => {
    const admin = await makeAccount("ADMIN");
    const fake = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.from("not really an image"),
    ]);
    const result = await asViewer(admin, () =>
      uploadBrandImageAction(uploadForm("logo", fake, "logo.png", "image/png")),
    );
    expect(result).toMatchObject({
      ok: false,
      error: { fieldErrors: { file: [expect.stringMatching(/could not be read/)] } },
    });
  });

  it("a file over 2 MB is refused with the limit named", async () => {
    const admin = await makeAccount("ADMIN");
    const big = Buffer.concat([await png(10, 10), Buffer.alloc(2 * 1024 * 1024)]);
    const result = await asViewer(admin, () => uploadBrandImageAction(uploadForm("logo", big, "big.png")));
    expect(result).toMatchObject({
      ok: false,
      error: { fieldErrors: { file: [expect.stringMatching(/2 MB limit/)] } },
    });
  });

  it("replacing the logo removes the old file, and removing it goes back to the site name", async () => {
    const admin = await makeAccount("ADMIN");
    await asViewer(admin, () => uploadBrandImageAction(uploadForm("logo", LOGO_SVG, "a.svg")));
    const first = (await getSiteSettings()).logo!.src;
    const replaced = await asViewer(admin, () => uploadBrandImageAction(uploadForm("logo", Buffer.from([]), "x.png")));
    expect(replaced).toMatchObject({ ok: false, error: { fieldErrors: { file: ["Choose an image to upload."] } } });
    await asViewer(admin, async () => uploadBrandImageAction(uploadForm("logo", await png(300, 300), "square.png")));
    const second = (await getSiteSettings()).logo!;
    expect(second).toMatchObject({ width: 96, height: 96 });
    expect(await storedFiles()).not.toContain(first.slice("/media/".length));
    expect(await asViewer(admin, () => removeBrandImageAction({ kind: "logo" }))).toMatchObject({ ok: true });
    expect((await getSiteSettings()).logo).toBeNull();
    expect((await storedFiles()).filter((f) => f.startsWith("logo-"))).toEqual([]);
  });
});

describe("the favicon and the share image", () => {
  it("an SVG favicon becomes PNG icons of 32, 180, 192 and 512 pixels", async () => {
    const admin = await makeAccount("ADMIN");
    const square = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><circle cx="8" cy="8" r="7" fill="#0a5a9c"/></svg>`;
    expect(
      await asViewer(admin, () => uploadBrandImageAction(uploadForm("favicon", square, "icon.svg"))),
    ).toMatchObject({ ok: true });
    const { favicon } = await getSiteSettings();
    for (const size of [32, 180, 192, 512]) {
      const file = await served(`${favicon!.base}/${size}.png`);
      expect(file.type).toBe("image/png");
      expect(await sharp(file.bytes).metadata()).toMatchObject({ format: "png", width: size, height: size });
    }
  });

  it("a JPEG is not taken as a favicon", async () => {
    const admin = await makeAccount("ADMIN");
    const jpeg = await sharp({ create: { width: 64, height: 64, channels: 3, background: "#123456" } })
      .jpeg()
      .toBuffer();
    const result = await asViewer(admin, () => uploadBrandImageAction(uploadForm("favicon", jpeg, "icon.jpg")));
    expect(result).toMatchObject({
      ok: false,
      error: { fieldErrors: { file: ["That file is not a PNG or SVG image."] } },
    });
  });

  it("a share image is cropped to a 1200 × 630 JPEG without the upload's metadata", async () => {
    const admin = await makeAccount("ADMIN");
    const photo = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: "#336699" } })
      .withExif({ IFD0: { Artist: "Secret Photographer" } })
      .jpeg()
      .toBuffer();
    expect(
      await asViewer(admin, () => uploadBrandImageAction(uploadForm("socialImage", photo, "share.jpg"))),
    ).toMatchObject({ ok: true });
    const { socialImage } = await getSiteSettings();
    const file = await served(socialImage!.src);
    expect(file.type).toBe("image/jpeg");
    const metadata = await sharp(file.bytes).metadata();
    expect(metadata).toMatchObject({ format: "jpeg", width: 1200, height: 630 });
    expect(metadata.exif).toBeUndefined();
  });
});

describe("the accent colour", () => {
  it("a colour under 4.5:1 against white is refused with the measured ratio, and nothing is stored", async () => {
    const admin = await makeAccount("ADMIN");
    const before = await db.siteSetting.findUnique({ where: { key: "accentColor" } });
    const form = new FormData();
    form.append("accentColor", "#777777");
    const result = await asViewer(admin, () => setAccentColorAction(form));
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: "validation",
        fieldErrors: { accentColor: ["4.47:1 — needs at least 4.5:1 against white; try a darker shade."] },
      },
    });
    expect(await db.siteSetting.findUnique({ where: { key: "accentColor" } })).toEqual(before);
  });

  it("a passing colour is stored in lower case, audited, and read back; empty restores the default", async () => {
    const admin = await makeAccount("ADMIN");
    expect(await asViewer(admin, () => setAccentColorAction({ accentColor: "#8A1538" }))).toMatchObject({ ok: true });
    expect((await db.siteSetting.findUniqueOrThrow({ where: { key: "accentColor" } })).value).toBe("#8a1538");
    expect((await getSiteSettings()).accentColor).toBe("#8a1538");
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "settings.branding", actorId: admin.viewer.id },
    });
    expect(audit.data).toEqual({ changed: "accentColor", from: null, to: "#8a1538" });
    expect(await asViewer(admin, () => setAccentColorAction({ accentColor: "" }))).toMatchObject({ ok: true });
    expect((await getSiteSettings()).accentColor).toBeNull();
  });

  it("the general settings form cannot set branding keys", async () => {
    const { updateSettingsAction } = await import("../../lib/settings/actions");
    const admin = await makeAccount("ADMIN");
    const before = await db.siteSetting.findMany({ orderBy: { key: "asc" } });
    const result = await asViewer(admin, () =>
      updateSettingsAction({ accentColor: "#ffff00", logo: "/media/x" } as never),
    );
    expect(result).toEqual({ ok: true, data: { changed: [] } });
    expect(await db.siteSetting.findMany({ orderBy: { key: "asc" } })).toEqual(before);
  });
});

describe("who may change the branding", () => {
  const refused: (Role | null)[] = ["EDITOR", "AUTHOR", "MODERATOR", null];
  for (const role of refused) {
    it(`${role ?? "an anonymous visitor"} may not upload, remove or recolour, and nothing changes`, async () => {
      const account: TestAccount | null = role ? await makeAccount(role) : null;
      const snapshot = () =>
        Promise.all([db.siteSetting.findMany({ orderBy: { key: "asc" } }), db.auditLog.count(), storedFiles()]);
      const before = await snapshot();
      const code = role ? "forbidden" : "unauthenticated";
      expect(
        await asViewer(account, () => uploadBrandImageAction(uploadForm("logo", LOGO_SVG, "logo.svg"))),
      ).toMatchObject({ ok: false, error: { code } });
      expect(await asViewer(account, () => removeBrandImageAction({ kind: "favicon" }))).toMatchObject({
        ok: false,
        error: { code },
      });
      expect(await asViewer(account, () => setAccentColorAction({ accentColor: "#000000" }))).toMatchObject({
        ok: false,
        error: { code },
      });
      expect(await snapshot()).toEqual(before);
    });
  }
});

describe("share images of SVG heroes", () => {
  it("a shipped SVG hero is drawn once as a 1200 × 630 PNG and kept under the data folder", async () => {
    const first = await sharePngFor(["posts", "living-with-the-river-mell.png"]);
    expect(await sharp(first!).metadata()).toMatchObject({ format: "png", width: 1200, height: 630 });
    expect(await readdir(path.join(dataDir, "share-images"))).toEqual([expect.stringMatching(/^[0-9a-f]{64}\.png$/)]);
    expect(await sharePngFor(["posts", "living-with-the-river-mell.png"])).toEqual(first);
  });

  it("has nothing for a hero that does not exist or a path out of public/images", async () => {
    expect(await sharePngFor(["posts", "no-such-hero.png"])).toBeNull();
    expect(await sharePngFor(["..", "..", "package.png"])).toBeNull();
  });
});
