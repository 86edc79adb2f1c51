import { describe, expect, it } from "vitest";
import { render } from "../../../lib/markdown";
import { parseTags, unsafeParts } from "./helpers/safe-html";

// Social-post facades as the Markdown pipeline stores them (the address rules: social-post-providers.test.ts).

const article = (markdown: string) => render(markdown, "article", { trustedAuthor: true }).html;
const X = "alert(1)";
const TWEET = "1862345678901234567";
const RKEY = "3lfwy4kq2bs2c";
const DID = "did:plc:ewvi7nxzyoun6zhxrhs64oiz";

describe("social-post embeds in articles", () => {
  it("turn a directive into a card-shaped link to the post with network, author and the writer's caption", () => {
    expect(
      article(
        `::embed[The wardens' warning on the night of the flood]{url="https://bsky.app/profile/wardens.ferrylane.example/post/${RKEY}"}`,
      ),
    ).toBe(
      `<figure class="embed embed-post"><a href="https://bsky.app/profile/wardens.ferrylane.example/post/${RKEY}" class="embed-link" rel="noopener noreferrer">` +
        '<span class="embed-provider">Bluesky</span> <span class="embed-author">@wardens.ferrylane.example</span> ' +
        '<span class="embed-title">The wardens\' warning on the night of the flood</span></a></figure>',
    );
  });

  it("turn a pasted post address on its own line into the same card, titled with the address", () => {
    expect(article(`https://twitter.com/RiversideHomes/status/${TWEET}?s=20`)).toBe(
      `<figure class="embed embed-post"><a href="https://x.com/RiversideHomes/status/${TWEET}" class="embed-link" rel="noopener noreferrer">` +
        '<span class="embed-provider">X</span> <span class="embed-author">@RiversideHomes</span> ' +
        `<span class="embed-title">https://x.com/RiversideHomes/status/${TWEET}</span></a></figure>`,
    );
    expect(article("https://www.instagram.com/p/C9xKq2LrT4b/")).toBe(
      '<figure class="embed embed-post"><a href="https://www.instagram.com/p/C9xKq2LrT4b/" class="embed-link" rel="noopener noreferrer">' +
        '<span class="embed-provider">Instagram</span> <span class="embed-title">https://www.instagram.com/p/C9xKq2LrT4b/</span></a></figure>',
    );
  });

  it("leave Mastodon posts, look-alikes and post links with words of their own as ordinary links", () => {
    expect(article("https://mastodon.social/@riverside/113456789012345678")).toBe(
      '<p><a href="https://mastodon.social/@riverside/113456789012345678" rel="noopener noreferrer">https://mastodon.social/@riverside/113456789012345678</a></p>',
    );
    expect(article(`::embed[Our post]{url="https://x.com.evil.example/RiversideHomes/status/${TWEET}"}`)).toBe(
      `<p><a href="https://x.com.evil.example/RiversideHomes/status/${TWEET}" rel="noopener noreferrer">Our post</a></p>`,
    );
    expect(article(`[Our warning](https://x.com/RiversideHomes/status/${TWEET})`)).not.toContain("embed");
  });

  it("stay links in bios and comments", () => {
    for (const profile of ["bio", "comment"] as const) {
      const { html } = render(`https://bsky.app/profile/${DID}/post/${RKEY}`, profile);
      expect(html).not.toMatch(/class="embed|<figure/);
      expect(html).toContain(`<a href="https://bsky.app/profile/${DID}/post/${RKEY}"`);
    }
  });

  it("ignore every attribute but url and keep html in the caption as text", () => {
    const html = article(
      `::embed[<img src=x onerror=${X}>]{url="https://x.com/RiversideHomes/status/${TWEET}" onclick="${X}" style="x" srcdoc="<script>${X}</script>" class="evil" #evil}`,
    );
    expect(unsafeParts(html, "article")).toEqual([]);
    const attributes = parseTags(html).flatMap((tag) => tag.attributes.map((a) => a.name));
    expect(new Set(attributes)).toEqual(new Set(["class", "href", "rel"]));
    expect(html).not.toContain("evil");
    expect(
      unsafeParts(article(`::embed{url="https://x.com/a/status/${TWEET}\\" onmouseover=\\"${X}"}`), "article"),
    ).toEqual([]);
  });
});
