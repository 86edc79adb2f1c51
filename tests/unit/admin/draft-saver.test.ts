import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DraftSaver, type SaverEvent, type SendOutcome } from "../../../components/admin/editor/draft-saver";

type Sent = { text: string; version: number; autosave: boolean };

function setup(answers: ((sent: Sent) => SendOutcome<string> | Promise<SendOutcome<string>>)[] = []) {
  const sent: Sent[] = [];
  const events: SaverEvent<string, string>[] = [];
  let version = 1;
  const saver = new DraftSaver<string, string>({
    fields: "",
    version: 1,
    send: async (text, base, autosave) => {
      const call = { text, version: base, autosave };
      sent.push(call);
      const answer = answers.shift();
      if (answer) return answer(call);
      version = base + 1;
      return { kind: "saved", version, result: `saved ${text}` };
    },
    onEvent: (event) => events.push(event),
  });
  return { saver, sent, events };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("the editor's draft saver", () => {
  it("autosaves three seconds after typing stops, sending the newest text once", async () => {
    const { saver, sent } = setup();
    saver.change("a");
    await vi.advanceTimersByTimeAsync(1_000);
    saver.change("ab");
    await vi.advanceTimersByTimeAsync(2_999);
    expect(sent).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toEqual([{ text: "ab", version: 1, autosave: true }]);
    expect(saver.hasUnsavedChanges).toBe(false);
  });

  it("saves at least every ten seconds while the writer keeps typing", async () => {
    const { saver, sent } = setup();
    for (let i = 0; i < 12; i++) {
      saver.change(`text ${i}`);
      await vi.advanceTimersByTimeAsync(1_000);
    }
    expect(sent.map((s) => s.text)).toEqual(["text 9"]);
  });

  it("bases each save on the version the previous one returned", async () => {
    const { saver, sent } = setup();
    saver.change("one");
    await saver.save(false);
    saver.change("two");
    await saver.save(false);
    expect(sent.map((s) => s.version)).toEqual([1, 2]);
    expect(saver.baseVersion).toBe(3);
  });

  it("keeps text typed during a save unsaved and saves it afterwards", async () => {
    let release: () => void = () => {};
    const { saver, sent, events } = setup([
      () =>
        new Promise((resolve) => {
          release = () => resolve({ kind: "saved", version: 2, result: "first" });
        }),
    ]);
    saver.change("first");
    const saving = saver.save(false);
    saver.change("first and more");
    release();
    await expect(saving).resolves.toBe(false);
    expect(events.filter((e) => e.type === "saved")).toEqual([
      { type: "saved", result: "first", sent: "first", clean: false },
    ]);
    expect(saver.hasUnsavedChanges).toBe(true);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(sent.map((s) => s.text)).toEqual(["first", "first and more"]);
    expect(saver.hasUnsavedChanges).toBe(false);
  });

  it("retries with growing waits when the server cannot be reached, then succeeds", async () => {
    const { saver, sent, events } = setup([
      () => ({ kind: "unreachable" }),
      () => {
        throw new Error("network down");
      },
    ]);
    saver.change("kept");
    await saver.save(false);
    expect(events.at(-1)).toEqual({ type: "retrying", failures: 1 });
    await vi.advanceTimersByTimeAsync(2_000);
    expect(events.at(-1)).toEqual({ type: "retrying", failures: 2 });
    await vi.advanceTimersByTimeAsync(3_999);
    expect(sent).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toHaveLength(3);
    expect(saver.hasUnsavedChanges).toBe(false);
  });

  it("stops autosaving on a conflict until the writer keeps their text, then saves over the stored version", async () => {
    const { saver, sent, events } = setup([() => ({ kind: "conflict", current: { version: 7 } })]);
    saver.change("mine");
    await vi.advanceTimersByTimeAsync(3_000);
    expect(events.at(-1)).toEqual({ type: "conflict", current: { version: 7 } });
    saver.change("mine, still typing");
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sent).toHaveLength(1);
    await expect(saver.save(false)).resolves.toBe(false);
    await expect(saver.keepMine(7)).resolves.toBe(true);
    expect(sent.at(-1)).toEqual({ text: "mine, still typing", version: 7, autosave: false });
  });

  it("drops the unsaved text only when the writer chooses theirs", async () => {
    const { saver, sent } = setup([() => ({ kind: "conflict", current: null })]);
    saver.change("mine");
    await saver.save(false);
    saver.takeTheirs("theirs", 9);
    expect(saver.hasUnsavedChanges).toBe(false);
    expect(saver.latestFields).toBe("theirs");
    saver.change("theirs, edited");
    await vi.advanceTimersByTimeAsync(3_000);
    expect(sent.at(-1)).toEqual({ text: "theirs, edited", version: 9, autosave: true });
  });

  it("does not resend refused fields until the writer changes something", async () => {
    const { saver, sent, events } = setup([
      () => ({ kind: "invalid", message: "Some fields need attention.", fieldErrors: { "fields.slug": ["bad"] } }),
    ]);
    saver.change("Bad Slug");
    await vi.advanceTimersByTimeAsync(30_000);
    expect(sent).toHaveLength(1);
    expect(events.at(-1)).toMatchObject({ type: "invalid" });
    saver.change("good-slug");
    await vi.advanceTimersByTimeAsync(3_000);
    expect(sent).toHaveLength(2);
  });

  it("restored text is sent against the version it was typed over, so a newer save shows as a conflict", async () => {
    const { saver, sent } = setup();
    saver.restore("kept in the browser", 4);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(sent).toEqual([{ text: "kept in the browser", version: 4, autosave: true }]);
  });

  it("sends unsaved text once more when the editor closes, then schedules nothing", async () => {
    const { saver, sent } = setup([() => ({ kind: "unreachable" })]);
    saver.change("last words");
    saver.stop();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sent).toEqual([{ text: "last words", version: 1, autosave: true }]);
  });

  it("closing with everything saved sends nothing, and a remounted editor saves again", async () => {
    const { saver, sent } = setup();
    saver.stop();
    saver.start();
    saver.change("after remount");
    await vi.advanceTimersByTimeAsync(3_000);
    expect(sent.map((s) => s.text)).toEqual(["after remount"]);
  });
});
