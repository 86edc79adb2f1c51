import { diffLines, diffWords } from "diff";

// A revision beside the current text: the left side shows what the revision
// had that is gone now, the right side what is new since.

export interface DiffSegment {
  text: string;
  changed: boolean;
}

export interface SideBySide {
  before: DiffSegment[];
  after: DiffSegment[];
  identical: boolean;
}

export function sideBySide(before: string, after: string, by: "words" | "lines"): SideBySide {
  const changes = by === "words" ? diffWords(before, after) : diffLines(before, after);
  const left: DiffSegment[] = [];
  const right: DiffSegment[] = [];
  for (const change of changes) {
    if (!change.added) left.push({ text: change.value, changed: Boolean(change.removed) });
    if (!change.removed) right.push({ text: change.value, changed: Boolean(change.added) });
  }
  return { before: left, after: right, identical: changes.every((c) => !c.added && !c.removed) };
}
