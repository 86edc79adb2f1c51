// Plain share links: no third-party scripts, no trackers.

export interface ShareLink {
  network: "LinkedIn" | "X" | "Facebook" | "Email";
  href: string;
}

export function shareLinks(input: {
  url: string;
  title: string;
  handle: string | null;
  hashtag: string | null;
  /** The writers' handles, credited before the site's. */
  writerHandles?: readonly string[];
}): ShareLink[] {
  const { url, title } = input;
  const writers = (input.writerHandles ?? []).filter((h) => h !== input.handle);
  const text = [
    title,
    writers.length ? `by ${writers.join(" ")}` : null,
    input.handle ? `via ${input.handle}` : null,
    input.hashtag ? `#${input.hashtag}` : null,
  ]
    .filter(Boolean)
    .join(" ");
  const q = (params: Record<string, string>) => new URLSearchParams(params).toString();
  return [
    { network: "LinkedIn", href: `https://www.linkedin.com/sharing/share-offsite/?${q({ url })}` },
    { network: "X", href: `https://x.com/intent/post?${q({ text, url })}` },
    { network: "Facebook", href: `https://www.facebook.com/sharer/sharer.php?${q({ u: url })}` },
    // mailto wants %20 rather than + for spaces.
    { network: "Email", href: `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(url)}` },
  ];
}
