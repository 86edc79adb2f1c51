import { createServer, type Server } from "node:http";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describePageWeight, measurePageWeight, scriptUrls } from "../../scripts/lib/bench/page-weight";

describe("the scripts a page loads", () => {
  it("are its same-origin script sources and script preloads, each once, in order", () => {
    const html = [
      '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>',
      '<link rel="stylesheet" href="/_next/static/chunks/site.css"/>',
      '<link rel="preload" href="/images/hero.svg" as="image"/>',
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      '<script src="/_next/static/chunks/b.js?v=1&amp;x=2" async=""></script>',
      '<script src="https://cdn.example.org/other.js"></script>',
      '<script>self.__next_f.push([1,"src=\\"/nope.js\\""])</script>',
    ].join("");
    expect(scriptUrls(html)).toEqual(["/_next/static/chunks/a.js", "/_next/static/chunks/b.js?v=1&x=2"]);
  });
});

describe("measuring a page's weight over HTTP", () => {
  const script = "console.log('x');".repeat(200);
  const html = `<!DOCTYPE html><html><head><script src="/one.js" async></script></head><body>${"<p>Words</p>".repeat(100)}<script src="/two.js"></script></body></html>`;
  let server: Server;
  let baseUrl = "";

  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === "/article") return res.end(html);
      if (req.url === "/one.js" || req.url === "/two.js") return res.end(script);
      res.statusCode = 404;
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    baseUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("adds up the HTML and every script it loads, raw and gzipped", async () => {
    const weight = await measurePageWeight(baseUrl, "/article");
    expect(weight).toEqual({
      path: "/article",
      htmlBytes: Buffer.byteLength(html),
      htmlGzipBytes: gzipSync(html).length,
      scripts: 2,
      scriptBytes: 2 * Buffer.byteLength(script),
      scriptGzipBytes: 2 * gzipSync(script).length,
    });
    expect(describePageWeight(weight)).toMatch(
      /^Weight of `\/article`: HTML 1\.\d KB \(0\.\d KB gzipped\); JavaScript 2 files, 6\.6 KB \(0\.\d KB gzipped\)\.$/,
    );
  });

  it("fails with the URL when a script is missing", async () => {
    server.removeAllListeners("request");
    server.on("request", (req, res) => {
      if (req.url === "/article") return res.end(html);
      res.statusCode = 404;
      res.end();
    });
    await expect(measurePageWeight(baseUrl, "/article")).rejects.toThrow(`${baseUrl}/one.js answered 404`);
  });
});
