import { random, seedOf, type Random } from "../random";
import { generateStandfirst, generateTitle } from "../content/scale/text";
import { ENGLISH, FIRST_NAMES, LAST_NAMES, TAG_TOPICS } from "../content/scale/vocabulary";

// A WordPress export of any size for `npm run bench:import`, written as a
// stream of strings (never the whole document in memory). Two posts in three
// are block-editor markup, one in three classic-editor text; every post has
// a few paragraphs with links and emphasis, most a heading, some a list or a
// quote with its citation, and up to four comments, some of them replies.
// Deterministic: the same N gives the same file.

const SITE = "https://old.bench.example";
const AUTHORS = 25;
const CATEGORIES = ["Homes", "Neighbourhoods", "Repairs", "Energy", "Governance", "Community", "Planning", "Money"];
const PAGES = 20;

const cdata = (text: string) => `<![CDATA[${text.replace(/]]>/g, "]]]]><![CDATA[>")}]]>`;
const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
const pad = (n: number) => String(n).padStart(2, "0");
const wpDate = (d: Date) =>
  `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00`;

function sentence(r: Random): string {
  const v = ENGLISH;
  return `${r.pick(v.subjects)} ${r.pick(v.verbs)} ${r.pick(v.objects)} ${r.pick(v.qualifiers)}.`;
}

function richParagraph(r: Random, index: number): string {
  const words = [sentence(r), sentence(r), sentence(r)];
  if (r.chance(0.5)) words.push(`Read <a href="${SITE}/report-${index}/">the full report</a> for the figures.`);
  if (r.chance(0.4))
    words.push(`It was <em>${r.pick(ENGLISH.qualifiers)}</em>, said <strong>${r.pick(FIRST_NAMES)}</strong>.`);
  return words.join(" ");
}

function blockPost(r: Random, index: number): string {
  const blocks: string[] = [];
  for (let n = r.int(4, 7); n > 0; n--) {
    blocks.push(`<!-- wp:paragraph -->\n<p>${richParagraph(r, index)}</p>\n<!-- /wp:paragraph -->`);
    if (n === 3)
      blocks.push(
        `<!-- wp:heading -->\n<h2 class="wp-block-heading">${r.pick(ENGLISH.headings)}</h2>\n<!-- /wp:heading -->`,
      );
  }
  if (r.chance(0.4)) {
    const items = [sentence(r), sentence(r), sentence(r)].map((s) => `<li>${s}</li>`).join("");
    blocks.push(`<!-- wp:list -->\n<ul class="wp-block-list">${items}</ul>\n<!-- /wp:list -->`);
  }
  if (r.chance(0.3)) {
    blocks.push(
      `<!-- wp:quote -->\n<blockquote class="wp-block-quote"><p>${sentence(r)}</p><cite>${r.pick(FIRST_NAMES)} ${r.pick(LAST_NAMES)}</cite></blockquote>\n<!-- /wp:quote -->`,
    );
  }
  return blocks.join("\n\n");
}

function classicPost(r: Random, index: number): string {
  const paragraphs: string[] = [];
  for (let n = r.int(4, 7); n > 0; n--) paragraphs.push(`${richParagraph(r, index)}\n${sentence(r)}`);
  if (r.chance(0.3)) paragraphs.push(`<blockquote>${sentence(r)}\n\n<cite>${r.pick(FIRST_NAMES)}</cite></blockquote>`);
  return paragraphs.join("\n\n");
}

function comments(r: Random, post: number, date: Date): string {
  const out: string[] = [];
  for (let n = 0, count = r.int(0, 4); n < count; n++) {
    const id = post * 10 + n;
    const parent = n > 0 && r.chance(0.4) ? post * 10 + r.int(0, n - 1) : 0;
    const name = `${r.pick(FIRST_NAMES)} ${r.pick(LAST_NAMES)}`;
    const when = wpDate(new Date(date.getTime() + (n + 1) * 3_600_000));
    out.push(
      `<wp:comment><wp:comment_id>${id}</wp:comment_id><wp:comment_author>${cdata(name)}</wp:comment_author>` +
        `<wp:comment_author_email>${cdata(`${slug(name)}@mail.example`)}</wp:comment_author_email>` +
        `<wp:comment_date_gmt>${cdata(when)}</wp:comment_date_gmt><wp:comment_content>${cdata(`${r.pick(ENGLISH.commentOpeners)} ${sentence(r)}`)}</wp:comment_content>` +
        `<wp:comment_approved>${cdata(r.chance(0.9) ? "1" : "0")}</wp:comment_approved><wp:comment_type>${cdata("comment")}</wp:comment_type>` +
        `<wp:comment_parent>${parent}</wp:comment_parent></wp:comment>`,
    );
  }
  return out.join("\n");
}

function item(index: number, type: "post" | "page"): string {
  const r = random(seedOf(index, type === "post" ? 1 : 2));
  const title =
    type === "post" ? `${generateTitle(r, ENGLISH)} (${index})` : `Page ${index}: ${r.pick(ENGLISH.headings)}`;
  const date = new Date(Date.UTC(2012, 0, 1) + index * 4 * 3_600_000);
  const categories =
    type === "post"
      ? [r.pick(CATEGORIES), ...(r.chance(0.3) ? [r.pick(CATEGORIES)] : [])].map(
          (c) => `<category domain="category" nicename="${slug(c)}">${cdata(c)}</category>`,
        )
      : [];
  const tags =
    type === "post"
      ? r
          .distinct(r.int(1, 4), TAG_TOPICS.length)
          .map(
            (t) => `<category domain="post_tag" nicename="${slug(TAG_TOPICS[t]!)}">${cdata(TAG_TOPICS[t]!)}</category>`,
          )
      : [];
  const name = `${slug(title)}`;
  return [
    "<item>",
    `<title>${cdata(title)}</title>`,
    `<link>${SITE}/${date.getUTCFullYear()}/${pad(date.getUTCMonth() + 1)}/${pad(date.getUTCDate())}/${name}/</link>`,
    `<dc:creator>${cdata(`writer${index % AUTHORS}`)}</dc:creator>`,
    `<content:encoded>${cdata(index % 3 === 0 ? classicPost(r, index) : blockPost(r, index))}</content:encoded>`,
    `<excerpt:encoded>${cdata(type === "post" && r.chance(0.5) ? generateStandfirst(r, ENGLISH) : "")}</excerpt:encoded>`,
    `<wp:post_id>${index}</wp:post_id>`,
    `<wp:post_date_gmt>${cdata(wpDate(date))}</wp:post_date_gmt>`,
    `<wp:comment_status>${cdata("open")}</wp:comment_status>`,
    `<wp:post_name>${cdata(name)}</wp:post_name>`,
    `<wp:status>${cdata(r.chance(0.95) ? "publish" : "draft")}</wp:status>`,
    `<wp:post_type>${cdata(type)}</wp:post_type>`,
    `<wp:is_sticky>0</wp:is_sticky>`,
    ...categories,
    ...tags,
    type === "post" ? comments(r, index, date) : "",
    "</item>",
  ].join("\n");
}

function header(): string {
  const authors = Array.from({ length: AUTHORS }, (_, n) => {
    const name = `${FIRST_NAMES[n % FIRST_NAMES.length]} ${LAST_NAMES[n % LAST_NAMES.length]}`;
    return `<wp:author><wp:author_login>${cdata(`writer${n}`)}</wp:author_login><wp:author_email>${cdata(`writer${n}@old.bench.example`)}</wp:author_email><wp:author_display_name>${cdata(name)}</wp:author_display_name></wp:author>`;
  });
  const categories = CATEGORIES.map(
    (c) =>
      `<wp:category><wp:category_nicename>${cdata(slug(c))}</wp:category_nicename><wp:cat_name>${cdata(c)}</wp:cat_name></wp:category>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<title>Bench Housing News</title>
<link>${SITE}</link>
<language>en-GB</language>
<wp:wxr_version>1.2</wp:wxr_version>
<wp:base_site_url>${SITE}</wp:base_site_url>
<wp:base_blog_url>${SITE}</wp:base_blog_url>
${authors.join("\n")}
${categories.join("\n")}
`;
}

/** The export of a site with `posts` posts and a few pages, piece by piece. */
export function* generateWxr(posts: number): Generator<string> {
  yield header();
  for (let index = 1; index <= posts; index++) yield `${item(index, "post")}\n`;
  for (let index = posts + 1; index <= posts + PAGES; index++) yield `${item(index, "page")}\n`;
  yield "</channel>\n</rss>\n";
}

export const GENERATED_PAGES = PAGES;
