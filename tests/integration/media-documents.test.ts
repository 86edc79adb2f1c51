import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { POST as uploadRoute } from "../../app/api/media/route";
import { db } from "../../lib/db";
import { env } from "../../lib/env";
import { ValidationError } from "../../lib/errors";
import { deleteMedia, uploadMedia } from "../../lib/media/data/mutations";
import { listMedia } from "../../lib/media/data/queries";
import type { MediaDTO } from "../../lib/media/dto";
import { serveStoredFile } from "../../lib/media/serve";
import { savePostAction } from "../../lib/posts/actions";
import { getEditablePost } from "../../lib/posts/data/editable";
import { minimalDocx, minimalPdf, minimalXlsx, VBA_PROJECT, WORD_MACRO_MAIN } from "../helpers/documents";
import { fieldsOf, postOwnedBy } from "../helpers/post-editor";
import { asViewer, makeAccount, type TestAccount } from "../helpers/sign-in-as";

// Uploads go to a folder of this test file's own, read by lib/env on first use.
const dataDir = await mkdtemp(path.join(tmpdir(), "masthead-documents-"));
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

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const CSV_TEXT = "Street,Homes,Average rent\nElm Court,24,£118.50\n";

const DOCUMENTS = [
  {
    name: "Annual Report 2026.pdf",
    bytes: minimalPdf,
    type: "application/pdf",
    label: "PDF",
    stored: "annual-report-2026.pdf",
    served: "application/pdf",
    disposition: "inline",
  },
  {
    name: "Tenant letter.docx",
    bytes: () => minimalDocx(),
    type: DOCX,
    label: "DOCX",
    stored: "tenant-letter.docx",
    served: DOCX,
    disposition: "attachment",
  },
  {
    name: "rents.xlsx",
    bytes: () => minimalXlsx(),
    type: XLSX,
    label: "XLSX",
    stored: "rents.xlsx",
    served: XLSX,
    disposition: "attachment",
  },
  {
    name: "rents.csv",
    bytes: () => Buffer.from(CSV_TEXT),
    type: "text/csv",
    label: "CSV",
    stored: "rents.csv",
    served: "text/csv; charset=utf-8",
    disposition: "attachment",
  },
] as const;

async function refusal(promise: Promise<unknown>): Promise<ValidationError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return error as ValidationError;
}

async function uploadDocument(account: TestAccount, name: string, bytes: Buffer): Promise<MediaDTO> {
  return uploadMedia(account.viewer, { name, bytes, declaredType: "application/octet-stream" });
}

describe("uploading a document", () => {
  it.each(DOCUMENTS)("stores a real $label under its own name and serves it back byte for byte", async (doc) => {
    const author = await makeAccount("AUTHOR");
    const bytes = doc.bytes();
    const media = await uploadDocument(author, doc.name, bytes);

    expect(media).toMatchObject({
      kind: "document",
      typeLabel: doc.label,
      mimeType: doc.type,
      bytes: bytes.length,
      originalName: doc.name,
      url: `/media/${media.id}/${doc.stored}`,
      srcset: "",
    });
    expect(await db.media.findUniqueOrThrow({ where: { id: media.id } })).toMatchObject({
      kind: "DOCUMENT",
      mimeType: doc.type,
      uploadedById: author.viewer.id,
    });
    expect(await readdir(path.join(uploadsDir, media.id))).toEqual([doc.stored]);

    const response = await serveStoredFile([media.id, doc.stored]);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(doc.served);
    expect(response.headers.get("content-disposition")).toBe(`${doc.disposition}; filename="${doc.stored}"`);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it("accepts a PDF through the upload endpoint and answers 201 with the document", async () => {
    const author = await makeAccount("AUTHOR");
    const form = new FormData();
    form.set("file", new File([new Uint8Array(minimalPdf())], "annual-report.pdf", { type: "application/pdf" }));
    const request = new Request("http://localhost/api/media", {
      method: "POST",
      body: form,
      headers: { origin: new URL(env().SITE_URL).origin },
    });
    const response = await asViewer(author, () => uploadRoute(request));
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ kind: "document", typeLabel: "PDF" });
  });

  it("records the detected type in the audit log", async () => {
    const author = await makeAccount("AUTHOR");
    const media = await uploadDocument(author, "rents.xlsx", minimalXlsx());
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "media.upload", subjectId: media.id } });
    expect(entry.data).toMatchObject({ detectedType: XLSX, declaredType: "application/octet-stream" });
  });
});

describe("refusing documents", () => {
  it.each([
    ["a macro-enabled .docm", "letter.docm", () => minimalDocx({ mainType: WORD_MACRO_MAIN }), /macros/],
    [
      "a .docx whose content type is macro-enabled",
      "letter.docx",
      () => minimalDocx({ mainType: WORD_MACRO_MAIN }),
      /macros/,
    ],
    [
      "a .docx carrying a VBA project",
      "letter.docx",
      () => minimalDocx({ extra: { "word/vbaProject.bin": VBA_PROJECT } }),
      /macros/,
    ],
    ["an .xlsm", "rents.xlsm", () => minimalXlsx({ extra: { "xl/vbaProject.bin": VBA_PROJECT } }), /macros/],
    ["a PDF named .docx", "letter.docx", minimalPdf, /not a real DOCX file/],
    ["a workbook named .pdf", "report.pdf", () => minimalXlsx(), /not a real PDF file/],
    [
      "a Windows program named .pdf",
      "report.pdf",
      () => Buffer.concat([Buffer.from("MZ"), Buffer.alloc(256)]),
      /Programs and scripts/,
    ],
    ["a shell script named .csv", "rents.csv", () => Buffer.from("#!/bin/sh\necho hi\n"), /Programs and scripts/],
    ["a CSV with NUL bytes", "rents.csv", () => Buffer.from([0x61, 0x2c, 0x00, 0x62]), /not plain UTF-8 text/],
    ["an .exe", "setup.exe", () => Buffer.from("just bytes"), /not an image .* or a document/],
  ])("refuses %s with a clear message, storing nothing", async (_case, name, make, message) => {
    const author = await makeAccount("AUTHOR");
    const foldersBefore = await readdir(uploadsDir).catch(() => []);
    const error = await refusal(uploadDocument(author, name, make()));
    expect(error.message).toMatch(message);
    expect(error.fieldErrors.file).toEqual([error.message]);
    expect(await db.media.count({ where: { uploadedById: author.viewer.id } })).toBe(0);
    expect(await readdir(uploadsDir).catch(() => [])).toEqual(foldersBefore);
  });

  it("refuses a document over the size limit from the settings, naming the limit", async () => {
    await setMaxUploadMegabytes(1);
    const author = await makeAccount("AUTHOR");
    const big = Buffer.concat([minimalPdf(), Buffer.alloc(1024 * 1024, 0x20)]);
    const error = await refusal(uploadDocument(author, "big.pdf", big));
    expect(error.message).toBe("The file is larger than the 1 MB limit.");
    expect(await db.media.count({ where: { uploadedById: author.viewer.id } })).toBe(0);
  });

  it("a reader cannot upload a document", async () => {
    const reader = await makeAccount("READER");
    await expect(uploadDocument(reader, "report.pdf", minimalPdf())).rejects.toThrow();
    expect(await db.media.count({ where: { uploadedById: reader.viewer.id } })).toBe(0);
  });
});

describe("documents in the library", () => {
  it("are listed with their type and size, and left out where only images fit", async () => {
    const editor = await makeAccount("EDITOR");
    const pdf = await uploadDocument(editor, "listed-report.pdf", minimalPdf());
    const image = await uploadMedia(editor.viewer, {
      name: "listed-photo.png",
      bytes: await sharp({ create: { width: 40, height: 30, channels: 3, background: "#357" } })
        .png()
        .toBuffer(),
      declaredType: "image/png",
    });
    const everything = await listMedia(editor.viewer, { q: "listed", page: 1 });
    expect(everything.items.map((i) => [i.id, i.kind, i.typeLabel])).toEqual([
      [image.id, "image", "PNG"],
      [pdf.id, "document", "PDF"],
    ]);
    expect(everything.items[1]!.bytes).toBe(minimalPdf().length);
    const images = await listMedia(editor.viewer, { q: "listed", page: 1, kind: "image" });
    expect(images.items.map((i) => i.id)).toEqual([image.id]);
  });

  it("cannot be a post's hero, and the post keeps its old fields", async () => {
    const author = await makeAccount("AUTHOR", { withContributor: true });
    const pdf = await uploadDocument(author, "hero.pdf", minimalPdf());
    const post = await postOwnedBy(author);
    const editable = (await getEditablePost(author.viewer, post.id))!;
    const hero = { mediaId: pdf.id, url: pdf.url, alt: "A report", caption: "", credit: "" };
    const result = await asViewer(author, () =>
      savePostAction({
        postId: post.id,
        version: editable.version,
        autosave: false,
        fields: fieldsOf(editable, { hero }),
      }),
    );
    expect(result).toMatchObject({
      ok: false,
      error: { fieldErrors: { "fields.hero.mediaId": ["The hero must be an image; that is a document."] } },
    });
    expect(await db.post.findUniqueOrThrow({ where: { id: post.id } })).toMatchObject({ heroMediaId: null });
  });

  it("linked from a post's body cannot be deleted, and the refusal calls it a document", async () => {
    const author = await makeAccount("AUTHOR", { withContributor: true });
    const pdf = await uploadDocument(author, "in-use.pdf", minimalPdf());
    const post = await postOwnedBy(author);
    const editable = (await getEditablePost(author.viewer, post.id))!;
    const body = `Read [the report (PDF, 1 KB)](${pdf.url}).`;
    const saved = await asViewer(author, () =>
      savePostAction({
        postId: post.id,
        version: editable.version,
        autosave: false,
        fields: fieldsOf(editable, { body }),
      }),
    );
    expect(saved.ok).toBe(true);
    const error = await refusal(deleteMedia(author.viewer, pdf.id));
    expect(error.message).toMatch(/^This document is used by a post: /);
    expect(await db.media.count({ where: { id: pdf.id } })).toBe(1);
    expect(await readdir(path.join(uploadsDir, pdf.id))).toEqual(["in-use.pdf"]);
  });
});
