import { SaxesParser, type SaxesTagNS } from "saxes";
import { ValidationError } from "../../errors";
import { streamRecords } from "../xml-stream";

// Reads a Blogger export (an Atom feed, in the classic format or Google
// Takeout's) as a stream of records: the blog first, then one per <entry>,
// never holding the document (xml-stream.ts). Blogger writes posts, pages,
// comments, settings and the template all as entries. Namespaces are
// resolved by URI, so whatever prefixes a file declares (and classic exports
// declare app: on the element itself), names come out with the prefixes
// below. Values are raw strings; atom-records.ts checks and types them.

const ATOM = "http://www.w3.org/2005/Atom";

/** Known namespaces by the prefix this module uses; Atom's own elements have none. */
const NAMESPACES: readonly [prefix: string, uri: RegExp][] = [
  ["", /^http:\/\/www\.w3\.org\/2005\/Atom$/],
  ["blogger", /^http:\/\/schemas\.google\.com\/blogger\/20(?:08|18)$/],
  ["app", /^(?:http:\/\/purl\.org\/atom\/app#|http:\/\/www\.w3\.org\/2007\/app)$/],
  ["thr", /^http:\/\/purl\.org\/syndication\/thread\/1\.0$/],
  ["gd", /^http:\/\/schemas\.google\.com\/g\/2005$/],
];

export type RawFields = Record<string, string>;

export interface RawLink {
  rel: string;
  href: string;
  type: string;
}

export interface RawEntry {
  /** Text of the entry's children and grandchildren ("title", "blogger:status", "app:control/app:draft"). */
  fields: RawFields;
  /** The content element's type attribute ("html", "text"). */
  contentType: string;
  categories: { scheme: string; term: string }[];
  links: RawLink[];
  /** The first author's name, email, uri (and Takeout's blogger:type). */
  author: RawFields;
  /** The classic format's gd:extendedProperty name/value pairs (blogger.contentRemoved). */
  properties: RawFields;
  /** The classic format's thr:in-reply-to: ref names the post a comment is on. */
  inReplyTo: { ref: string; href: string } | null;
}

export type RawRecord = { kind: "blog"; fields: RawFields; links: RawLink[] } | { kind: "entry"; entry: RawEntry };

/** The file is not a Blogger export, or not well-formed XML. */
export class BloggerExportError extends ValidationError {
  constructor(message: string) {
    super(message, { file: [message] });
  }
}

function canonical(tag: { uri: string; local: string }): string {
  const known = NAMESPACES.find(([, uri]) => uri.test(tag.uri));
  if (!known) return `{${tag.uri}}${tag.local}`;
  return known[0] ? `${known[0]}:${tag.local}` : tag.local;
}

const attribute = (tag: SaxesTagNS, name: string) => tag.attributes[name]?.value ?? "";

class AtomParser {
  private readonly parser = new SaxesParser({ xmlns: true, position: true });
  private readonly ready: RawRecord[] = [];
  private path: string[] = [];
  private text = "";
  private blog: RawFields = {};
  private blogLinks: RawLink[] = [];
  private blogSent = false;
  private entry: RawEntry | null = null;
  private authors = 0;

  constructor() {
    this.parser.on("opentag", (tag) => this.open(tag));
    this.parser.on("closetag", () => this.close());
    this.parser.on("text", (text) => (this.text += text));
    this.parser.on("cdata", (text) => (this.text += text));
  }

  write(chunk: string): RawRecord[] {
    this.wrap(() => this.parser.write(chunk));
    return this.ready.splice(0);
  }

  end(): RawRecord[] {
    this.wrap(() => this.parser.close());
    // A blog with no entries at all still has its own fields to check.
    this.sendBlog();
    return this.ready.splice(0);
  }

  private wrap(step: () => void): void {
    try {
      step();
    } catch (error) {
      if (error instanceof BloggerExportError) throw error;
      throw new BloggerExportError(`The export is not well-formed XML: ${(error as Error).message}`);
    }
  }

  private open(tag: SaxesTagNS): void {
    const name = canonical(tag);
    if (this.path.length === 0 && (tag.uri !== ATOM || tag.local !== "feed")) {
      throw new BloggerExportError("This file is not a Blogger export: its root element is not an Atom <feed>.");
    }
    this.path.push(name);
    this.text = "";
    const depth = this.path.length;
    if (depth === 2 && name === "entry") {
      this.sendBlog();
      this.entry = {
        fields: {},
        contentType: "",
        categories: [],
        links: [],
        author: {},
        properties: {},
        inReplyTo: null,
      };
      this.authors = 0;
    } else if (depth === 2 && name === "link") {
      this.blogLinks.push(linkOf(tag));
    } else if (depth === 3 && this.entry) {
      this.openEntryChild(this.entry, name, tag);
    }
  }

  private openEntryChild(entry: RawEntry, name: string, tag: SaxesTagNS): void {
    if (name === "category") entry.categories.push({ scheme: attribute(tag, "scheme"), term: attribute(tag, "term") });
    else if (name === "link") entry.links.push(linkOf(tag));
    else if (name === "content") entry.contentType = attribute(tag, "type");
    else if (name === "author") this.authors++;
    else if (name === "gd:extendedProperty") entry.properties[attribute(tag, "name")] = attribute(tag, "value");
    else if (name === "thr:in-reply-to") entry.inReplyTo = { ref: attribute(tag, "ref"), href: attribute(tag, "href") };
  }

  private close(): void {
    const depth = this.path.length;
    const name = this.path.pop()!;
    const text = this.text;
    this.text = "";
    if (depth === 2 && name === "entry" && this.entry) {
      this.ready.push({ kind: "entry", entry: this.entry });
      this.entry = null;
    } else if (depth === 2 && !this.blogSent) {
      this.blog[name] = text;
    } else if (depth === 3 && this.entry) {
      this.entry.fields[name] = text;
    } else if (depth === 4 && this.entry) {
      const parent = this.path[2]!;
      // Only the first author signs: Blogger writes one, and a second would not say more.
      if (parent === "author" && this.authors === 1) this.entry.author[name] = text;
      else this.entry.fields[`${parent}/${name}`] = text;
    }
  }

  /** The feed's own fields come before its first entry; they are sent once, first. */
  private sendBlog(): void {
    if (this.blogSent) return;
    this.blogSent = true;
    this.ready.push({ kind: "blog", fields: this.blog, links: this.blogLinks });
  }
}

function linkOf(tag: SaxesTagNS): RawLink {
  return { rel: attribute(tag, "rel") || "alternate", href: attribute(tag, "href"), type: attribute(tag, "type") };
}

/** The export's records in document order: the blog first, then every entry as the file has them. */
export function readBloggerExport(chunks: AsyncIterable<string | Buffer>): AsyncGenerator<RawRecord> {
  return streamRecords(chunks, new AtomParser());
}
