import "server-only";
import { authorize, can, type Viewer } from "../../auth/permissions";
import { db } from "../../db";
import { env } from "../../env";
import { actorOf, recordAudit } from "../../audit/data/record";
import { NotFound } from "../../errors";
import { findSubject, type LoadedSubject, NOT_FOUND_MESSAGE, requireReadable } from "./access";
import { getPreviewArticlePage, type PreviewGrant } from "./article-page";
import type { ArticlePage } from "../dto";
import { getPreviewPage } from "../../pages/data/public-page";
import type { PublicPage } from "../../pages/dto";
import { signPreviewToken, verifyPreviewToken } from "../preview-token";
import { bylinesAreTrusted, renderPostBodyOffThread, writerHandlesOf } from "../render-body";
import { getSiteSettings } from "../../settings/data/queries";
import type { RenderResult } from "../../markdown";

// Unpublished posts rendered exactly as readers will see them: the article
// page's own data, without its "published and due" filter. Staff preview
// what they may read; anyone may follow a signed preview link until it
// expires or is revoked, except to an archived post.

export interface PreviewPage extends ArticlePage {
  status: string;
  /** A standalone page, shown as readers will see it at its own address rather than as an article. */
  standalone: PublicPage | null;
}

function previewSecret(): string {
  const secret = env().NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set: `npm start` generates one, or set it in the environment.");
  return secret;
}

// The only place a PreviewGrant is made: previewOf's two callers below have
// checked the viewer may read the post, or that the signed link is genuine.
const previewGrant = (subject: LoadedSubject) => ({ postId: subject.id }) as PreviewGrant;

async function previewOf(subject: LoadedSubject): Promise<PreviewPage | null> {
  const page = await getPreviewArticlePage(previewGrant(subject));
  if (!page) return null;
  // A draft has no publication date yet: it shows its scheduled time, or the
  // date it would get if published now.
  const publishedAt = subject.publishedAt ?? subject.scheduledAt ?? new Date();
  const standalone = subject.kind === "PAGE" ? await getPreviewPage(previewGrant(subject)) : null;
  return { ...page, status: subject.status, post: { ...page.post, publishedAt }, standalone };
}

/** The preview for signed-in staff; null when the post is missing or not theirs to read. */
export async function getStaffPreview(viewer: Viewer | null, postId: string): Promise<PreviewPage | null> {
  const subject = await findSubject(postId);
  return subject && can(viewer, "post:read", subject) ? previewOf(subject) : null;
}

async function previewNonceOf(postId: string): Promise<number | null> {
  const row = await db.post.findUnique({ where: { id: postId }, select: { previewNonce: true } });
  return row?.previewNonce ?? null;
}

/** The post a signed link may open: null for a forged, expired, revoked or orphaned link, or an archived post. */
async function linkedSubject(token: string): Promise<LoadedSubject | null> {
  const secret = env().NEXTAUTH_SECRET;
  const verified = secret ? verifyPreviewToken(token, secret) : null;
  if (!verified || (await previewNonceOf(verified.postId)) !== verified.nonce) return null;
  const subject = await findSubject(verified.postId);
  return subject && subject.status !== "ARCHIVED" ? subject : null;
}

/** Whether a preview link still opens anything, checked before its page starts streaming (lib/http/preview-gate.ts). */
export async function isLivePreviewToken(token: string): Promise<boolean> {
  return (await linkedSubject(token)) !== null;
}

/** The preview a signed link opens; null when the link is dead (see linkedSubject). */
export async function getTokenPreview(token: string): Promise<PreviewPage | null> {
  const subject = await linkedSubject(token);
  return subject ? previewOf(subject) : null;
}

export async function createPreviewLink(viewer: Viewer, postId: string): Promise<{ url: string; expiresAt: string }> {
  const subject = await requireReadable(viewer, postId);
  authorize(viewer, "post:preview-link", subject);
  const nonce = await previewNonceOf(postId);
  if (nonce === null) throw new NotFound(NOT_FOUND_MESSAGE);
  const { token, expiresAt } = signPreviewToken(postId, nonce, previewSecret());
  return { url: new URL(`/preview/${token}`, env().SITE_URL).toString(), expiresAt: expiresAt.toISOString() };
}

/** Every preview link made so far stops working; new ones can be made at once. */
export async function revokePreviewLinks(viewer: Viewer, postId: string): Promise<{ revoked: true }> {
  const subject = await requireReadable(viewer, postId);
  authorize(viewer, "post:preview-link", subject);
  await db.$transaction(async (tx) => {
    await tx.post.update({ where: { id: postId }, data: { previewNonce: { increment: 1 } } });
    await recordAudit(tx, {
      ...actorOf(viewer),
      action: "post.revoke-preview-links",
      subjectType: "post",
      subjectId: postId,
    });
  });
  return { revoked: true };
}

/**
 * The editor's live preview of a body, rendered as saving would: with the
 * post's address, hashtag and byline trust when it is named and readable.
 */
export async function renderBodyPreview(
  viewer: Viewer,
  body: string,
  postId?: string,
): Promise<Pick<RenderResult, "html" | "accessibilityFlags">> {
  const post = postId ? await requireReadable(viewer, postId).then(() => previewContext(postId)) : null;
  const rendered = await renderPostBodyOffThread(
    body,
    {
      slug: post?.slug ?? "preview",
      hashtag: post?.hashtag ?? null,
      trustedAuthor: post?.trustedAuthor ?? true,
      siteHandle: (await getSiteSettings()).socialHandle,
      writerHandles: post?.writerHandles ?? [],
      siteUrl: env().SITE_URL,
    },
    "body",
  );
  return { html: rendered.html, accessibilityFlags: rendered.accessibilityFlags };
}

async function previewContext(id: string) {
  const row = await db.post.findUniqueOrThrow({
    where: { id },
    select: {
      slug: true,
      hashtag: true,
      bylines: {
        orderBy: { position: "asc" },
        select: { contributor: { select: { userId: true, socialHandle: true, organisationHandle: true } } },
      },
    },
  });
  const contributors = row.bylines.map((b) => b.contributor);
  return {
    slug: row.slug,
    hashtag: row.hashtag,
    trustedAuthor: bylinesAreTrusted(contributors),
    writerHandles: writerHandlesOf(contributors),
  };
}
