import { describe, expect, it } from "vitest";
import {
  AUTOSAVE_IDLE_MS,
  AUTOSAVE_MAX_WAIT_MS,
  autosaveDelay,
  retryDelay,
} from "../../../components/admin/editor/autosave-timing";

describe("when the editor autosaves", () => {
  it("saves a few seconds after typing stops", () => {
    expect(autosaveDelay({ firstUnsavedAt: 0, lastChangeAt: 0, now: 0 })).toBe(AUTOSAVE_IDLE_MS);
    expect(autosaveDelay({ firstUnsavedAt: 0, lastChangeAt: 1_000, now: 2_000 })).toBe(2_000);
  });

  it("saves at the latest ten seconds after the first unsaved change while typing goes on", () => {
    expect(autosaveDelay({ firstUnsavedAt: 0, lastChangeAt: 9_000, now: 9_000 })).toBe(AUTOSAVE_MAX_WAIT_MS - 9_000);
    expect(autosaveDelay({ firstUnsavedAt: 0, lastChangeAt: 12_000, now: 12_000 })).toBe(0);
  });

  it("backs off after failed saves, doubling up to half a minute", () => {
    expect([1, 2, 3, 4, 5, 6, 10].map(retryDelay)).toEqual([2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
  });
});
