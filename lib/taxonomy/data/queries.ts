import "server-only";
import { db } from "../../db";
import type { PublicSection, PublicTag } from "../dto";
import { publicTagWhere } from "../visibility";

/** Sections in navigation order. */
export async function listSections(): Promise<PublicSection[]> {
  return db.section.findMany({
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { id: true, slug: true, name: true, description: true },
  });
}

export async function getSection(slug: string): Promise<PublicSection | null> {
  return db.section.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, description: true } });
}

export async function getTag(slug: string): Promise<PublicTag | null> {
  return db.tag.findFirst({ where: { slug, ...publicTagWhere() }, select: { id: true, slug: true, name: true } });
}

/** Some tag slugs, for build-time prerendering (the rest render on first visit). */
export async function listTagSlugs(limit: number): Promise<string[]> {
  const rows = await db.tag.findMany({
    where: publicTagWhere(),
    orderBy: { createdAt: "asc" },
    take: limit,
    select: { slug: true },
  });
  return rows.map((r) => r.slug);
}
