import { describe, expect, it } from "vitest";
import { sharePngPath, shippedSvgFor } from "../../../lib/seo/share-image";

describe("share images of shipped SVG heroes", () => {
  it("shares /images/…/x.svg as /share-images/…/x.png and back", () => {
    expect(sharePngPath("/images/posts/living-with-the-river-mell.svg")).toBe(
      "/share-images/posts/living-with-the-river-mell.png",
    );
    expect(shippedSvgFor(["posts", "living-with-the-river-mell.png"])).toBe(
      "images/posts/living-with-the-river-mell.svg",
    );
  });

  it("has no PNG for raster heroes, other hosts or paths outside public/images", () => {
    for (const url of ["/images/posts/x.jpg", "https://cdn.example.net/x.svg", "/media/m1/original.png", "/x.svg"])
      expect(sharePngPath(url)).toBeNull();
  });

  it("refuses paths that could leave public/images or name anything but a PNG", () => {
    for (const segments of [
      ["..", "secret.png"],
      ["posts", "..", "..", "x.png"],
      ["posts", "x.svg"],
      [".env.png"],
      ["a%2F..", "x.png"],
    ])
      expect(shippedSvgFor(segments)).toBeNull();
  });
});
