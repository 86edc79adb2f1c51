import { describe, expect, it } from "vitest";
import { publicAddressOf, readerHtmlOf, readerSrcsetOf, readerUrl } from "../../lib/media/public-address";
import { s3Settings } from "../../lib/media/s3-config";
import { parseEnv } from "../../lib/env";

const cdn = { publicUrl: "https://media.example.org", keyPrefix: "riverside/" };

describe("media addresses readers are sent", () => {
  it("without a public address, everything stays on the site's /media/", () => {
    expect(readerUrl(null, "/media/m1abc/960.webp")).toBe("/media/m1abc/960.webp");
    expect(readerUrl({ keyPrefix: "" }, "/media/m1abc/960.webp")).toBe("/media/m1abc/960.webp");
    expect(readerHtmlOf(null, '<img src="/media/m1abc/960.webp">')).toBe('<img src="/media/m1abc/960.webp">');
  });

  it("with one, a stored file's address becomes the public base, the bucket folder and the key", () => {
    expect(readerUrl(cdn, "/media/m1abc/original.jpg")).toBe("https://media.example.org/riverside/m1abc/original.jpg");
    expect(publicAddressOf({ ...cdn, keyPrefix: "" }, "m1abc/report.pdf")).toBe(
      "https://media.example.org/m1abc/report.pdf",
    );
  });

  it("addresses that are not stored media files are left alone", () => {
    for (const url of [
      "/images/posts/harbour.svg",
      "https://elsewhere.example/media/m1abc/960.webp",
      "/media/m1abc/960.webp?x=1",
      "/media/../secret.jpg",
      "/media/m1abc/sub/960.webp",
    ]) {
      expect(readerUrl(cdn, url), url).toBe(url);
    }
    expect(publicAddressOf(cdn, "../escape.jpg")).toBeNull();
  });

  it("rewrites every candidate of a srcset", () => {
    expect(readerSrcsetOf(cdn, "/media/m1abc/320.webp 320w, /media/m1abc/640.webp 640w")).toBe(
      "https://media.example.org/riverside/m1abc/320.webp 320w, https://media.example.org/riverside/m1abc/640.webp 640w",
    );
  });

  it("rewrites media addresses in article HTML attributes, and never the words of the text", () => {
    const html =
      '<p>Our files live at /media/m1abc/original.jpg and ="/media/m1abc/original.jpg".</p>' +
      '<figure><img src="/media/m1abc/original.jpg" alt="A harbour"></figure>' +
      '<p><a href="/media/m1doc/minutes.pdf">Minutes</a> <a href="/articles/x">x</a></p>';
    expect(readerHtmlOf(cdn, html)).toBe(
      '<p>Our files live at /media/m1abc/original.jpg and ="/media/m1abc/original.jpg".</p>' +
        '<figure><img src="https://media.example.org/riverside/m1abc/original.jpg" alt="A harbour"></figure>' +
        '<p><a href="https://media.example.org/riverside/m1doc/minutes.pdf">Minutes</a> <a href="/articles/x">x</a></p>',
    );
  });

  it("writes the public address into article HTML escaped, so it cannot end the attribute", () => {
    const odd = { publicUrl: 'https://cdn.example.org/a"onerror="alert(1)', keyPrefix: "" };
    expect(readerHtmlOf(odd, '<img src="/media/m1abc/960.webp">')).toBe(
      '<img src="https://cdn.example.org/a&quot;onerror=&quot;alert(1)/m1abc/960.webp">',
    );
  });

  it("reads the public address from the environment, without a trailing slash", () => {
    const settings = s3Settings(
      parseEnv({ S3_BUCKET: "media", S3_PUBLIC_URL: "https://cdn.example.org/", S3_PREFIX: "site/" }),
    );
    expect(settings).toMatchObject({ publicUrl: "https://cdn.example.org", keyPrefix: "site/" });
    expect(readerUrl(settings, "/media/m1abc/960.webp")).toBe("https://cdn.example.org/site/m1abc/960.webp");
  });
});
