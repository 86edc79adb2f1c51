// What the public pages receive: plain data, never Prisma models.

export interface PublicByline {
  name: string;
  slug: string;
  jobTitle: string | null;
  organisation: string | null;
}

export interface PublicPostSummary {
  slug: string;
  type: "BLOG" | "OPINION" | "NEWS" | "FEATURE";
  title: string;
  standfirst: string;
  language: string;
  publishedAt: Date;
  section: { slug: string; name: string } | null;
  bylines: PublicByline[];
}

export interface PublicPost extends PublicPostSummary {
  html: string;
  readingMinutes: number;
  contentUpdatedAt: Date | null;
  hero: { url: string; alt: string; caption: string | null; credit: string | null } | null;
}
