import { bloggerLookupOf } from "@/lib/imports/legacy";
import { legacyResponse } from "@/lib/imports/legacy-response";

// An imported Blogger blog's old addresses (/2021/05/<name>.html with or
// without ?m=1, /p/<name>.html, /search/label/<label>), rewritten here by
// lib/site/legacy-rewrites.ts as /path/<segments…> or /label/<label>: a
// permanent redirect to where the post, page or tag lives now, or a 404.

type Props = { params: Promise<{ kind: string; path: string[] }> };

export async function GET(_request: Request, { params }: Props) {
  const { kind, path } = await params;
  return legacyResponse(bloggerLookupOf(kind, path));
}
