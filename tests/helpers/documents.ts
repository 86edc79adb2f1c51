import { strToU8, zipSync, type Zippable } from "fflate";

// Small but real documents for the media tests: a PDF with a valid cross-
// reference table, and Office Open XML packages zipped by fflate (not by our
// own reader's author), so a blind spot in lib/media/zip.ts cannot hide in both.

/** A one-page PDF that PDF readers open. */
export function minimalPdf(): Buffer {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("");
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

function contentTypes(overrides: Record<string, string>): string {
  const parts = Object.entries(overrides)
    .map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`)
    .join("");
  return (
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    `<Default Extension="xml" ContentType="application/xml"/>${parts}</Types>`
  );
}

const rels = (target: string) =>
  `${XML}<Relationships xmlns="${PACKAGE_RELS}"><Relationship Id="rId1" Type="${OFFICE_DOCUMENT}" Target="${target}"/></Relationships>`;

const zip = (files: Record<string, string | Uint8Array>): Buffer =>
  Buffer.from(
    zipSync(
      Object.fromEntries(
        Object.entries(files).map(([name, content]) => [
          name,
          typeof content === "string" ? strToU8(content) : content,
        ]),
      ) as Zippable,
    ),
  );

export const WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
export const WORD_MACRO_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml";
const SHEET_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
const WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

/** A Word document with one paragraph; `extra` adds or replaces members. */
export function minimalDocx({
  mainType = WORD_MAIN,
  extra = {},
}: { mainType?: string; extra?: Record<string, string | Uint8Array> } = {}): Buffer {
  return zip({
    "[Content_Types].xml": contentTypes({ "/word/document.xml": mainType }),
    "_rels/.rels": rels("word/document.xml"),
    "word/document.xml":
      `${XML}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
      "<w:body><w:p><w:r><w:t>Annual report</w:t></w:r></w:p></w:body></w:document>",
    ...extra,
  });
}

/** A workbook with one sheet holding one number. */
export function minimalXlsx({ extra = {} }: { extra?: Record<string, string | Uint8Array> } = {}): Buffer {
  const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  return zip({
    "[Content_Types].xml": contentTypes({ "/xl/workbook.xml": SHEET_MAIN, "/xl/worksheets/sheet1.xml": WORKSHEET }),
    "_rels/.rels": rels("xl/workbook.xml"),
    "xl/workbook.xml":
      `${XML}<workbook xmlns="${main}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
      '<sheets><sheet name="Rents" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels":
      `${XML}<Relationships xmlns="${PACKAGE_RELS}"><Relationship Id="rId1" ` +
      'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    "xl/worksheets/sheet1.xml": `${XML}<worksheet xmlns="${main}"><sheetData><row r="1"><c r="A1"><v>42</v></c></row></sheetData></worksheet>`,
    ...extra,
  });
}

/** Any ZIP: for a package that is not an Office document at all. */
export const plainZip = (files: Record<string, string>) => zip(files);

export const VBA_PROJECT = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
