import { describe, expect, it } from "vitest";
import { render } from "../../../lib/markdown";
import { clientAddress, addressKey } from "../../../lib/http/client-address";
import { checkFormStamp, FORM_STAMP_LIFETIME_MS, signFormStamp } from "../../../lib/comments/spam/form-stamp";
import {
  bannedWordsReason,
  countLinks,
  findBannedWords,
  normaliseForComparison,
  tooManyLinks,
  verdictOf,
  worthComparing,
} from "../../../lib/comments/spam/heuristics";
import { honeypotTripped } from "../../../lib/comments/spam/honeypot";
import { SlidingWindow } from "../../../lib/comments/spam/sliding-window";
import { settingsInputSchema } from "../../../lib/settings/input";

const html = (markdown: string) => render(markdown, "comment").html;

describe("counting links in a comment", () => {
  it("counts every link a reader would get: typed, angle-bracketed and bare web addresses", () => {
    expect(
      countLinks(
        html("See [the report](https://a.example), <https://b.example> and www.c.example or https://d.example/x"),
      ),
    ).toBe(4);
    expect(countLinks(html("No links here, only `https://code.example` in code"))).toBe(0);
  });

  it("calls more links than the setting allows spam, and exactly the limit fine", () => {
    const four = html("https://a.example https://b.example https://c.example https://d.example");
    expect(tooManyLinks(four, 3)).toBe("4 links (more than 3 allowed)");
    expect(tooManyLinks(four, 4)).toBeNull();
    expect(tooManyLinks(html("https://a.example"), 0)).toBe("1 link (more than 0 allowed)");
  });
});

describe("banned words", () => {
  it("match whole words and phrases in any letter case", () => {
    expect(findBannedWords("Buy CHEAP Pills now", ["cheap pills", "casino"])).toEqual(["cheap pills"]);
    expect(findBannedWords("cheap\n  pills", ["cheap pills"])).toEqual(["cheap pills"]);
    expect(findBannedWords("Winning at the Casino!", ["casino"])).toEqual(["casino"]);
  });

  it("do not match inside longer words", () => {
    expect(findBannedWords("A classic assessment of the class", ["ass"])).toEqual([]);
    expect(findBannedWords("casinos and pre-casino", ["casino"])).toEqual(["casino"]);
    expect(findBannedWords("casinos", ["casino"])).toEqual([]);
  });

  it("understand letters beyond English, and characters written full width", () => {
    expect(findBannedWords("GRATIS ÉÉN PIL", ["één pil"])).toEqual(["één pil"]);
    expect(findBannedWords("Zwölf Euro", ["zwölf"])).toEqual(["zwölf"]);
    expect(findBannedWords("zwölfte", ["zwölf"])).toEqual([]);
    expect(findBannedWords("ＣＡＳＩＮＯ", ["casino"])).toEqual(["casino"]);
  });

  it("treat characters with a meaning in patterns as plain text", () => {
    expect(findBannedWords("win $$$ today", ["$$$"])).toEqual(["$$$"]);
    expect(findBannedWords("a.b.c", ["a*b"])).toEqual([]);
  });

  it("name what they found for the moderators", () => {
    expect(bannedWordsReason(["casino"])).toBe("Contains the banned word “casino”");
    expect(bannedWordsReason(["casino", "cheap pills"])).toBe("Contains the banned words “casino”, “cheap pills”");
    expect(bannedWordsReason([])).toBeNull();
  });
});

describe("comparing texts for copies", () => {
  it("ignores whitespace and letter case", () => {
    expect(normaliseForComparison("  Great   POST,\n\nthanks ")).toBe("great post, thanks");
  });

  it("leaves short everyday replies alone", () => {
    expect(worthComparing("Thanks!")).toBe(false);
    expect(worthComparing("Visit my shop for the best deals")).toBe(true);
  });
});

describe("a verdict", () => {
  it("is spam with every reason found, and ok with none", () => {
    expect(verdictOf([null, "a", null, "b"])).toEqual({ verdict: "spam", reasons: ["a", "b"] });
    expect(verdictOf([null])).toEqual({ verdict: "ok", reasons: [] });
  });
});

describe("the honeypot", () => {
  it("is tripped by anything but emptiness", () => {
    expect(honeypotTripped(undefined)).toBe(false);
    expect(honeypotTripped("  ")).toBe(false);
    expect(honeypotTripped("https://bot.example")).toBe(true);
  });
});

describe("the comment form's stamp", () => {
  const secret = "s".repeat(32);
  const issued = new Date("2026-05-01T10:00:00Z");
  const at = (seconds: number) => new Date(issued.getTime() + seconds * 1000);
  const stamp = signFormStamp("post-1", secret, issued);

  it("lets a comment through once the minimum time has passed", () => {
    expect(checkFormStamp(stamp, { postId: "post-1", secret, minSeconds: 3, now: at(3) })).toBe("ok");
    expect(checkFormStamp(stamp, { postId: "post-1", secret, minSeconds: 3, now: at(2.9) })).toBe("too-quick");
    expect(checkFormStamp(stamp, { postId: "post-1", secret, minSeconds: 0, now: at(0) })).toBe("ok");
  });

  it("refuses a missing, forged, altered or borrowed stamp", () => {
    const options = { postId: "post-1", secret, minSeconds: 3, now: at(60) };
    expect(checkFormStamp(undefined, options)).toBe("invalid");
    expect(checkFormStamp("", options)).toBe("invalid");
    expect(checkFormStamp(signFormStamp("post-1", "x".repeat(32), issued), options)).toBe("invalid");
    const [, mac] = stamp.split(".");
    expect(checkFormStamp(`${issued.getTime() - 60_000}.${mac}`, options)).toBe("invalid");
    expect(checkFormStamp(stamp, { ...options, postId: "post-2" })).toBe("invalid");
    expect(checkFormStamp(`${stamp}x`, options)).toBe("invalid");
  });

  it("refuses a stamp older than a day, or from the future", () => {
    const options = { postId: "post-1", secret, minSeconds: 3 };
    expect(checkFormStamp(stamp, { ...options, now: new Date(issued.getTime() + FORM_STAMP_LIFETIME_MS + 1) })).toBe(
      "invalid",
    );
    expect(checkFormStamp(stamp, { ...options, now: at(-3600) })).toBe("invalid");
  });
});

describe("the reader's network address", () => {
  const request = (forwardedFor: string) => new Headers({ "x-forwarded-for": forwardedFor });

  it("is unknown unless a trusted proxy stands in front", () => {
    expect(clientAddress(request("203.0.113.9"), false)).toBeNull();
    expect(clientAddress(new Headers(), true)).toBeNull();
  });

  it("is the address the trusted proxy saw: the last entry, not what the client claimed before it", () => {
    expect(clientAddress(request("198.51.100.1, 203.0.113.9"), true)).toBe("203.0.113.9");
    expect(clientAddress(request("203.0.113.9"), true)).toBe("203.0.113.9");
    expect(clientAddress(request("not-an-address"), true)).toBeNull();
  });

  it("groups IPv6 by its /64 and reads IPv6-mapped IPv4 as IPv4", () => {
    expect(addressKey("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:db8:1:2:bbbb:cccc:dddd:eeee")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:db8::5")).toBe("2001:db8:0:0::/64");
    expect(addressKey("[2001:db8::5]:443")).toBe("2001:db8:0:0::/64");
    expect(addressKey("::ffff:203.0.113.9")).toBe("203.0.113.9");
  });
});

describe("the per-address window", () => {
  it("counts events of the last minute per key and forgets older ones", () => {
    const window = new SlidingWindow(60_000);
    window.add("a", 0);
    window.add("a", 30_000);
    window.add("b", 30_000);
    expect(window.count("a", 59_999)).toBe(2);
    expect(window.count("a", 60_000)).toBe(1);
    expect(window.count("a", 90_000)).toBe(0);
    expect(window.count("b", 60_000)).toBe(1);
  });

  it("sweeps out keys with nothing recent, so one-off addresses do not pile up", () => {
    const window = new SlidingWindow(1_000);
    for (let i = 0; i < 999; i++) window.add(`old-${i}`, 0);
    window.add("new", 5_000);
    expect(window.size).toBe(1);
  });
});

describe("the banned words setting", () => {
  it("takes one entry per line, dropping blank lines and repeats", () => {
    expect(settingsInputSchema.parse({ commentBannedWords: " casino \n\nCheap pills\r\nCASINO\n" })).toEqual({
      commentBannedWords: ["casino", "Cheap pills"],
    });
    expect(settingsInputSchema.parse({ commentBannedWords: "" })).toEqual({ commentBannedWords: [] });
  });
});
