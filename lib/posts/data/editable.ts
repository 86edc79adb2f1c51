import "server-only";
import { can, type PostSubject, type Viewer } from "../../auth/permissions";
import { db } from "../../db";
import type { EditablePost, EditablePostPermissions } from "../dto";
import { staffNameOf } from "./admin-rows";
import { editableFieldsOf, editableFieldsSelect } from "./post-fields";
import { missingMessages, publishableOf } from "../publish-requirements";
import { canTransition } from "../workflow";

// The post as the editor sees it: every editable field, the workflow state,
// what is still missing before it can be published, and what this viewer
// may do with it.

export function permissionsFor(viewer: Viewer | null, subject: PostSubject): EditablePostPermissions {
  return {
    canEdit: can(viewer, "post:update", subject),
    canSubmit: canTransition(viewer, "submit", subject),
    canReturn: canTransition(viewer, "return", subject) || canTransition(viewer, "unschedule", subject),
    canPublish: canTransition(viewer, "publish", subject),
    canSchedule: canTransition(viewer, "schedule", subject),
    canUnpublish: canTransition(viewer, "unpublish", subject),
    canArchive: canTransition(viewer, "archive", subject),
    canBackdate: subject.status === "PUBLISHED" && can(viewer, "post:publish", subject),
    canDelete: can(viewer, "post:delete", subject),
    canRestore: canTransition(viewer, "restore", subject),
  };
}

export async function getEditablePost(viewer: Viewer | null, id: string): Promise<EditablePost | null> {
  const row = await db.post.findUnique({
    where: { id },
    select: {
      ...editableFieldsSelect,
      id: true,
      kind: true,
      version: true,
      status: true,
      publishedAt: true,
      publishedBy: { select: { name: true, email: true } },
      scheduledAt: true,
      reviewNote: true,
      updatedAt: true,
      createdById: true,
    },
  });
  if (!row) return null;
  const subject: PostSubject = {
    createdById: row.createdById,
    status: row.status,
    contributorIds: row.bylines.map((b) => b.contributorId),
  };
  if (!can(viewer, "post:read", subject)) return null;

  const fields = editableFieldsOf(row);
  return {
    id: row.id,
    kind: row.kind,
    version: row.version,
    status: row.status,
    ...fields,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    publishedByName: staffNameOf(row.publishedBy),
    scheduledAt: row.scheduledAt?.toISOString() ?? null,
    reviewNote: row.reviewNote,
    updatedAt: row.updatedAt.toISOString(),
    createdById: row.createdById,
    missingForPublish: missingMessages(publishableOf(fields, row.kind)),
    permissions: permissionsFor(viewer, subject),
  };
}
