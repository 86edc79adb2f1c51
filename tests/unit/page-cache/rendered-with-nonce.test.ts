import { describe, expect, it } from "vitest";
import { renderedWithNonce } from "@/lib/page-cache/rendered-with-nonce";

const P = "placeholder0123456789abc";

// The shapes Next 16 writes: its chunk tags, the flight-data inline scripts,
// the bootstrap tag and the root layout's own inline script.
const page = (nonce: (tag: "chunk" | "flight" | "layout") => string) =>
  `<html><head><script src="/_next/static/chunks/a.js" async=""${nonce("chunk")}></script>` +
  `<script src="/_next/static/chunks/b.js" id="_R_" async=""></script>` +
  `<script${nonce("layout")}>document.documentElement.dataset.a11y="1"</script></head>` +
  `<body><script type="application/ld+json">{"@type":"Article"}</script>` +
  `<script${nonce("flight")}>(self.__next_f=self.__next_f||[]).push([0])</script></body></html>`;

describe("a cached page counts as rendered with the placeholder", () => {
  it("when every script that runs carries it", () => {
    expect(
      renderedWithNonce(
        page(() => ` nonce="${P}"`),
        P,
      ),
    ).toBe(true);
  });

  it("not when it was prerendered by the build, with no nonce anywhere", () => {
    expect(
      renderedWithNonce(
        page(() => ""),
        P,
      ),
    ).toBe(false);
  });

  it("not when it was regenerated without a request: only the layout's script has it", () => {
    expect(
      renderedWithNonce(
        page((tag) => (tag === "layout" ? ` nonce="${P}"` : "")),
        P,
      ),
    ).toBe(false);
  });

  it("not when it was rendered by an earlier process with another placeholder", () => {
    expect(
      renderedWithNonce(
        page(() => ` nonce="another-placeholder-00000"`),
        P,
      ),
    ).toBe(false);
  });

  it("when a script-free page has nothing to vouch for", () => {
    expect(renderedWithNonce("<html><body><p>Plain</p></body></html>", P)).toBe(true);
  });
});
