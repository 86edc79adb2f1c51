// A minimal XML writer. Every text and attribute value goes through
// escapeXml; markup is only ever produced by el(). No CDATA: a value with
// "]]>" in it can't end a section early when there is no section.

// Characters XML 1.0 forbids even as references (most C0 controls, lone
// surrogates, U+FFFE/U+FFFF). One in a title would make the whole feed unreadable.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function escapeXml(value: string): string {
  return value
    .replace(NOT_XML_CHAR, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

export type XmlAttributes = Record<string, string | number | null | undefined>;
/** Serialized markup from el(), or nothing (skipped). */
export type XmlChild = string | null | undefined | false;

function attributes(attrs: XmlAttributes): string {
  return Object.entries(attrs)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join("");
}

/** An element whose children are already-serialized elements. */
export function el(name: string, attrs: XmlAttributes, children: XmlChild[] = []): string {
  const inner = children.filter((c): c is string => typeof c === "string" && c !== "");
  if (inner.length === 0) return `<${name}${attributes(attrs)}/>`;
  return `<${name}${attributes(attrs)}>\n${inner.join("\n")}\n</${name}>`;
}

/** An element holding text, escaped here. */
export function textEl(name: string, text: string, attrs: XmlAttributes = {}): string {
  return `<${name}${attributes(attrs)}>${escapeXml(text)}</${name}>`;
}

export function xmlDocument(root: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${root}\n`;
}
