import "server-only";
import { db } from "../../db";
import { contactFirstName } from "../first-name";
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
  contact: { firstName: string; email: string | null; phone: string | null } | null;
}

export async function getContributor(slug: string): Promise<PublicContributor | null> {
  const c = await db.contributor.findFirst({
    where: { slug, ...publicContributorWhere() },
    select: {
      id: true,
      slug: true,
      name: true,
      firstName: true,
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
  const { email, phone, contactOptIn, firstName, ...rest } = c;
  const contact =
    contactOptIn && (email || phone)
      ? { firstName: contactFirstName({ name: rest.name, firstName }), email, phone }
      : null;
  return { ...rest, contact };
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
