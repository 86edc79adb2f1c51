import {
  createServer,
  request,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installSecureResponses, newNonce } from "@/lib/http/secure-responses";
import { securityHeaderOptions } from "@/lib/http/security-headers";

// The response patch on a real Node server, behind the very compression
// middleware `next start` wraps each response in: the nonce must be stamped
// before the body is compressed. (Patching ServerResponse is why this file
// runs in the isolated integration project.)

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
const compression = createRequire(import.meta.url)("next/dist/compiled/compression") as () => Middleware;

const placeholder = newNonce();
const page = `<!DOCTYPE html><html><head><script nonce="${placeholder}" src="/a.js"></script></head><body>${"<p>Text</p>".repeat(500)}<script nonce="${placeholder}">1</script><script>smuggled()</script></body></html>`;

const BOOTSTRAP = '<script src="/_next/static/chunks/abc.js" id="_R_" async=""></script>';

let server: Server;
let base: string;

beforeAll(async () => {
  installSecureResponses(securityHeaderOptions({ SITE_URL: "http://localhost" }), placeholder);
  const compress = compression();
  server = createServer((req, res) => {
    compress(req, res, () => {});
    if (req.url === "/cached") {
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.setHeader("Content-Length", Buffer.byteLength(page));
      res.end(page);
    } else if (req.url === "/streamed") {
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      const bytes = Buffer.from(page);
      // Cut inside the first placeholder, as a stream may.
      const cut = page.indexOf(placeholder) + 7;
      res.write(bytes.subarray(0, cut));
      res.end(bytes.subarray(cut));
    } else if (req.url === "/just-prerendered") {
      // As Next sends a page it has just prerendered for the cache: streamed, bootstrap without a nonce.
      res.setHeader("x-nextjs-cache", "MISS");
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      const bytes = Buffer.from(`${page}${BOOTSTRAP}`);
      const cut = bytes.length - 20;
      res.write(bytes.subarray(0, cut));
      res.end(bytes.subarray(cut));
    } else if (req.url === "/error-page") {
      res.writeHead(500, { "Content-Type": "text/html" });
      res.end("<p>Broken</p>");
    } else {
      res.setHeader("Content-Type", "application/xml");
      res.end("<rss/>");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** The bytes as sent: fetch would ask for and undo compression on its own. */
function raw(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    request(`${base}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on("error", reject)
      .end();
  });
}

const nonceOf = (headers: IncomingHttpHeaders) =>
  /'nonce-([^']+)'/.exec(String(headers["content-security-policy"] ?? ""))?.[1];

describe("responses of a server with the security patch", () => {
  it.each(["/cached", "/streamed"])("stamp the nonce of their policy over every placeholder in %s", async (path) => {
    const { headers, body } = await raw(path);
    const nonce = nonceOf(headers);
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{24}$/);
    expect(body.toString()).toBe(page.replaceAll(placeholder, nonce!));
  });

  it.each(["/cached", "/streamed"])(
    "stamp %s before compressing it, so the gzipped page carries the nonce",
    async (path) => {
      const { headers, body } = await raw(path, { "accept-encoding": "gzip" });
      expect(headers["content-encoding"]).toBe("gzip");
      expect(gunzipSync(body).toString()).toBe(page.replaceAll(placeholder, nonceOf(headers)!));
    },
  );

  it("give the bootstrap script of a page just prerendered the nonce, even when it came in chunks", async () => {
    const { headers, body } = await raw("/just-prerendered", { "accept-encoding": "gzip" });
    const nonce = nonceOf(headers)!;
    expect(gunzipSync(body).toString()).toBe(
      `${page.replaceAll(placeholder, nonce)}${BOOTSTRAP.replace("<script", `<script nonce="${nonce}"`)}`,
    );
  });

  it("give each response its own nonce", async () => {
    const responses = await Promise.all([raw("/cached"), raw("/cached"), raw("/streamed")]);
    expect(new Set(responses.map((r) => nonceOf(r.headers))).size).toBe(3);
  });

  it("keep the Content-Length a cached page was measured with", async () => {
    const { headers, body } = await raw("/cached");
    expect(Number(headers["content-length"])).toBe(body.length);
  });

  it("give an HTML page written in one writeHead a policy too", async () => {
    const { headers } = await raw("/error-page");
    expect(nonceOf(headers)).toBeDefined();
    expect(headers["x-content-type-options"]).toBe("nosniff");
  });

  it("give other responses the headers for every response and no page policy", async () => {
    const { headers, body } = await raw("/feed.xml");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["content-security-policy"]).toBeUndefined();
    expect(body.toString()).toBe("<rss/>");
  });
});
