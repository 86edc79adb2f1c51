import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import { isReservedPageSlug } from "../../../lib/pages/reserved-slugs";
import {
  contributorFileSchema, pageFileSchema, postFileSchema, sectionFileSchema, seriesFileSchema,
  type ContributorFile, type PageFile, type PostFile, type SectionFile, type SeriesFile,
} from "./schema";

export interface ContentSet {
  sections: SectionFile[];
  series: SeriesFile[];
  contributors: ContributorFile[];
  posts: PostFile[];
  pages: PageFile[];
}

export class ContentError extends Error {}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/**
 * A Markdown file's front matter, validated, and its body exactly as written
 * (the demo loader trims it; an export's import must not). Also used by the
 * export's import (scripts/lib/transfer).
 */
export function parseFrontMatter<S extends z.ZodType>(source: string, schema: S, label: string): { data: z.output<S>; body: string } {
  const match = FRONT_MATTER.exec(source);
  if (!match) throw new ContentError(`${label}: missing YAML front matter between --- lines`);
  const result = schema.safeParse(parseYaml(match[1]!));
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".") || "(front matter)"}: ${i.message}`);
    throw new ContentError(`${label}: ${problems.join("; ")}`);
  }
  return { data: result.data, body: match[2]! };
}

function parseFile<S extends z.ZodType>(file: string, schema: S): z.infer<S> & { body: string } {
  const { data, body } = parseFrontMatter(readFileSync(file, "utf8"), schema, file);
  return { ...(data as object), body: body.trim() } as z.infer<S> & { body: string };
}

function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith(".md")).sort().map((f) => path.join(dir, f));
}

/** Reads and validates content/, checking that every slug a file refers to exists. */
export function loadContent(root = "content", publicDir = "public"): ContentSet {
  const sectionsFile = path.join(root, "sections.yaml");
  const sections = existsSync(sectionsFile)
    ? sectionFileSchema.parse(parseYaml(readFileSync(sectionsFile, "utf8")))
    : [];
  const set: ContentSet = {
    sections,
    series: markdownFiles(path.join(root, "series")).map((f) => parseFile(f, seriesFileSchema)),
    contributors: markdownFiles(path.join(root, "contributors")).map((f) => parseFile(f, contributorFileSchema)),
    posts: markdownFiles(path.join(root, "posts")).map((f) => parseFile(f, postFileSchema)),
    pages: markdownFiles(path.join(root, "pages")).map((f) => parseFile(f, pageFileSchema)),
  };
  checkReferences(set, publicDir);
  return set;
}

function checkReferences(set: ContentSet, publicDir: string): void {
  const problems: string[] = [];
  const has = (list: { slug: string }[], slug: string) => list.some((x) => x.slug === slug);
  const image = (owner: string, src: string | undefined) => {
    if (src && !existsSync(path.join(publicDir, src))) problems.push(`${owner}: image ${src} not found in ${publicDir}/`);
  };
  for (const c of set.contributors) image(`contributor ${c.slug}`, c.photo);
  for (const p of set.posts) {
    const owner = `post ${p.slug}`;
    if (p.section && !has(set.sections, p.section)) problems.push(`${owner}: unknown section ${p.section}`);
    for (const also of p.alsoIn) if (!has(set.sections, also)) problems.push(`${owner}: unknown section ${also}`);
    if (p.series && !has(set.series, p.series.slug)) problems.push(`${owner}: unknown series ${p.series.slug}`);
    for (const b of p.bylines) if (!has(set.contributors, b)) problems.push(`${owner}: unknown contributor ${b}`);
    image(owner, p.hero?.src);
  }
  for (const p of set.pages) {
    const owner = `page ${p.slug}`;
    if (isReservedPageSlug(p.slug)) problems.push(`${owner}: /${p.slug} belongs to the site itself`);
    if (set.posts.some((post) => post.slug === p.slug)) problems.push(`${owner}: a post has the same slug`);
    if (p.template === "CONTACT" && !p.contact) problems.push(`${owner}: the contact template needs a contact`);
    const contact = p.contact ? set.contributors.find((c) => c.slug === p.contact) : undefined;
    if (p.contact && !contact?.contactOptIn) problems.push(`${owner}: contact ${p.contact} unknown or not opted in`);
  }
  if (problems.length) throw new ContentError(`content/ has problems:\n  ${problems.join("\n  ")}`);
}
