import { SaxesParser, type SaxesOptions, type SaxesTagPlain } from "saxes";
import { ValidationError } from "../../errors";
import { streamRecords } from "../xml-stream";

// Reads a WordPress eXtended RSS export (WXR 1.0–1.2) as a stream of records,
// one per author, category, tag and item, without ever holding the document
// (xml-stream.ts), so a 200 MB export needs one item's worth of memory, not
// 200 MB. Values come out as raw strings; wxr-records.ts checks and types them.

/** The export's namespaces by the prefix this module uses, whatever prefixes the file declares. */
const NAMESPACES: readonly [prefix: string, uri: RegExp][] = [
  ["wp", /^https?:\/\/wordpress\.org\/export\/1\.[0-9]\/?$/],
  ["excerpt", /^https?:\/\/wordpress\.org\/export\/1\.[0-9]\/excerpt\/?$/],
  ["content", /^https?:\/\/purl\.org\/rss\/1\.0\/modules\/content\/?$/],
  ["dc", /^https?:\/\/purl\.org\/dc\/elements\/1\.1\/?$/],
];

export type RawFields = Record<string, string>;

export interface RawCategoryRef {
  domain: string;
  nicename: string;
  name: string;
}

export interface RawItem {
  fields: RawFields;
  categories: RawCategoryRef[];
  meta: RawFields[];
  comments: RawFields[];
}

export type RawRecord =
  | { kind: "site"; fields: RawFields }
  | { kind: "author" | "category" | "tag"; fields: RawFields }
  | { kind: "item"; item: RawItem };

/** Channel children that are records of their own. */
const RECORDS: Record<string, "author" | "category" | "tag" | "item"> = {
  "wp:author": "author",
  "wp:category": "category",
  "wp:tag": "tag",
  item: "item",
};

/** The file is not a WordPress export, or not well-formed XML. */
export class WxrError extends ValidationError {
  constructor(message: string) {
    super(message, { file: [message] });
  }
}

class WxrParser {
  private readonly parser = new SaxesParser<SaxesOptions & { xmlns: false }>({ xmlns: false, position: true });
  private readonly ready: RawRecord[] = [];
  private prefixes = new Map<string, string>();
  private path: string[] = [];
  private text = "";
  private site: RawFields = {};
  private siteSent = false;
  private record: { kind: "author" | "category" | "tag"; fields: RawFields } | null = null;
  private item: RawItem | null = null;
  private nested: RawFields | null = null;
  private category: { domain: string; nicename: string } | null = null;

  constructor() {
    this.parser.on("opentag", (tag) => this.open(tag));
    this.parser.on("closetag", (tag) => this.close(tag.name));
    this.parser.on("text", (text) => (this.text += text));
    this.parser.on("cdata", (text) => (this.text += text));
  }

  write(chunk: string): RawRecord[] {
    this.wrap(() => this.parser.write(chunk));
    return this.ready.splice(0);
  }

  end(): RawRecord[] {
    this.wrap(() => this.parser.close());
    if (!this.siteSent) throw new WxrError("This file is not a WordPress export: it has no channel.");
    return this.ready.splice(0);
  }

  private wrap(step: () => void): void {
    try {
      step();
    } catch (error) {
      if (error instanceof WxrError) throw error;
      throw new WxrError(`The export is not well-formed XML: ${(error as Error).message}`);
    }
  }

  /** The element's name with the prefix this module knows its namespace by. */
  private canonical(name: string): string {
    const colon = name.indexOf(":");
    if (colon < 0) return name;
    const prefix = this.prefixes.get(name.slice(0, colon));
    return prefix ? `${prefix}:${name.slice(colon + 1)}` : name;
  }

  private open(tag: SaxesTagPlain): void {
    if (this.path.length === 0) this.declareRoot(tag);
    const name = this.canonical(tag.name);
    this.path.push(name);
    this.text = "";
    const depth = this.path.length;
    if (depth === 3 && this.path[1] === "channel") this.startRecord(name);
    else if (this.item && depth === 4) {
      if (name === "wp:postmeta" || name === "wp:comment") this.nested = {};
      else if (name === "category") {
        this.category = {
          domain: String(tag.attributes.domain ?? ""),
          nicename: String(tag.attributes.nicename ?? ""),
        };
      }
    }
  }

  private declareRoot(tag: SaxesTagPlain): void {
    if (tag.name !== "rss") throw new WxrError("This file is not a WordPress export: its root element is not <rss>.");
    for (const [attribute, value] of Object.entries(tag.attributes)) {
      if (!attribute.startsWith("xmlns:")) continue;
      const known = NAMESPACES.find(([, uri]) => uri.test(String(value)));
      if (known) this.prefixes.set(attribute.slice("xmlns:".length), known[0]);
    }
    if (![...this.prefixes.values()].includes("wp"))
      throw new WxrError("This file is not a WordPress export: it does not declare the WordPress export namespace.");
  }

  private startRecord(name: string): void {
    const kind = RECORDS[name];
    if (!kind) return;
    this.sendSite();
    if (kind === "item") this.item = { fields: {}, categories: [], meta: [], comments: [] };
    else this.record = { kind, fields: {} };
  }

  /** The channel's own fields come before its first record; they are sent once, first. */
  private sendSite(): void {
    if (this.siteSent) return;
    this.siteSent = true;
    this.ready.push({ kind: "site", fields: this.site });
  }

  private close(rawName: string): void {
    const name = this.canonical(rawName);
    const depth = this.path.length;
    const text = this.text;
    this.text = "";
    this.path.pop();
    if (depth === 2 && name === "channel") this.sendSite();
    else if (depth === 3 && this.path[1] === "channel") this.endRecord(name, text);
    else if (depth === 4 && this.record) this.record.fields[name] = text;
    else if (depth === 4 && this.item) this.endItemField(name, text);
    else if (depth === 5 && this.item && this.nested) this.nested[name] = text;
  }

  private endRecord(name: string, text: string): void {
    if (this.item && name === "item") this.ready.push({ kind: "item", item: this.item });
    else if (this.record) this.ready.push(this.record);
    else if (!this.siteSent) this.site[name] = text;
    this.item = null;
    this.record = null;
  }

  private endItemField(name: string, text: string): void {
    const item = this.item!;
    if (name === "wp:postmeta" && this.nested) item.meta.push(this.nested);
    else if (name === "wp:comment" && this.nested) item.comments.push(this.nested);
    else if (name === "category" && this.category) item.categories.push({ ...this.category, name: text });
    else item.fields[name] = text;
    this.nested = null;
    this.category = null;
  }
}

/**
 * The export's records in document order: the site first, then authors,
 * terms and items as the file has them.
 */
export function readWxr(chunks: AsyncIterable<string | Buffer>): AsyncGenerator<RawRecord> {
  return streamRecords(chunks, new WxrParser());
}
