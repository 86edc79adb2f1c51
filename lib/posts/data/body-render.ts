import "server-only";
import { db } from "../../db";
import { env } from "../../env";
import type { PostFields } from "../editor-schema";
import {
  type BodyContext,
  bylinesAreTrusted,
  renderedColumns,
  renderPostBodyOffThread,
  writerHandlesOf,
} from "../render-body";
import { getSiteSettings } from "../../settings/data/queries";
import { chooseSlug } from "./save-slug";

// A save renders the body on a worker before its transaction opens, so a slow
// render never holds a transaction (Prisma ends interactive ones after 5 s)
// or a database connection. The HTML depends on the slug and on whether the
// bylines are trusted, which the transaction decides for good: it compares
// what it decided with what was rendered, and when they differ (another save
// took the slug in between) the save renders again with the decided context.

export interface RenderedBody {
  context: BodyContext;
  columns: ReturnType<typeof renderedColumns>;
}

/** Thrown inside the save's transaction (rolling it back) when the rendered context is out of date. */
export class RenderContextMoved extends Error {
  constructor(readonly context: BodyContext) {
    super("The post's address or bylines changed while its body was rendering.");
  }
}

export async function renderBody(body: string, context: BodyContext): Promise<RenderedBody> {
  const rendered = await renderPostBodyOffThread(body, { ...context, siteUrl: env().SITE_URL }, "fields.body");
  return { context, columns: renderedColumns(rendered) };
}

/** The context the transaction will most likely decide, read without one. */
export async function plannedContext(postId: string, fields: PostFields): Promise<BodyContext> {
  const [stored, contributors] = await Promise.all([
    db.post.findUniqueOrThrow({
      where: { id: postId },
      select: { kind: true, title: true, slug: true, publishedAt: true },
    }),
    db.contributor.findMany({
      where: { id: { in: fields.bylines.map((b) => b.contributorId) } },
      select: { id: true, userId: true, socialHandle: true, organisationHandle: true },
    }),
  ]);
  const byId = new Map(contributors.map((c) => [c.id, c]));
  const inOrder = fields.bylines.flatMap((b) => byId.get(b.contributorId) ?? []);
  return {
    slug: await chooseSlug(db, { id: postId, ...stored }, fields.slug, fields.title),
    hashtag: fields.hashtag,
    trustedAuthor: bylinesAreTrusted(contributors),
    siteHandle: (await getSiteSettings()).socialHandle,
    writerHandles: writerHandlesOf(inOrder),
  };
}

export function confirmContext(rendered: RenderedBody, decided: BodyContext): void {
  const { slug, hashtag, trustedAuthor, writerHandles } = rendered.context;
  if (
    slug !== decided.slug ||
    hashtag !== decided.hashtag ||
    trustedAuthor !== decided.trustedAuthor ||
    writerHandles.join(" ") !== decided.writerHandles.join(" ")
  ) {
    throw new RenderContextMoved(decided);
  }
}
