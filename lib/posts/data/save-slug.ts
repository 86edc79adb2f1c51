import "server-only";
import { ValidationError } from "../../errors";
import type { Tx } from "./access";
import { freeSlug, isSlugTaken, slugFollowsTitle } from "./slug-availability";
import { isReservedPageSlug, RESERVED_SLUG_MESSAGE } from "../../pages/reserved-slugs";

/**
 * The slug to store. A slug the editor made follows the title until the post
 * is first published; one the writer typed is kept, and refused if another
 * post holds it. An emptied slug field asks for one made from the title. A
 * page, which lives at the top level, never takes an address the site keeps.
 */
export async function chooseSlug(
  tx: Tx,
  stored: { id: string; kind: "ARTICLE" | "PAGE"; slug: string; title: string; publishedAt: Date | null },
  wanted: string,
  title: string,
): Promise<string> {
  const avoid = stored.kind === "PAGE" ? isReservedPageSlug : () => false;
  const follows =
    stored.publishedAt === null &&
    (wanted === "" || (wanted === stored.slug && slugFollowsTitle(stored.slug, stored.title)));
  if (follows) return title ? freeSlug(title, stored.id, tx, avoid) : stored.slug;
  if (wanted === "") return freeSlug(title || stored.title, stored.id, tx, avoid);
  if (avoid(wanted)) {
    throw new ValidationError("That web address is taken.", { "fields.slug": [RESERVED_SLUG_MESSAGE] });
  }
  if (wanted !== stored.slug && (await isSlugTaken(wanted, stored.id, tx))) {
    const suggestion = await freeSlug(wanted, stored.id, tx);
    throw new ValidationError("That web address is taken.", {
      "fields.slug": [`Another post uses this address. “${suggestion}” is free.`],
    });
  }
  return wanted;
}

/** A post that has been public keeps answering at its old address. */
export async function moveSlug(
  tx: Tx,
  postId: string,
  stored: { slug: string; publishedAt: Date | null },
  slug: string,
): Promise<void> {
  await tx.slugRedirect.deleteMany({ where: { oldSlug: slug, postId } });
  if (stored.publishedAt === null) return;
  await tx.slugRedirect.upsert({
    where: { oldSlug: stored.slug },
    create: { oldSlug: stored.slug, postId },
    update: { postId },
  });
}
