import { describe, expect, it } from "vitest";
import { dispositionForStoredFile, mimeTypeForStoredFile, sniffDocument, sniffImageType } from "../../lib/media/sniff";
import { storedDocumentName } from "../../lib/media/prepare-upload";
import { documentTitle, insertDocumentLink } from "../../components/admin/editor/markdown-snippets";
import { minimalDocx, minimalPdf, minimalXlsx, plainZip, VBA_PROJECT, WORD_MACRO_MAIN } from "../helpers/documents";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const text = (value: string) => Buffer.from(value, "utf8");

describe("sniffing a document from its bytes", () => {
  it("recognises a real PDF, DOCX, XLSX and CSV named as what they are", () => {
    expect(sniffDocument(minimalPdf(), "Annual report.pdf")).toEqual({ type: "application/pdf" });
    expect(sniffDocument(minimalDocx(), "letter.DOCX")).toEqual({ type: DOCX });
    expect(sniffDocument(minimalXlsx(), "rents.xlsx")).toEqual({ type: XLSX });
    expect(sniffDocument(text("\uFEFFstreet,rent\nElm Court,£120\n"), "rents.csv")).toEqual({ type: "text/csv" });
  });

  it("never takes a document for an image", () => {
    for (const bytes of [minimalPdf(), minimalDocx(), minimalXlsx()]) expect(sniffImageType(bytes)).toBeNull();
  });

  it("refuses bytes that do not match the type the name claims", () => {
    expect(sniffDocument(minimalPdf(), "letter.docx")).toEqual({ refused: "mismatch", claimed: "DOCX" });
    expect(sniffDocument(minimalDocx(), "rents.xlsx")).toEqual({ refused: "mismatch", claimed: "XLSX" });
    expect(sniffDocument(minimalXlsx(), "report.pdf")).toEqual({ refused: "mismatch", claimed: "PDF" });
    expect(sniffDocument(plainZip({ "readme.txt": "hello" }), "letter.docx")).toEqual({
      refused: "mismatch",
      claimed: "DOCX",
    });
    expect(sniffDocument(text("<html><script>alert(1)</script>"), "report.pdf")).toEqual({
      refused: "mismatch",
      claimed: "PDF",
    });
  });

  it("refuses a CSV that is not UTF-8 text: NUL bytes or invalid sequences", () => {
    expect(sniffDocument(Buffer.from([0x61, 0x2c, 0x00, 0x62]), "data.csv")).toEqual({ refused: "notText" });
    expect(sniffDocument(Buffer.from([0x61, 0x2c, 0xe9, 0x0a]), "latin1.csv")).toEqual({ refused: "notText" });
    expect(sniffDocument(minimalXlsx(), "rents.csv")).toEqual({ refused: "notText" });
  });

  it("refuses macro-enabled files by name, by content type and by a VBA project inside", () => {
    expect(sniffDocument(minimalDocx(), "letter.docm")).toEqual({ refused: "macros" });
    expect(sniffDocument(minimalXlsx(), "rents.xlsm")).toEqual({ refused: "macros" });
    expect(sniffDocument(minimalDocx({ mainType: WORD_MACRO_MAIN }), "letter.docx")).toEqual({ refused: "macros" });
    expect(sniffDocument(minimalDocx({ extra: { "word/vbaProject.bin": VBA_PROJECT } }), "letter.docx")).toEqual({
      refused: "macros",
    });
    expect(sniffDocument(minimalXlsx({ extra: { "xl/vbaProject.bin": VBA_PROJECT } }), "rents.xlsx")).toEqual({
      refused: "macros",
    });
  });

  it("refuses programs and scripts whatever they are called", () => {
    const programs = [
      Buffer.concat([text("MZ"), Buffer.alloc(64)]),
      Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]),
      Buffer.from([0xcf, 0xfa, 0xed, 0xfe, 7, 0, 0, 1]),
      text("#!/bin/sh\nrm -rf /\n"),
    ];
    for (const bytes of programs) {
      for (const name of ["report.pdf", "data.csv", "setup.exe"]) {
        expect(sniffDocument(bytes, name)).toEqual({ refused: "executable" });
      }
    }
  });

  it("names what it does not take: other extensions, and images that are not images", () => {
    expect(sniffDocument(minimalPdf(), "report")).toEqual({ refused: "notAccepted" });
    expect(sniffDocument(text("hello"), "notes.txt")).toEqual({ refused: "notAccepted" });
    expect(sniffDocument(text("<?php echo 1; ?>"), "photo.jpg")).toEqual({ refused: "notAnImage" });
  });

  it("calls a truncated Office file unreadable instead of guessing", () => {
    const docx = minimalDocx();
    expect(sniffDocument(docx.subarray(0, docx.length - 30), "letter.docx")).toEqual({ refused: "unreadable" });
  });
});

describe("serving stored documents", () => {
  it("gives each stored extension its content type, and CSV a charset", () => {
    expect(mimeTypeForStoredFile("annual-report.pdf")).toBe("application/pdf");
    expect(mimeTypeForStoredFile("letter.docx")).toBe(DOCX);
    expect(mimeTypeForStoredFile("rents.xlsx")).toBe(XLSX);
    expect(mimeTypeForStoredFile("rents.csv")).toBe("text/csv; charset=utf-8");
    expect(mimeTypeForStoredFile("original.jpg")).toBe("image/jpeg");
    expect(mimeTypeForStoredFile("setup.exe")).toBeNull();
  });

  it("downloads Word, Excel and CSV files, shows PDFs inline, and sets nothing on images", () => {
    expect(dispositionForStoredFile("annual-report.pdf")).toBe("inline");
    expect(dispositionForStoredFile("letter.docx")).toBe("attachment");
    expect(dispositionForStoredFile("rents.xlsx")).toBe("attachment");
    expect(dispositionForStoredFile("rents.csv")).toBe("attachment");
    expect(dispositionForStoredFile("960.webp")).toBeNull();
  });

  it("stores a document under a URL-safe version of its own name", () => {
    expect(storedDocumentName("Annual Report 2026 (final).pdf", "application/pdf")).toBe(
      "annual-report-2026-final.pdf",
    );
    expect(storedDocumentName("Huurverhoging één.XLSX", XLSX)).toBe("huurverhoging-een.xlsx");
    expect(storedDocumentName("“”.csv", "text/csv")).toBe("document.csv");
    expect(storedDocumentName(`${"a".repeat(200)}.pdf`, "application/pdf")).toMatch(/^a{60}\.pdf$/);
  });
});

describe("linking a document from the editor", () => {
  it("inserts a link saying the document's type and size", () => {
    const edit = insertDocumentLink("See: ", 5, 5, {
      url: "/media/m1/annual-report.pdf",
      originalName: "annual-report.pdf",
      typeLabel: "PDF",
      bytes: 2.3 * 1024 * 1024,
    });
    expect(edit.text).toBe("See: [Annual report (PDF, 2.3 MB)](/media/m1/annual-report.pdf)");
    expect(edit.selectionStart).toBe(edit.text.length);
  });

  it("uses the selected words as the link's words, escaping brackets", () => {
    const edit = insertDocumentLink("the [rents] table", 4, 11, {
      url: "/media/m2/rents.csv",
      originalName: "rents.csv",
      typeLabel: "CSV",
      bytes: 2048,
    });
    expect(edit.text).toBe("the [\\[rents\\] (CSV, 2 KB)](/media/m2/rents.csv) table");
  });

  it("makes words of a file name", () => {
    expect(documentTitle("annual-report_2026.pdf")).toBe("Annual report 2026");
    expect(documentTitle(".pdf")).toBe("Document");
  });
});
