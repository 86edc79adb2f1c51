import { BlockList, isIP } from "node:net";

// Which addresses a webhook may be delivered to. A webhook URL is chosen by
// an admin but resolved by DNS that anyone can point anywhere, so the
// address actually connected to is checked, and refused when it reaches
// this machine, the private network, or a cloud's metadata service.

const refused = new BlockList();
// IPv4 (an IPv4-mapped IPv6 address, ::ffff:a.b.c.d, is checked against these too).
for (const [network, prefix] of [
  ["0.0.0.0", 8], // "this network"
  ["10.0.0.0", 8], // private
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8], // loopback
  ["169.254.0.0", 16], // link-local, incl. the metadata service 169.254.169.254
  ["172.16.0.0", 12], // private
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.0.2.0", 24], // documentation
  ["192.88.99.0", 24], // 6to4 relay
  ["192.168.0.0", 16], // private
  ["198.18.0.0", 15], // benchmarking
  ["198.51.100.0", 24], // documentation
  ["203.0.113.0", 24], // documentation
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, incl. broadcast
] as const) {
  refused.addSubnet(network, prefix, "ipv4");
}
for (const [network, prefix] of [
  ["::", 96], // unspecified, loopback and the old IPv4-compatible form
  ["64:ff9b::", 96], // NAT64: would reach any IPv4 address, private ones included
  ["64:ff9b:1::", 48], // local-use NAT64
  ["100::", 64], // discard
  ["2001:db8::", 32], // documentation
  ["2002::", 16], // 6to4: embeds any IPv4 address
  ["fc00::", 7], // unique-local
  ["fe80::", 10], // link-local
  ["fec0::", 10], // site-local (deprecated)
  ["ff00::", 8], // multicast
] as const) {
  refused.addSubnet(network, prefix, "ipv6");
}

const loopback = new BlockList();
loopback.addSubnet("127.0.0.0", 8, "ipv4");
loopback.addAddress("::1", "ipv6");

const family = (address: string) => (isIP(address) === 6 ? "ipv6" : "ipv4");

/**
 * Why a delivery must not go to this IP address, or null when it may.
 * Loopback is allowed only with `allowLoopback` (tests, a receiver on the same machine).
 */
export function refusedAddressReason(address: string, options: { allowLoopback: boolean }): string | null {
  const bare = address.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  if (!isIP(bare)) return `${address} is not an IP address.`;
  if (loopback.check(bare, family(bare))) {
    return options.allowLoopback ? null : `${bare} is this machine (loopback).`;
  }
  if (refused.check(bare, family(bare))) return `${bare} is a private, local or reserved address.`;
  return null;
}
