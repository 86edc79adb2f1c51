import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { parse, serialize, type DefaultTreeAdapterMap } from "parse5";
import { toAsciiHtml } from "@/lib/page-cache/ascii-html";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

const ASCII_ONLY = /^[\x00-\x7f]*$/;

function elements(node: Node, name: string, found: Element[] = []): Element[] {
  if ("tagName" in node && node.tagName === name) found.push(node);
  const children = "content" in node ? node.content.childNodes : "childNodes" in node ? node.childNodes : [];
  for (const child of children) elements(child, name, found);
  return found;
}

const scriptText = (script: Element) => script.childNodes.map((n) => ("value" in n ? n.value : "")).join("");

/** What React, Next's inline payload and our pages put in a cached document. */
const page = [
  '<!DOCTYPE html><html lang="nl-NL"><head><meta charSet="utf-8"/>',
  "<title>Wonen aan de rivier · Riverside’s blog</title>",
  '<meta property="og:image:alt" content="Een reiger – bij dageraad"/>',
  '<script type="application/ld+json">{"headline":"Café’s en dijken 🌊"}</script>',
  "</head><body><h1>It’s “high water” — again</h1>",
  '<p title="Zeeën &amp; rivieren">Één keer per jaar… 😀<sup><a href="#fn-1">↩</a></sup></p>',
  '<pre><code>const arrow = "→";</code></pre>',
  "<textarea>Geëmigreerd</textarea>",
  "<svg><text>℃</text></svg>",
  '<script>(self.__next_f=self.__next_f||[]).push([1,"7:T1c,It’s “high water” 🌊\\n"])</script>',
  "</body></html>",
].join("");

describe("cached pages as ASCII HTML", () => {
  it("spells every character beyond ASCII as an escape", () => {
    const ascii = toAsciiHtml(page)!;
    expect(ascii).toMatch(ASCII_ONLY);
    expect(ascii).toContain("It&#x2019;s &#x201C;high water&#x201D;");
    expect(ascii).toContain("&#x1F600;");
  });

  it("leaves the document a browser builds unchanged, text, attributes and code included", () => {
    const withoutScripts = (html: string) => {
      const document = parse(html);
      for (const script of elements(document, "script")) script.childNodes = [];
      return serialize(document);
    };
    expect(withoutScripts(toAsciiHtml(page)!)).toBe(withoutScripts(page));
  });

  it("keeps inline scripts meaning the same: the page payload and the JSON-LD", () => {
    const scripts = (html: string) => elements(parse(html), "script").map(scriptText);
    const [jsonLd, payload] = scripts(toAsciiHtml(page)!);
    const [originalJsonLd, originalPayload] = scripts(page);

    expect(JSON.parse(jsonLd!)).toEqual(JSON.parse(originalJsonLd!));
    const pushed = (source: string) => {
      const self: { __next_f?: unknown[] } = {};
      vm.runInNewContext(source, { self });
      return self.__next_f;
    };
    expect(pushed(payload!)).toEqual(pushed(originalPayload!));
    expect(payload).toContain("\\u2019");
  });

  it("writes CSS escapes inside style elements", () => {
    const ascii = toAsciiHtml('<style>.note::before{content:"→ "}</style><p>→</p>')!;
    expect(ascii).toBe('<style>.note::before{content:"\\002192 "}</style><p>&#x2192;</p>');
  });

  it("turns a document that is already ASCII into the same text", () => {
    const html = "<!DOCTYPE html><html><body><p>Plain &amp; simple</p></body></html>";
    expect(toAsciiHtml(html)).toBe(html);
  });

  it("declines raw-text elements that no escape can express", () => {
    expect(toAsciiHtml("<xmp>é</xmp>")).toBeNull();
    expect(toAsciiHtml("<noembed>é</noembed>")).toBeNull();
  });
});
