import { isIPv4, isIPv6 } from "node:net";

// The client's network address, for per-address limits (sign-in, comments). Next does
// not hand route code the socket's address, so the only source is the
// X-Forwarded-For header, which anyone can send: it is believed only when a
// reverse proxy the site trusts (TRUST_PROXY=true) stands in front. Such a
// proxy appends the address it saw, so the last entry is the one to trust;
// entries before it are whatever the client claimed.

/** IPv6 hosts get a /64 each, so one household or server is one prefix, not billions of addresses. */
function ipv6Prefix(address: string): string {
  const [head = "", tail = ""] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = address.includes("::")
    ? [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(":")}::/64`;
}

/** A key for the address: IPv4 as it is (also when written IPv6-mapped), IPv6 by its /64; null when unusable. */
export function addressKey(raw: string): string | null {
  const address = raw
    .trim()
    .replace(/^\[(.*)\](?::\d+)?$/, "$1")
    .replace(/%.*$/, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped && isIPv4(mapped)) return mapped;
  if (isIPv4(address)) return address;
  if (isIPv6(address) && !address.includes(".")) return ipv6Prefix(address.toLowerCase());
  return null;
}

/** The client's address key, or null when the site cannot know it. */
export function clientAddress(headers: Headers, trustProxy: boolean): string | null {
  if (!trustProxy) return null;
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  const nearest = hops.at(-1);
  return nearest ? addressKey(nearest) : null;
}
