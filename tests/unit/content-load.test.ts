import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ContentError, loadContent } from "../../scripts/lib/content/load";

function contentDir(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), "masthead-content-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

const contributor = "---\nslug: jo-bloggs\nname: Jo Bloggs\n---\nJo writes.";

describe("loading content/", () => {
  it("loads the project's demo content without problems", () => {
    const content = loadContent();
    expect(content.posts.length).toBeGreaterThanOrEqual(8);
    expect(content.posts.some((p) => p.language === "nl-NL")).toBe(true);
    expect(content.posts.filter((p) => p.type === "OPINION").length).toBeGreaterThan(0);
    expect(content.posts.filter((p) => p.type === "BLOG").length).toBeGreaterThan(0);
  });

  it("names the file and field of a bad front-matter value", () => {
    const root = contentDir({
      "contributors/jo.md": contributor,
      "posts/a.md":
        "---\nslug: Not A Slug\ntype: BLOG\ntitle: A\nbylines: [jo-bloggs]\npublishedAt: 2026-01-01\n---\nBody",
    });
    expect(() => loadContent(root)).toThrow(ContentError);
    expect(() => loadContent(root)).toThrow(/posts\/a\.md: slug: must be lower-case words/);
  });

  it("requires a publication date for published posts", () => {
    const root = contentDir({
      "contributors/jo.md": contributor,
      "posts/a.md": "---\nslug: a\ntype: BLOG\ntitle: A\nbylines: [jo-bloggs]\n---\nBody",
    });
    expect(() => loadContent(root)).toThrow(/publishedAt: published and scheduled posts need publishedAt/);
  });

  it("reports references to contributors, sections and images that don't exist", () => {
    const root = contentDir({
      "contributors/jo.md": contributor,
      "posts/a.md":
        "---\nslug: a\ntype: BLOG\ntitle: A\nbylines: [nobody]\nsection: nowhere\npublishedAt: 2026-01-01\n" +
        "hero: { src: /images/missing.svg, alt: Nothing }\n---\nBody",
    });
    try {
      loadContent(root, path.join(root, "public"));
      expect.unreachable();
    } catch (err) {
      const message = (err as Error).message;
      expect(message).toMatch(/post a: unknown contributor nobody/);
      expect(message).toMatch(/post a: unknown section nowhere/);
      expect(message).toMatch(/post a: image \/images\/missing\.svg not found/);
    }
  });

  it("loads the demo pages, each with a contact who offers contact details", () => {
    const pages = loadContent().pages;
    expect(pages.map((p) => p.slug).sort()).toEqual(["about", "accessibility", "privacy"]);
    expect(pages.every((p) => p.template === "CONTACT" && p.contact)).toBe(true);
  });

  it("refuses a page at an address the site keeps, or with a contact who has not opted in", () => {
    const root = contentDir({
      "contributors/jo.md": contributor,
      "pages/search.md": "---\nslug: search\ntitle: Search\npublishedAt: 2026-01-01\n---\nBody",
      "pages/about.md":
        "---\nslug: about\ntitle: About\npublishedAt: 2026-01-01\ntemplate: CONTACT\ncontact: jo-bloggs\n---\nBody",
    });
    try {
      loadContent(root, path.join(root, "public"));
      expect.unreachable();
    } catch (err) {
      const message = (err as Error).message;
      expect(message).toMatch(/page search: \/search belongs to the site itself/);
      expect(message).toMatch(/page about: contact jo-bloggs unknown or not opted in/);
    }
  });

  it("refuses a file without front matter", () => {
    const root = contentDir({ "contributors/jo.md": "Just text" });
    expect(() => loadContent(root)).toThrow(/missing YAML front matter/);
  });
});
