import { describe, expect, it } from "vitest";
import { refusedAddressReason } from "../../../lib/webhooks/address";
import { refusedUrlReason } from "../../../lib/webhooks/url";

// Where webhooks may go. Tables of addresses, IPv4 and IPv6, including the
// IPv4-mapped IPv6 forms that would otherwise smuggle a private address past
// an IPv4-only list.

const strict = { allowLoopback: false };
const loopbackAllowed = { allowLoopback: true };

const REFUSED = [
  ["10.0.0.1", "private"],
  ["172.16.5.4", "private"],
  ["172.31.255.255", "private"],
  ["192.168.1.10", "private"],
  ["100.64.0.1", "carrier-grade NAT"],
  ["100.127.255.254", "carrier-grade NAT"],
  ["169.254.169.254", "cloud metadata service"],
  ["169.254.1.1", "link-local"],
  ["0.0.0.0", "this network"],
  ["224.0.0.1", "multicast"],
  ["239.255.255.250", "multicast"],
  ["255.255.255.255", "broadcast"],
  ["192.0.2.10", "documentation"],
  ["198.18.0.1", "benchmarking"],
  ["::", "unspecified IPv6"],
  ["fc00::1", "unique-local"],
  ["fd12:3456:789a::1", "unique-local"],
  ["fd00:ec2::254", "AWS metadata over IPv6 (unique-local)"],
  ["fe80::1", "IPv6 link-local"],
  ["fe80::1%eth0", "IPv6 link-local with a zone"],
  ["ff02::1", "IPv6 multicast"],
  ["::ffff:10.0.0.1", "IPv4-mapped private"],
  ["::ffff:a00:1", "IPv4-mapped private, hex form"],
  ["::ffff:169.254.169.254", "IPv4-mapped metadata"],
  ["::ffff:192.168.0.1", "IPv4-mapped private"],
  ["64:ff9b::a00:1", "NAT64 of a private address"],
  ["2002:a00:1::", "6to4 of a private address"],
  ["2001:db8::1", "IPv6 documentation"],
] as const;

const LOOPBACK = ["127.0.0.1", "127.1.2.3", "::1", "[::1]", "::ffff:127.0.0.1", "::ffff:7f00:1"] as const;

const PUBLIC = [
  "93.184.216.34",
  "8.8.8.8",
  "1.1.1.1",
  "2606:4700:4700::1111",
  "2a00:1450:4001:80b::200e",
  "::ffff:8.8.8.8",
];

describe("the addresses a webhook may be delivered to", () => {
  it.each(REFUSED)("refuses %s (%s), whatever the loopback setting", (address) => {
    expect(refusedAddressReason(address, strict)).toMatch(/private, local or reserved/);
    expect(refusedAddressReason(address, loopbackAllowed)).toMatch(/private, local or reserved/);
  });

  it.each(LOOPBACK)("refuses loopback %s unless the setting allows it", (address) => {
    expect(refusedAddressReason(address, strict)).toMatch(/loopback/);
    expect(refusedAddressReason(address, loopbackAllowed)).toBeNull();
  });

  it.each(PUBLIC)("allows the public address %s", (address) => {
    expect(refusedAddressReason(address, strict)).toBeNull();
  });

  it("refuses what is not an IP address at all", () => {
    expect(refusedAddressReason("example.org", strict)).toMatch(/not an IP address/);
  });
});

describe("the URLs an admin may register", () => {
  it.each([
    ["https://hooks.example.org/masthead", null],
    ["http://hooks.example.org/masthead", null],
    ["https://93.184.216.34/in", null],
    ["https://[2606:4700:4700::1111]/in", null],
  ])("accepts %s", (url, expected) => {
    expect(refusedUrlReason(url, strict)).toBe(expected);
  });

  it.each([
    ["ftp://example.org/in", /https:\/\//],
    ["javascript:alert(1)", /https:\/\//],
    ["example.org/in", /full address/],
    ["https://user:secret@example.org/in", /user name and password/],
    ["http://10.0.0.1/in", /private/],
    ["http://169.254.169.254/latest/meta-data", /private/],
    ["http://[::ffff:169.254.169.254]/", /private/],
    ["http://[fd00::1]/", /private/],
    ["http://[::1]:8080/", /loopback/],
    ["http://127.0.0.1:3000/", /loopback/],
    ["http://localhost:3000/", /this machine or a local network/],
    ["http://printer.local/", /this machine or a local network/],
    ["http://metadata.google.internal/", /this machine or a local network/],
  ])("refuses %s", (url, reason) => {
    expect(refusedUrlReason(url, strict)).toMatch(reason);
  });

  it("accepts this machine's addresses only when loopback is allowed", () => {
    for (const url of ["http://127.0.0.1:3000/hooks", "http://[::1]:3000/hooks", "http://localhost:3000/hooks"]) {
      expect(refusedUrlReason(url, loopbackAllowed)).toBeNull();
    }
    expect(refusedUrlReason("http://10.0.0.1/", loopbackAllowed)).toMatch(/private/);
  });
});
