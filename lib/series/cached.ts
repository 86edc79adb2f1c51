import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { cacheTags, tagsFor } from "../cache-tags";
import { getSeries } from "./data/queries";

export async function getSeriesCached(slug: string) {
  "use cache";
  cacheLife("content");
  const series = await getSeries(slug);
  cacheTag(...(series ? tagsFor({ series: [series.id] }) : [cacheTags.postsList]));
  return series;
}
