import { describe, expect, it } from "vitest";
import { render } from "../../../lib/markdown";
import { parseEmbedUrl } from "../../../lib/markdown/embed-providers";
import { parseTags, unsafeParts } from "./helpers/safe-html";

const article = (markdown: string) => render(markdown, "article", { trustedAuthor: true }).html;
const X = "alert(1)";
const playerUrl = (url: string) => {
  const embed = parseEmbedUrl(url);
  return embed?.kind === "video" ? embed.playerUrl : null;
};

describe("video embeds in articles", () => {
  it("turn a pasted YouTube address on its own line into a facade linking to the video, loading nothing", () => {
    expect(article("https://www.youtube.com/watch?v=dQw4w9WgXcQ")).toBe(
      '<figure class="embed"><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ" class="embed-link" rel="noopener noreferrer">' +
        '<span class="embed-provider">YouTube</span> <span class="embed-title">https://www.youtube.com/watch?v=dQw4w9WgXcQ</span></a></figure>',
    );
  });

  it("take the title from the directive's label and the video from its url, for Vimeo too", () => {
    expect(article('::embed[Our new homes at Elm Court]{url="https://vimeo.com/76979871"}')).toBe(
      '<figure class="embed"><a href="https://vimeo.com/76979871" class="embed-link" rel="noopener noreferrer">' +
        '<span class="embed-provider">Vimeo</span> <span class="embed-title">Our new homes at Elm Court</span></a></figure>',
    );
  });

  it("recognise short, embed, shorts and player addresses and keep a start time", () => {
    for (const url of [
      "https://youtu.be/dQw4w9WgXcQ",
      "<https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ>",
      "https://m.youtube.com/shorts/dQw4w9WgXcQ",
      "www.youtube.com/watch?v=dQw4w9WgXcQ",
    ]) {
      expect(article(url)).toContain('href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"');
    }
    expect(article("https://youtu.be/dQw4w9WgXcQ?t=1m30s")).toContain(
      'href="https://www.youtube.com/watch?v=dQw4w9WgXcQ&#x26;t=90s"',
    );
    expect(article("https://player.vimeo.com/video/76979871?h=0a1b2c3d4e")).toContain(
      'href="https://vimeo.com/76979871/0a1b2c3d4e"',
    );
  });

  it("build privacy-respecting player addresses: youtube-nocookie, and Vimeo with dnt=1", () => {
    expect(playerUrl("https://youtu.be/dQw4w9WgXcQ?t=90")).toBe(
      "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&start=90",
    );
    expect(playerUrl("https://vimeo.com/76979871")).toBe("https://player.vimeo.com/video/76979871?dnt=1&autoplay=1");
  });

  it("leave a video link alone when it has words of its own or shares its paragraph", () => {
    expect(article("[Watch the opening](https://youtu.be/dQw4w9WgXcQ)")).toBe(
      '<p><a href="https://youtu.be/dQw4w9WgXcQ" rel="noopener noreferrer">Watch the opening</a></p>',
    );
    expect(article("See https://youtu.be/dQw4w9WgXcQ today")).not.toContain("embed");
  });

  it("keep unknown addresses as ordinary links, pasted or in the directive", () => {
    expect(article("https://example.org/video/42")).toBe(
      '<p><a href="https://example.org/video/42" rel="noopener noreferrer">https://example.org/video/42</a></p>',
    );
    expect(article('::embed[Our film]{url="https://example.org/video/42"}')).toBe(
      '<p><a href="https://example.org/video/42" rel="noopener noreferrer">Our film</a></p>',
    );
    expect(article("https://www.youtube.com/channel/UCabc")).not.toContain("embed");
  });

  it("show a note for an embed without an address", () => {
    expect(article("::embed{}")).toBe('<p class="embed-note">[embed missing address]</p>');
  });

  it("stay text in bios and comments", () => {
    for (const profile of ["bio", "comment"] as const) {
      const { html } = render('https://youtu.be/dQw4w9WgXcQ\n\n::embed{url="https://vimeo.com/76979871"}', profile);
      expect(html).not.toMatch(/class="embed|<figure/);
      expect(html).toContain('<a href="https://youtu.be/dQw4w9WgXcQ"');
    }
  });
});

describe("hostile embeds", () => {
  it("never embed a look-alike host: it stays a plain link to that host", () => {
    for (const url of [
      "https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
      "https://evil.example/www.youtube.com/watch?v=dQw4w9WgXcQ",
      "https://www.youtube.com@evil.example/watch?v=dQw4w9WgXcQ",
      "https://www.youtube.com:8443/watch?v=dQw4w9WgXcQ",
      "https://notyoutube.com/watch?v=dQw4w9WgXcQ",
      "https://vimeo.com.evil.example/76979871",
      "https://player.vimeo.com.evil.example/video/76979871",
    ]) {
      expect(parseEmbedUrl(url)).toBeNull();
      const html = article(`::embed{url="${url}"}`);
      expect(html).not.toContain("embed-link");
      expect(html).not.toContain('href="https://www.youtube.com/');
    }
  });

  it("refuse javascript: and data: addresses in any spelling", () => {
    for (const url of [
      `javascript:${X}`,
      `JaVaScRiPt:${X}`,
      ` javascript:${X}`,
      "java\tscript:x",
      "data:text/html,x",
    ]) {
      expect(parseEmbedUrl(url)).toBeNull();
      expect(article(`::embed{url="${url}"}`)).toBe('<p class="embed-note">[embed address not allowed]</p>');
    }
  });

  it("accept only a well-formed video id, so nothing can break out of the player address", () => {
    expect(parseEmbedUrl("https://youtu.be/dQw4w9WgXcQ%22%3E%3Cscript%3E")).toBeNull();
    expect(parseEmbedUrl('https://www.youtube.com/watch?v=dQw4w9WgX"Q')).toBeNull();
    expect(parseEmbedUrl("https://vimeo.com/76979871/../../evil")).toBeNull();
    expect(parseEmbedUrl("https://vimeo.com/76979871/not-a-hash")).toBeNull();
  });

  it("ignore every attribute but url, so no handler, style, class or id reaches the HTML", () => {
    const html = article(
      `::embed[<img src=x onerror=${X}>]{url="https://youtu.be/dQw4w9WgXcQ" onclick="${X}" style="x" srcdoc="<script>${X}</script>" class="evil" #evil}`,
    );
    expect(unsafeParts(html, "article")).toEqual([]);
    const attributes = parseTags(html).flatMap((tag) => tag.attributes.map((a) => a.name));
    expect(new Set(attributes)).toEqual(new Set(["class", "href", "rel"]));
    expect(html).not.toContain("evil");
  });

  it("keep a quote-breaking url inert", () => {
    const html = article(`::embed{url="https://youtu.be/dQw4w9WgXcQ\\" onmouseover=\\"${X}"}`);
    expect(unsafeParts(html, "article")).toEqual([]);
  });
});
