import "server-only";
import { db } from "../../db";
import { MarkdownRenderRefused, renderOffThread } from "../../markdown/pool";

// The editor's accessibility checks are advisory: an editor may publish with
// flags still open. What was flagged is recorded with the publication (in its
// audit entry), so a later review can see what was knowingly let through.

/** One line per open flag ("image-alt on line 3"), or a note that the body could not be checked. */
export async function accessibilityFlagsToRecord(postId: string): Promise<string[]> {
  const { body } = await db.post.findUniqueOrThrow({ where: { id: postId }, select: { body: true } });
  try {
    const { accessibilityFlags } = await renderOffThread(body, "article");
    return accessibilityFlags.map((f) => `${f.check} on line ${f.line}: ${f.excerpt}`);
  } catch (error) {
    if (!(error instanceof MarkdownRenderRefused)) throw error;
    return ["not checked: the body took too long to read"];
  }
}
