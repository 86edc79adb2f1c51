import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendWebhook, type ResolvedAddress, type SendOptions } from "../../lib/webhooks/send";

// The one HTTP POST of a delivery, against a real server on 127.0.0.1 and a
// stand-in DNS: names are resolved once, every answer is checked, and the
// connection goes to the address that was checked (so a name that answers
// differently a moment later cannot redirect it). No redirects, a deadline,
// a cap on what is read.

let port = 0;
const seen: { url: string; host: string | undefined; headers: IncomingHttpHeaders }[] = [];
const server = createServer((req, res) => {
  seen.push({ url: req.url ?? "", host: req.headers.host, headers: req.headers });
  req.resume();
  if (req.url === "/redirect") return res.writeHead(302, { location: "http://127.0.0.1:1/elsewhere" }).end();
  if (req.url === "/slow") return void setTimeout(() => res.writeHead(204).end(), 2_000);
  if (req.url === "/huge") {
    res.writeHead(200, { "content-type": "text/plain" });
    const chunk = "x".repeat(64 * 1024);
    const pump = () => {
      while (res.write(chunk)) if (res.writableLength > 1024 * 1024) break;
    };
    pump();
    res.on("drain", pump);
    return;
  }
  res.writeHead(204).end();
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** A DNS that answers each name from a table, and counts the questions. */
function dns(table: Record<string, string[]>) {
  const asked: string[] = [];
  const resolve = async (name: string): Promise<ResolvedAddress[]> => {
    asked.push(name);
    const answers = table[name];
    if (!answers) throw new Error(`ENOTFOUND ${name}`);
    return answers.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
  };
  return { asked, resolve };
}

const options = (overrides: Partial<SendOptions> = {}): SendOptions => ({
  allowLoopback: true,
  timeoutMs: 5_000,
  maxResponseBytes: 64 * 1024,
  ...overrides,
});

const send = (url: string, opts: SendOptions) => sendWebhook(url, "{}", { "webhook-id": "msg_test" }, opts);

describe("sending one delivery", () => {
  it("connects to the address the name resolved to when it was checked, asking the DNS once", async () => {
    const resolver = dns({ "hooks.example.test": ["127.0.0.1"] });
    const result = await send(`http://hooks.example.test:${port}/in`, options({ resolve: resolver.resolve }));
    expect(result).toMatchObject({ statusCode: 204, error: null });
    expect(resolver.asked).toEqual(["hooks.example.test"]);
    // The name the receiver sees is the hook's own, though no real DNS knows it: the pinned address was used.
    expect(seen.at(-1)).toMatchObject({ url: "/in", host: `hooks.example.test:${port}` });
  });

  it("refuses a name with any private answer, without connecting", async () => {
    const before = seen.length;
    for (const answers of [["10.0.0.7"], ["93.184.216.34", "169.254.169.254"], ["::ffff:192.168.1.1"], ["fd00::5"]]) {
      const resolver = dns({ "rebind.example.test": answers });
      const result = await send(`http://rebind.example.test:${port}/in`, options({ resolve: resolver.resolve }));
      expect(result.statusCode).toBeNull();
      expect(result.error).toMatch(/^Refused: .*private, local or reserved/);
    }
    expect(seen.length).toBe(before);
  });

  it("refuses this machine unless loopback is allowed, whether named or written as an address", async () => {
    const before = seen.length;
    const resolver = dns({ "me.example.test": ["127.0.0.1"] });
    const strict = options({ allowLoopback: false, resolve: resolver.resolve });
    for (const url of [`http://me.example.test:${port}/`, `http://127.0.0.1:${port}/`, `http://[::1]:${port}/`]) {
      const result = await send(url, strict);
      expect(result).toMatchObject({ statusCode: null });
      expect(result.error).toMatch(/loopback/);
    }
    expect(seen.length).toBe(before);
  });

  it("reports a name that does not resolve", async () => {
    const result = await send(`http://nowhere.example.test:${port}/`, options({ resolve: dns({}).resolve }));
    expect(result).toMatchObject({
      statusCode: null,
      error: "The host name nowhere.example.test could not be resolved.",
    });
  });

  it("does not follow a redirect", async () => {
    const result = await send(`http://127.0.0.1:${port}/redirect`, options());
    expect(result.statusCode).toBe(302);
    expect(seen.at(-1)?.url).toBe("/redirect");
  });

  it("gives up on a receiver that does not answer in time", async () => {
    const result = await send(`http://127.0.0.1:${port}/slow`, options({ timeoutMs: 300 }));
    expect(result).toMatchObject({ statusCode: null, error: "No answer within 0.3 s." });
    expect(result.durationMs).toBeLessThan(2_000);
  });

  it("stops reading a huge answer after the cap and keeps its status", async () => {
    const result = await send(`http://127.0.0.1:${port}/huge`, options({ maxResponseBytes: 1024 }));
    expect(result).toMatchObject({ statusCode: 200, error: null });
  });

  it("sends the signature headers, JSON and its own user agent", async () => {
    await send(`http://127.0.0.1:${port}/in`, options());
    expect(seen.at(-1)?.headers).toMatchObject({
      "webhook-id": "msg_test",
      "content-type": "application/json",
      "user-agent": "Masthead-Webhooks/1",
    });
  });
});
