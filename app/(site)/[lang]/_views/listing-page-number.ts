import { notFound, permanentRedirect } from "next/navigation";
import { listingPageSchema } from "@/lib/schemas";

/** The page number of a /…/page/N route; /page/1 goes to the bare URL, nonsense is a 404. */
export async function listingPageNumber(params: Promise<{ page: string }>, basePath: string): Promise<number> {
  const { page } = await params;
  if (page === "1") permanentRedirect(basePath);
  const parsed = listingPageSchema.safeParse(page);
  if (!parsed.success) notFound();
  return parsed.data;
}
