import { describe, expect, it } from "vitest";
import { formatInZone, utcToZonedLocal, zonedLocalToUtc, zoneOffsetMinutes } from "../../../lib/i18n/zoned-time";

describe("schedule times typed in the site's time zone", () => {
  it("reads a winter time in London as GMT and a summer time as BST", () => {
    expect(zonedLocalToUtc("2026-12-01T10:30", "Europe/London")?.toISOString()).toBe("2026-12-01T10:30:00.000Z");
    expect(zonedLocalToUtc("2026-07-01T10:30", "Europe/London")?.toISOString()).toBe("2026-07-01T09:30:00.000Z");
  });

  it("reads the same text differently in Amsterdam and New York", () => {
    expect(zonedLocalToUtc("2026-12-01T10:30", "Europe/Amsterdam")?.toISOString()).toBe("2026-12-01T09:30:00.000Z");
    expect(zonedLocalToUtc("2026-12-01T10:30", "America/New_York")?.toISOString()).toBe("2026-12-01T15:30:00.000Z");
  });

  it("round-trips an instant through the datetime-local text", () => {
    for (const zone of ["Europe/London", "Europe/Amsterdam", "Asia/Kolkata", "America/Los_Angeles"]) {
      const instant = new Date("2026-03-29T12:45:00.000Z");
      expect(zonedLocalToUtc(utcToZonedLocal(instant, zone), zone)?.toISOString()).toBe(instant.toISOString());
    }
  });

  it("moves a time skipped by the spring clock change forward by the jump", () => {
    // London's clocks go from 01:00 to 02:00 on 29 March 2026: 01:30 never happens.
    expect(zonedLocalToUtc("2026-03-29T01:30", "Europe/London")?.toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect(utcToZonedLocal("2026-03-29T01:30:00.000Z", "Europe/London")).toBe("2026-03-29T02:30");
  });

  it("refuses text that is not a real date and time", () => {
    for (const bad of [
      "",
      "tomorrow",
      "2026-02-30T10:00",
      "2026-13-01T10:00",
      "2026-01-01T24:00",
      "2026-01-01 10:00",
    ]) {
      expect(zonedLocalToUtc(bad, "Europe/London")).toBeNull();
    }
  });

  it("knows the zone's offset on either side of a clock change", () => {
    expect(zoneOffsetMinutes(Date.parse("2026-01-15T12:00:00Z"), "Europe/London")).toBe(0);
    expect(zoneOffsetMinutes(Date.parse("2026-06-15T12:00:00Z"), "Europe/London")).toBe(60);
    expect(zoneOffsetMinutes(Date.parse("2026-06-15T12:00:00Z"), "Asia/Kolkata")).toBe(330);
  });

  it("shows a scheduled time with the zone's short name", () => {
    expect(formatInZone("2026-07-01T09:30:00.000Z", "Europe/London")).toMatch(/10:30 BST/);
    expect(formatInZone("2026-12-01T10:30:00.000Z", "Europe/London")).toMatch(/10:30 GMT/);
  });
});
