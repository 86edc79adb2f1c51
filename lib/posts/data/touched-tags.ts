import "server-only";
import { cacheTags, tagsFor } from "../../cache-tags";
import { db } from "../../db";

/**
 * Every cache tag whose pages can show this post: its own, the site-wide
 * lists, and its section, tags, bylines and series. Publishing, updating or
 * unpublishing it invalidates exactly these.
 */
export async function tagsTouchedByPost(postId: string): Promise<string[]> {
  const post = await db.post.findUnique({
    where: { id: postId },
    select: {
      sectionId: true,
      otherSections: { select: { sectionId: true } },
      seriesId: true,
      tags: { select: { tagId: true } },
      bylines: { select: { contributorId: true } },
    },
  });
  if (!post) return [cacheTags.post(postId), cacheTags.postsList];
  return [
    cacheTags.postsList,
    ...tagsFor({
      posts: [postId],
      sections: [...(post.sectionId ? [post.sectionId] : []), ...post.otherSections.map((s) => s.sectionId)],
      series: post.seriesId ? [post.seriesId] : [],
      tags: post.tags.map((t) => t.tagId),
      contributors: post.bylines.map((b) => b.contributorId),
    }),
  ];
}
