import "server-only";
import { type FieldErrors, ValidationError } from "../../errors";
import type { Tx } from "./access";
import type { PostFields } from "../editor-schema";
import { bylinesAreTrusted, writerHandlesOf } from "../render-body";
import { slugify } from "../../text/slug";

// Turns the ids and names an editor submits into rows a save can write:
// refuses ids that do not exist (as field errors), creates tags named inline,
// and freezes each byline's job title and organisation.

export interface ResolvedReferences {
  bylines: { contributorId: string; position: number; jobTitle: string | null; organisation: string | null }[];
  trustedAuthor: boolean;
  /** The writers' share handles, in byline order (render-body.ts). */
  writerHandles: string[];
  tagIds: string[];
  mediaIds: string[];
  /** Chosen "Read more" articles that still exist, in the editor's order. */
  relatedIds: string[];
  /** The other sections that still exist, in the editor's order. */
  otherSectionIds: string[];
}

interface StoredPost {
  id: string;
  publishedAt: Date | null;
  bylines: { contributorId: string; jobTitle: string | null; organisation: string | null }[];
}

const MEDIA_PATH = /\/media\/([A-Za-z0-9_-]{1,64})\//g;

/** Media ids the body refers to as /media/<id>/…, in order of first use. */
export function mediaIdsInBody(body: string): string[] {
  return [...new Set([...body.matchAll(MEDIA_PATH)].map((m) => m[1]!))];
}

export async function resolveReferences(tx: Tx, post: StoredPost, fields: PostFields): Promise<ResolvedReferences> {
  const errors: FieldErrors = {};
  const contributorIds = fields.bylines.map((b) => b.contributorId);
  const relatedWanted = fields.related.map((r) => r.postId);
  const [section, series, contributors, seriesNeighbour, relatedFound, otherSections, contact] = await Promise.all([
    fields.sectionId ? tx.section.findUnique({ where: { id: fields.sectionId }, select: { id: true } }) : null,
    fields.seriesId ? tx.series.findUnique({ where: { id: fields.seriesId }, select: { id: true } }) : null,
    tx.contributor.findMany({
      where: { id: { in: contributorIds } },
      select: {
        id: true,
        jobTitle: true,
        organisation: true,
        userId: true,
        socialHandle: true,
        organisationHandle: true,
      },
    }),
    fields.seriesId && fields.seriesPosition !== null
      ? tx.post.findFirst({
          where: { seriesId: fields.seriesId, seriesPosition: fields.seriesPosition, id: { not: post.id } },
          select: { title: true },
        })
      : null,
    relatedWanted.length
      ? tx.post.findMany({ where: { id: { in: relatedWanted } }, select: { id: true } })
      : ([] as { id: string }[]),
    fields.otherSectionIds.length
      ? tx.section.findMany({ where: { id: { in: fields.otherSectionIds } }, select: { id: true } })
      : ([] as { id: string }[]),
    fields.contactId
      ? tx.contributor.findUnique({ where: { id: fields.contactId }, select: { contactOptIn: true } })
      : null,
  ]);
  if (fields.sectionId && !section) errors["fields.sectionId"] = ["That section no longer exists."];
  if (fields.seriesId && !series) errors["fields.seriesId"] = ["That series no longer exists."];
  if (seriesNeighbour) {
    errors["fields.seriesPosition"] = [
      `Part ${fields.seriesPosition} of this series is already “${seriesNeighbour.title}”.`,
    ];
  }
  if (contributors.length !== contributorIds.length)
    errors["fields.bylines"] = ["A writer on the byline no longer exists."];
  if (relatedWanted.includes(post.id)) errors["fields.related"] = ["A post cannot be its own “Read more”."];
  // A contact block publishes someone's email and phone: only theirs who agreed to show them.
  if (fields.contactId && !contact?.contactOptIn) {
    errors["fields.contactId"] = ["Choose a contributor whose profile offers contact details."];
  }

  const heroMediaId = fields.hero?.mediaId ?? null;
  const wanted = [...new Set([...mediaIdsInBody(fields.body), ...(heroMediaId ? [heroMediaId] : [])])];
  const media = wanted.length
    ? await tx.media.findMany({ where: { id: { in: wanted } }, select: { id: true, kind: true } })
    : [];
  const mediaIds = new Set(media.map((m) => m.id));
  if (heroMediaId && !mediaIds.has(heroMediaId))
    errors["fields.hero.mediaId"] = ["That image is no longer in the media library."];
  else if (heroMediaId && media.some((m) => m.id === heroMediaId && m.kind === "DOCUMENT"))
    errors["fields.hero.mediaId"] = ["The hero must be an image; that is a document."];

  if (Object.keys(errors).length) throw new ValidationError("Some fields need attention.", errors);

  // Bylines follow the writer's profile until first publication; after that
  // a byline already printed keeps the job title it was published with.
  const printed = new Map(post.publishedAt ? post.bylines.map((b) => [b.contributorId, b]) : []);
  const byId = new Map(contributors.map((c) => [c.id, c]));
  const bylines = contributorIds.map((contributorId, position) => {
    const frozen = printed.get(contributorId) ?? byId.get(contributorId)!;
    return { contributorId, position, jobTitle: frozen.jobTitle, organisation: frozen.organisation };
  });

  const tagIds: string[] = [];
  for (const name of fields.tagNames) {
    const slug = slugify(name);
    const tag = await tx.tag.upsert({
      where: { slug },
      create: { slug, name, createdInDraft: true },
      update: {},
      select: { id: true },
    });
    tagIds.push(tag.id);
  }

  return {
    bylines,
    trustedAuthor: bylinesAreTrusted(contributors),
    writerHandles: writerHandlesOf(contributorIds.map((id) => byId.get(id)!)),
    tagIds,
    mediaIds: wanted.filter((id) => mediaIds.has(id)),
    // An article deleted since it was chosen (say, in a restored revision) simply drops out.
    relatedIds: relatedWanted.filter((id) => relatedFound.some((r) => r.id === id)),
    // Likewise a section deleted since.
    otherSectionIds: fields.otherSectionIds.filter((id) => otherSections.some((s) => s.id === id)),
  };
}

/** At first publication each byline takes the writer's job title and organisation of that day, for good. */
export async function freezeBylines(tx: Tx, postId: string): Promise<void> {
  const bylines = await tx.byline.findMany({
    where: { postId },
    select: { id: true, contributor: { select: { jobTitle: true, organisation: true } } },
  });
  for (const b of bylines) {
    await tx.byline.update({
      where: { id: b.id },
      data: { jobTitle: b.contributor.jobTitle, organisation: b.contributor.organisation },
    });
  }
}
