import "server-only";
import { can, type PostSubject, type Viewer } from "../../auth/permissions";
import { db } from "../../db";
import type { PostTypeName } from "../dto";
import { missingMessages } from "../publish-requirements";
import { canTransition, type PostStatus } from "../workflow";

// The post as the editor sees it: every editable field, the workflow state,
// what is still missing before it can be published, and what this viewer
// may do with it.

export interface EditablePostPermissions {
  canEdit: boolean;
  canSubmit: boolean;
  /** Back to draft from review, or out of the schedule. */
  canReturn: boolean;
  canPublish: boolean;
  canSchedule: boolean;
  canUnpublish: boolean;
  canArchive: boolean;
  canDelete: boolean;
  /** Out of the archive, back to draft. */
  canRestore: boolean;
}

export interface EditablePost {
  id: string;
  version: number;
  status: PostStatus;
  slug: string;
  type: PostTypeName;
  title: string;
  standfirst: string;
  body: string;
  language: string;
  sectionId: string | null;
  seriesId: string | null;
  seriesPosition: number | null;
  tags: { id: string; name: string }[];
  bylines: { contributorId: string; name: string; jobTitle: string | null; organisation: string | null }[];
  hero: { mediaId: string | null; url: string; alt: string; caption: string; credit: string } | null;
  seoTitle: string;
  seoDescription: string;
  hashtag: string | null;
  commentsEnabled: boolean;
  signOff: boolean;
  publishedAt: string | null;
  scheduledAt: string | null;
  reviewNote: string | null;
  updatedAt: string;
  createdById: string | null;
  missingForPublish: string[];
  permissions: EditablePostPermissions;
}

export function permissionsFor(viewer: Viewer | null, subject: PostSubject): EditablePostPermissions {
  return {
    canEdit: can(viewer, "post:update", subject),
    canSubmit: canTransition(viewer, "submit", subject),
    canReturn: canTransition(viewer, "return", subject) || canTransition(viewer, "unschedule", subject),
    canPublish: canTransition(viewer, "publish", subject),
    canSchedule: canTransition(viewer, "schedule", subject),
    canUnpublish: canTransition(viewer, "unpublish", subject),
    canArchive: canTransition(viewer, "archive", subject),
    canDelete: can(viewer, "post:delete", subject),
    canRestore: canTransition(viewer, "restore", subject),
  };
}

export async function getEditablePost(viewer: Viewer | null, id: string): Promise<EditablePost | null> {
  const row = await db.post.findUnique({
    where: { id },
    select: {
      id: true, version: true, status: true, slug: true, type: true, title: true, standfirst: true, body: true,
      language: true, sectionId: true, seriesId: true, seriesPosition: true,
      heroMediaId: true, heroImageUrl: true, heroAlt: true, heroCaption: true, heroCredit: true,
      seoTitle: true, seoDescription: true, hashtag: true, commentsEnabled: true, signOff: true,
      publishedAt: true, scheduledAt: true, reviewNote: true, updatedAt: true, createdById: true,
      tags: { select: { tag: { select: { id: true, name: true } } }, orderBy: { tag: { name: "asc" } } },
      bylines: {
        orderBy: { position: "asc" },
        select: { contributorId: true, jobTitle: true, organisation: true, contributor: { select: { name: true } } },
      },
    },
  });
  if (!row) return null;
  const subject: PostSubject = {
    createdById: row.createdById, status: row.status, contributorIds: row.bylines.map((b) => b.contributorId),
  };
  if (!can(viewer, "post:read", subject)) return null;

  const hero = row.heroImageUrl === null ? null : {
    mediaId: row.heroMediaId, url: row.heroImageUrl, alt: row.heroAlt ?? "", caption: row.heroCaption ?? "", credit: row.heroCredit ?? "",
  };
  return {
    id: row.id, version: row.version, status: row.status, slug: row.slug, type: row.type, title: row.title,
    standfirst: row.standfirst, body: row.body, language: row.language,
    sectionId: row.sectionId, seriesId: row.seriesId, seriesPosition: row.seriesPosition,
    tags: row.tags.map(({ tag }) => tag),
    bylines: row.bylines.map((b) => ({
      contributorId: b.contributorId, name: b.contributor.name, jobTitle: b.jobTitle, organisation: b.organisation,
    })),
    hero,
    seoTitle: row.seoTitle ?? "", seoDescription: row.seoDescription ?? "", hashtag: row.hashtag,
    commentsEnabled: row.commentsEnabled, signOff: row.signOff,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    scheduledAt: row.scheduledAt?.toISOString() ?? null,
    reviewNote: row.reviewNote,
    updatedAt: row.updatedAt.toISOString(),
    createdById: row.createdById,
    missingForPublish: missingMessages({
      title: row.title, body: row.body, bylineCount: row.bylines.length, heroAlt: hero ? hero.alt : null,
    }),
    permissions: permissionsFor(viewer, subject),
  };
}
