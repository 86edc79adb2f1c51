import type { FieldErrors } from "@/lib/errors";
import { autosaveDelay, retryDelay } from "./autosave-timing";

// The editor's saving machinery, apart from React so its timing can be tested:
// changes schedule an autosave (autosave-timing.ts), one save runs at a time
// and the newest text is always what gets sent, failures retry with backoff,
// and a conflict stops everything until the writer decides.

export type SendOutcome<R> =
  | { kind: "saved"; version: number; result: R }
  | { kind: "conflict"; current: unknown }
  /** The server refused the fields; retrying the same text would fail again. */
  | { kind: "invalid"; message: string; fieldErrors: FieldErrors }
  /** Refused for a reason saving again won't change (signed out, no permission, deleted). */
  | { kind: "refused"; message: string }
  /** No answer or a server failure: worth retrying. */
  | { kind: "unreachable" };

export type SaverEvent<F, R> =
  | { type: "dirty" }
  | { type: "saving" }
  | { type: "saved"; result: R; sent: F; clean: boolean }
  | { type: "retrying"; failures: number }
  | { type: "invalid"; message: string; fieldErrors: FieldErrors }
  | { type: "refused"; message: string }
  | { type: "conflict"; current: unknown };

export interface DraftSaverOptions<F, R> {
  fields: F;
  version: number;
  send: (fields: F, version: number, autosave: boolean) => Promise<SendOutcome<R>>;
  /** Told of every state change; gets the saver too, to read or amend the newest fields. */
  onEvent: (event: SaverEvent<F, R>, saver: DraftSaver<F, R>) => void;
}

export class DraftSaver<F, R> {
  private fields: F;
  private version: number;
  private changes = 0;
  private savedChanges = 0;
  private firstUnsavedAt: number | null = null;
  private lastChangeAt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: Promise<boolean> | null = null;
  private failures = 0;
  private conflicted = false;
  private stopped = false;

  constructor(private readonly options: DraftSaverOptions<F, R>) {
    this.fields = options.fields;
    this.version = options.version;
  }

  /** The version the next save is based on. */
  get baseVersion(): number {
    return this.version;
  }

  get latestFields(): F {
    return this.fields;
  }

  /** Typed text the server has not confirmed yet (including a save under way). */
  get hasUnsavedChanges(): boolean {
    return this.changes !== this.savedChanges || this.inFlight !== null;
  }

  change(fields: F): void {
    this.fields = fields;
    this.changes += 1;
    const now = Date.now();
    this.firstUnsavedAt ??= now;
    this.lastChangeAt = now;
    if (this.conflicted) return;
    this.emit({ type: "dirty" });
    this.schedule();
  }

  /** Replaces the fields without counting it as the writer's change (e.g. a slug the server chose). */
  amend(fields: F): void {
    this.fields = fields;
  }

  /** Saves now. Resolves true once the newest text is on the server. */
  async save(autosave: boolean): Promise<boolean> {
    if (this.conflicted || this.stopped) return false;
    while (this.inFlight) await this.inFlight;
    if (this.conflicted) return false;
    if (this.changes === this.savedChanges) return true;
    clearTimeout(this.timer);
    const sent = this.fields;
    const sentChanges = this.changes;
    this.emit({ type: "saving" });
    const run = this.options
      .send(sent, this.version, autosave)
      .catch((): SendOutcome<R> => ({ kind: "unreachable" }))
      .then((outcome) => this.settle(outcome, sent, sentChanges));
    this.inFlight = run;
    return run;
  }

  /** "Keep mine": save this text over the version that is stored now. */
  keepMine(theirVersion: number): Promise<boolean> {
    this.conflicted = false;
    this.version = theirVersion;
    return this.save(false);
  }

  /** "Use theirs": take the stored post as the new starting point, dropping the unsaved text. */
  takeTheirs(fields: F, theirVersion: number): void {
    clearTimeout(this.timer);
    this.conflicted = false;
    this.fields = fields;
    this.version = theirVersion;
    this.savedChanges = this.changes;
    this.firstUnsavedAt = null;
    this.failures = 0;
  }

  /** Picks up text kept from an earlier visit, based on the version it was typed over. */
  restore(fields: F, baseVersion: number): void {
    this.version = baseVersion;
    this.change(fields);
  }

  /** The editor is closing: send what is unsaved once more, then schedule nothing further. */
  stop(): void {
    clearTimeout(this.timer);
    if (!this.conflicted && this.changes !== this.savedChanges) void this.save(true);
    this.stopped = true;
  }

  /** Undoes stop(): React may unmount and mount the same editor again. */
  start(): void {
    this.stopped = false;
  }

  private emit(event: SaverEvent<F, R>): void {
    this.options.onEvent(event, this);
  }

  private schedule(delay?: number): void {
    clearTimeout(this.timer);
    if (this.conflicted || this.stopped) return;
    const now = Date.now();
    const wait =
      delay ?? autosaveDelay({ firstUnsavedAt: this.firstUnsavedAt ?? now, lastChangeAt: this.lastChangeAt, now });
    this.timer = setTimeout(() => void this.save(true), wait);
  }

  private settle(outcome: SendOutcome<R>, sent: F, sentChanges: number): boolean {
    this.inFlight = null;
    switch (outcome.kind) {
      case "saved": {
        this.version = outcome.version;
        this.savedChanges = sentChanges;
        this.failures = 0;
        const clean = this.changes === sentChanges;
        if (clean) this.firstUnsavedAt = null;
        else {
          // What was typed during the save starts a fresh autosave window.
          this.firstUnsavedAt = Date.now();
          this.schedule();
        }
        this.emit({ type: "saved", result: outcome.result, sent, clean });
        return clean;
      }
      case "conflict":
        this.conflicted = true;
        clearTimeout(this.timer);
        this.emit({ type: "conflict", current: outcome.current });
        return false;
      case "invalid":
        // Wait for the next change instead of resending text the server refused.
        this.firstUnsavedAt = null;
        this.emit({ type: "invalid", message: outcome.message, fieldErrors: outcome.fieldErrors });
        return false;
      case "refused":
        this.firstUnsavedAt = null;
        this.emit({ type: "refused", message: outcome.message });
        return false;
      case "unreachable":
        this.failures += 1;
        this.emit({ type: "retrying", failures: this.failures });
        this.schedule(retryDelay(this.failures));
        return false;
    }
  }
}
