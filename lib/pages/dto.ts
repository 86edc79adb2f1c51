// What standalone pages' public and admin views receive: plain data, never Prisma models.

import type { ShownEntities } from "../cache-tags";
import type { ArticleHeading } from "../posts/dto";
import type { PostStatus } from "../posts/workflow";

/** The contact block of a page with the CONTACT template: a contributor who offers contact details. */
export interface PageContact {
  name: string;
  jobTitle: string | null;
  organisation: string | null;
  email: string | null;
  phone: string | null;
}

export interface PublicPage {
  id: string;
  slug: string;
  title: string;
  standfirst: string;
  html: string;
  headings: ArticleHeading[];
  language: string;
  seoTitle: string | null;
  seoDescription: string | null;
  publishedAt: Date;
  /** When the text last changed in substance, else the publication date. */
  modifiedAt: Date;
  contact: PageContact | null;
  shows: Partial<ShownEntities>;
}

/** A published page as a link: what menus and the menu editor offer. */
export interface PageLink {
  id: string;
  slug: string;
  title: string;
}

export interface AdminPageRow {
  id: string;
  title: string;
  slug: string;
  status: PostStatus;
  updatedAt: string;
}
