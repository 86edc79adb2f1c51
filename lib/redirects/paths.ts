// The public address of each renamable thing. Redirect rows store these
// paths, so a rename moves readers from the old address to the new one.

type RenamableKind = "section" | "tag" | "series" | "contributor";

const PREFIX: Record<RenamableKind, string> = {
  section: "/sections",
  tag: "/tags",
  series: "/series",
  contributor: "/contributors",
};

export function publicPath(kind: RenamableKind, slug: string): string {
  return `${PREFIX[kind]}/${slug}`;
}
