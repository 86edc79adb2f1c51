import "server-only";
import { db } from "../../db";
import { publicContributorWhere } from "../visibility";

export interface PublicContributor {
  id: string;
  slug: string;
  name: string;
  jobTitle: string | null;
  organisation: string | null;
  bioHtml: string;
  photoUrl: string | null;
  /** Only when the contributor opted in to showing contact details. */
  contact: { email: string | null; phone: string | null } | null;
}

export async function getContributor(slug: string): Promise<PublicContributor | null> {
  const c = await db.contributor.findFirst({
    where: { slug, ...publicContributorWhere() },
    select: {
      id: true,
      slug: true,
      name: true,
      jobTitle: true,
      organisation: true,
      bioHtml: true,
      photoUrl: true,
      email: true,
      phone: true,
      contactOptIn: true,
    },
  });
  if (!c) return null;
  const { email, phone, contactOptIn, ...rest } = c;
  return { ...rest, contact: contactOptIn && (email || phone) ? { email, phone } : null };
}

/** Some contributor slugs, for build-time prerendering (the rest render on first visit). */
export async function listContributorSlugs(limit: number): Promise<string[]> {
  const rows = await db.contributor.findMany({
    where: publicContributorWhere(),
    orderBy: { createdAt: "asc" },
    take: limit,
    select: { slug: true },
  });
  return rows.map((r) => r.slug);
}
