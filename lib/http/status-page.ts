import { escapeHtml } from "../text/escape-html";

// A complete, self-contained HTML page for an answer decided before Next
// renders anything (a 403 or 503 from the request gate): no scripts, no
// stylesheet to fetch from a server that may be struggling, nothing about
// the request echoed back except through escapeHtml.

export interface StatusPage {
  status: number;
  lang: string;
  title: string;
  paragraphs: readonly string[];
  link: { href: string; label: string };
  headers?: Record<string, string>;
}

export function statusPageResponse(page: StatusPage): Response {
  const body = [
    "<!DOCTYPE html>",
    `<html lang="${escapeHtml(page.lang)}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    `<title>${escapeHtml(page.title)}</title>`,
    "</head>",
    "<body>",
    '<main id="main">',
    `<h1>${escapeHtml(page.title)}</h1>`,
    ...page.paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`),
    `<p><a href="${escapeHtml(page.link.href)}">${escapeHtml(page.link.label)}</a></p>`,
    "</main>",
    "</body>",
    "</html>",
  ].join("\n");
  return new Response(body, {
    status: page.status,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "private, no-store",
      ...page.headers,
    },
  });
}
