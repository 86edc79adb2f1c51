import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { cacheTags, tagsFor } from "../cache-tags";
import { parseOrNull, publicSlugSchema } from "../schemas";
import { getSeries } from "./data/queries";
import { onReplica } from "../replica-reads";

export async function getSeriesCached(slug: string) {
  "use cache";
  cacheLife("content");
  const valid = parseOrNull(publicSlugSchema, slug);
  const series = valid === null ? null : await onReplica(() => getSeries(valid));
  cacheTag(...(series ? tagsFor({ series: [series.id] }) : [cacheTags.postsList]));
  return series;
}
