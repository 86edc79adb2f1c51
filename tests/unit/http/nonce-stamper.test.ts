import { describe, expect, it } from "vitest";
import { createNonceStamper, stampWhole } from "@/lib/http/nonce-stamper";

const PLACEHOLDER = "PLACEHOLDERplaceholder00";
const NONCE = "fresh+nonce/for+this+one";

function stampInChunks(chunks: (string | Uint8Array)[]): string {
  const stamper = createNonceStamper(PLACEHOLDER, NONCE);
  const out = chunks.map((chunk) => stamper.chunk(chunk));
  const rest = stamper.flush();
  return Buffer.concat(rest ? [...out, rest] : out).toString("utf8");
}

describe("stamping the response's nonce over the placeholder", () => {
  it("replaces every placeholder in a whole page and nothing else", () => {
    const page = `<script nonce="${PLACEHOLDER}" src="/a.js"></script><p>nonce="x"</p><script nonce="${PLACEHOLDER}">1</script>`;
    expect(stampWhole(page, PLACEHOLDER, NONCE)).toBe(page.replaceAll(PLACEHOLDER, NONCE));
  });

  it("never gives the nonce to a script that did not carry the placeholder", () => {
    const injected = `<script>alert(1)</script><script nonce="guess">alert(2)</script>`;
    const page = `<script nonce="${PLACEHOLDER}"></script>${injected}`;
    expect(stampWhole(page, PLACEHOLDER, NONCE)).toBe(`<script nonce="${NONCE}"></script>${injected}`);
  });

  it("stamps a placeholder split across streamed chunks at every possible point", () => {
    const page = `<html><script nonce="${PLACEHOLDER}"></script>é<script nonce="${PLACEHOLDER}"></script></html>`;
    const bytes = Buffer.from(page);
    const expected = page.replaceAll(PLACEHOLDER, NONCE);
    for (let cut = 1; cut < bytes.length; cut++) {
      expect(stampInChunks([bytes.subarray(0, cut), bytes.subarray(cut)])).toBe(expected);
    }
  });

  it("holds back nothing when a chunk cannot be the start of a placeholder", () => {
    const stamper = createNonceStamper(PLACEHOLDER, NONCE);
    expect(stamper.chunk("<p>plain text</p>").toString()).toBe("<p>plain text</p>");
    expect(stamper.flush()).toBeNull();
  });

  it("sends a held-back beginning that turned out not to be the placeholder", () => {
    expect(stampInChunks(["<p>PLACE", "BO</p>"])).toBe("<p>PLACEBO</p>");
    expect(stampInChunks(["ends with PLACEHOLDER"])).toBe("ends with PLACEHOLDER");
  });

  it("leaves the producer's buffer untouched", () => {
    const source = Buffer.from(`nonce="${PLACEHOLDER}"`);
    const copy = Buffer.from(source);
    stampInChunks([source]);
    expect(source.equals(copy)).toBe(true);
  });

  it("refuses a nonce whose length differs from the placeholder's, which would break Content-Length", () => {
    expect(() => createNonceStamper(PLACEHOLDER, "short")).toThrow(/as long as/);
  });
});
