import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { z } from "zod";
import { cacheTags } from "../cache-tags";
import { env } from "../env";
import { onReplica } from "../replica-reads";
import { renderSitemapFile, renderSitemapRoot } from "./render";

// The sitemap lists every published URL: any publication, unpublication or
// slug change touches the post list, and section renames touch "sections".
// The site's address comes from the environment, never from the caller: this
// is a public endpoint, and its answers are shared.

const fileArgSchema = z.string().max(40).optional();

export async function renderSitemapCached(file?: string): Promise<string | null> {
  "use cache";
  cacheLife("content");
  cacheTag(cacheTags.postsList, cacheTags.sections);
  const siteUrl = env().SITE_URL;
  const parsed = fileArgSchema.safeParse(file);
  if (!parsed.success) return null;
  const name = parsed.data;
  return onReplica(() => (name === undefined ? renderSitemapRoot({ siteUrl }) : renderSitemapFile(name, { siteUrl })));
}
