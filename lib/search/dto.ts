import type { PostTypeName, PublicPostSummary } from "../posts/dto";

// What the search page receives: plain data, never Prisma models.

/** A piece of a result's snippet; highlighted pieces are the words that matched. */
export interface SnippetSegment {
  text: string;
  highlighted: boolean;
}

export interface SearchHit {
  post: PublicPostSummary;
  /** Empty when there is nothing to quote (the card then shows the standfirst). */
  snippet: SnippetSegment[];
}

export interface SearchFilters {
  section?: string;
  type?: PostTypeName;
  contributor?: string;
}

export interface SearchQuery extends SearchFilters {
  /** Normalised and capped; "" means "no search yet". */
  q: string;
  page: number;
  /** The reader chose "Search instead for …": the words are searched as typed, never corrected. */
  verbatim?: boolean;
}

/** A piece of a corrected query; corrected pieces are the words that were replaced. */
export interface CorrectionSegment {
  text: string;
  corrected: boolean;
}

export interface SearchCorrection {
  /** The reader's query with the mistyped words replaced by the site's own words. */
  q: string;
  segments: CorrectionSegment[];
  /**
   * "applied": the results are for q, because the words as typed found
   * (almost) nothing ("Showing results for …"); "offered": the results are
   * for the words as typed, and q is suggested ("Did you mean …?").
   */
  mode: "applied" | "offered";
}

export interface SearchResults {
  hits: SearchHit[];
  page: number;
  hasNext: boolean;
  /** Every match across all pages. */
  total: number;
  /** "similar-titles": nothing matched the words, these titles look like them (typo fallback). */
  match: "ranked" | "similar-titles";
  correction: SearchCorrection | null;
}

export interface SearchFilterOptions {
  sections: { slug: string; name: string }[];
  contributors: { slug: string; name: string }[];
}
