import { gzipSync } from "node:zlib";

// What a reader's browser downloads for one page: its HTML and every script
// the HTML loads (Next's runtime chunks and the page's client components),
// raw and gzipped as a server in front of the site would send them.

export interface PageWeight {
  path: string;
  htmlBytes: number;
  htmlGzipBytes: number;
  scripts: number;
  scriptBytes: number;
  scriptGzipBytes: number;
}

/** Same-origin script URLs the HTML loads, from `<script src>` and script preloads, each once. */
export function scriptUrls(html: string): string[] {
  const urls = new Set<string>();
  for (const tag of html.match(/<(?:script|link)\b[^>]*>/g) ?? []) {
    const isScript = tag.startsWith("<script");
    if (!isScript && !/\bas="script"/.test(tag)) continue;
    const url = tag.match(isScript ? /\bsrc="([^"]+)"/ : /\bhref="([^"]+)"/)?.[1];
    if (url?.startsWith("/")) urls.add(url.replace(/&amp;/g, "&"));
  }
  return [...urls];
}

async function download(url: string): Promise<Buffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

export async function measurePageWeight(baseUrl: string, path: string): Promise<PageWeight> {
  const html = await download(`${baseUrl}${path}`);
  const scripts = await Promise.all(scriptUrls(html.toString("utf8")).map((url) => download(`${baseUrl}${url}`)));
  const sum = (buffers: Buffer[]) => buffers.reduce((total, b) => total + b.length, 0);
  return {
    path,
    htmlBytes: html.length,
    htmlGzipBytes: gzipSync(html).length,
    scripts: scripts.length,
    scriptBytes: sum(scripts),
    scriptGzipBytes: sum(scripts.map((s) => gzipSync(s))),
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function describePageWeight(weight: PageWeight): string {
  return (
    `Weight of \`${weight.path}\`: HTML ${kb(weight.htmlBytes)} (${kb(weight.htmlGzipBytes)} gzipped); ` +
    `JavaScript ${weight.scripts} files, ${kb(weight.scriptBytes)} (${kb(weight.scriptGzipBytes)} gzipped).`
  );
}
