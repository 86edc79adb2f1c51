// What the contact card calls a contributor: "Dawn will gladly tell you more",
// not "Cllr will gladly tell you more". A first name typed in the profile
// wins; otherwise the first word of the name that is not an honorific.

const HONORIFICS = new Set([
  "cllr",
  "dr",
  "prof",
  "mr",
  "mrs",
  "ms",
  "mx",
  "sir",
  "dame",
  "rev",
  "lord",
  "lady",
  "baroness",
]);

const isHonorific = (word: string) => HONORIFICS.has(word.toLowerCase().replace(/\.$/, ""));

/** The first word of `name` that is not a title such as "Cllr" or "Dr."; the whole name if every word is one. */
export function defaultFirstName(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  return words.find((word) => !isHonorific(word)) ?? name.trim();
}

export function contactFirstName(contributor: { name: string; firstName: string | null }): string {
  return contributor.firstName?.trim() || defaultFirstName(contributor.name);
}
