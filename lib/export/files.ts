import { stringify } from "yaml";
import type { SiteExport } from "./data/collect";
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION } from "./schema";

// The text files of an export (everything but the media files), as paths and
// contents. Posts go to posts/<slug>.md and pages to pages/<slug>.md: YAML
// front matter between --- lines, then the Markdown body exactly as stored.

export interface ExportTextFile {
  path: string;
  content: string;
}

export function markdownWithFrontMatter(frontMatter: object, body: string): string {
  return `---\n${stringify(frontMatter, { lineWidth: 0 })}---\n${body}`;
}

const json = (rows: unknown) => `${JSON.stringify(rows, null, 2)}\n`;

export function exportTextFiles(site: SiteExport): ExportTextFile[] {
  const articles = site.posts.filter((p) => p.frontMatter.kind === "ARTICLE");
  const pages = site.posts.filter((p) => p.frontMatter.kind === "PAGE");
  const counts = {
    posts: articles.length,
    pages: pages.length,
    users: site.users.length,
    contributors: site.contributors.length,
    sections: site.sections.length,
    tags: site.tags.length,
    series: site.series.length,
    comments: site.comments.length,
    media: site.media.length,
    settings: site.settings.length,
    redirects: site.slugRedirects.length + site.pathRedirects.length,
    menuItems: site.menuItems.length,
  };
  return [
    {
      path: "manifest.json",
      content: json({ format: EXPORT_FORMAT, formatVersion: EXPORT_FORMAT_VERSION, createdAt: site.createdAt, counts }),
    },
    { path: "users.json", content: json(site.users) },
    { path: "contributors.json", content: json(site.contributors) },
    { path: "sections.json", content: json(site.sections) },
    { path: "tags.json", content: json(site.tags) },
    { path: "series.json", content: json(site.series) },
    { path: "comments.json", content: json(site.comments) },
    { path: "media.json", content: json(site.media) },
    { path: "settings.json", content: json(site.settings) },
    { path: "slug-redirects.json", content: json(site.slugRedirects) },
    { path: "path-redirects.json", content: json(site.pathRedirects) },
    { path: "menus.json", content: json(site.menus) },
    { path: "menu-items.json", content: json(site.menuItems) },
    ...articles.map((p) => ({
      path: `posts/${p.frontMatter.slug}.md`,
      content: markdownWithFrontMatter(p.frontMatter, p.body),
    })),
    ...pages.map((p) => ({
      path: `pages/${p.frontMatter.slug}.md`,
      content: markdownWithFrontMatter(p.frontMatter, p.body),
    })),
  ];
}
