import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { sizeProblem, uploadMessages } from "../../lib/media/messages";
import { variantWidths } from "../../lib/media/process";
import { mimeTypeForStoredFile, sniffImageType } from "../../lib/media/sniff";

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "latin1") : Buffer.from(p))));

/** An ISO-BMFF `ftyp` box with these brands, followed by some body bytes. */
function ftyp(major: string, compatible: string[]): Buffer {
  const size = 16 + compatible.length * 4;
  const header = Buffer.alloc(4);
  header.writeUInt32BE(size);
  return Buffer.concat([header, bytes("ftyp", major, [0, 0, 0, 0], compatible.join("")), Buffer.alloc(32)]);
}

const red = () => sharp({ create: { width: 8, height: 8, channels: 3, background: "#c00" } });

describe("sniffing an upload's type from its content", () => {
  it.each([
    ["image/jpeg", () => red().jpeg().toBuffer()],
    ["image/png", () => red().png().toBuffer()],
    ["image/webp", () => red().webp().toBuffer()],
    ["image/gif", () => red().gif().toBuffer()],
    ["image/avif", () => red().avif().toBuffer()],
  ] as const)("recognises a real %s made by an encoder", async (type, make) => {
    expect(sniffImageType(await make())).toBe(type);
  });

  it("recognises each format by its signature alone", () => {
    expect(sniffImageType(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe("image/jpeg");
    expect(sniffImageType(bytes([0x89], "PNG", [0x0d, 0x0a, 0x1a, 0x0a]))).toBe("image/png");
    expect(sniffImageType(bytes("GIF87a"))).toBe("image/gif");
    expect(sniffImageType(bytes("GIF89a"))).toBe("image/gif");
    expect(sniffImageType(bytes("RIFF", [1, 2, 3, 4], "WEBPVP8 "))).toBe("image/webp");
    expect(sniffImageType(ftyp("avif", ["mif1", "miaf"]))).toBe("image/avif");
    expect(sniffImageType(ftyp("avis", ["msf1"]))).toBe("image/avif");
  });

  it("recognises an AVIF whose avif brand is only among the compatible ones", () => {
    expect(sniffImageType(ftyp("mif1", ["miaf", "avif"]))).toBe("image/avif");
  });

  it("refuses a PHP script, whatever the file is called", () => {
    expect(sniffImageType(bytes("<?php system($_GET['c']); ?>"))).toBeNull();
    expect(sniffImageType(bytes("GIF", "<?php echo 1; ?>"))).toBeNull();
  });

  it("refuses an empty file and a truncated signature", () => {
    expect(sniffImageType(new Uint8Array())).toBeNull();
    expect(sniffImageType(bytes([0xff, 0xd8]))).toBeNull();
    expect(sniffImageType(bytes([0x89], "PNG"))).toBeNull();
  });

  it("refuses formats the library does not accept: SVG, HEIC, TIFF, BMP, WAV, PDF", () => {
    expect(sniffImageType(bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toBeNull();
    expect(sniffImageType(ftyp("heic", ["mif1", "heic"]))).toBeNull();
    expect(sniffImageType(bytes("II*", [0]))).toBeNull();
    expect(sniffImageType(bytes("BM", [0, 0, 0, 0]))).toBeNull();
    expect(sniffImageType(bytes("RIFF", [1, 2, 3, 4], "WAVEfmt "))).toBeNull();
    expect(sniffImageType(bytes("%PDF-1.7"))).toBeNull();
  });

  it("refuses an ftyp box whose declared size is impossible", () => {
    const broken = ftyp("avif", []);
    broken.writeUInt32BE(4, 0);
    expect(sniffImageType(broken)).toBeNull();
  });
});

describe("stored file names", () => {
  it("map our own extensions to the content type they are served with", () => {
    expect(mimeTypeForStoredFile("960.webp")).toBe("image/webp");
    expect(mimeTypeForStoredFile("original.jpg")).toBe("image/jpeg");
    expect(mimeTypeForStoredFile("original.avif")).toBe("image/avif");
  });

  it("have no content type for anything else", () => {
    expect(mimeTypeForStoredFile("shell.php")).toBeNull();
    expect(mimeTypeForStoredFile("original")).toBeNull();
  });
});

describe("upload size rules", () => {
  it("refuse an empty file and one over the limit, and accept one at the limit", () => {
    expect(sizeProblem(0, 10)).toBe(uploadMessages.empty);
    expect(sizeProblem(10 * 1024 * 1024 + 1, 10)).toBe("The file is larger than the 10 MB limit.");
    expect(sizeProblem(10 * 1024 * 1024, 10)).toBeNull();
  });
});

describe("responsive widths", () => {
  it("are never wider than the original, and include its own width up to the widest", () => {
    expect(variantWidths(4000)).toEqual([320, 640, 960, 1280, 1920]);
    expect(variantWidths(1920)).toEqual([320, 640, 960, 1280, 1920]);
    expect(variantWidths(1000)).toEqual([320, 640, 960, 1000]);
    expect(variantWidths(200)).toEqual([200]);
  });
});
