import { z } from "zod";

// Inputs shared by several domains' routes and forms.

/** The N of /…/page/N (what `?page=N` is rewritten to) on every public listing: page 1 is the bare listing URL. */
export const listingPageSchema = z.coerce.number().int().min(2).max(100_000);
