import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// Points the data folder (and so the mail outbox) at a scratch folder. Call it
// inside vi.hoisted, before the environment is first read, and pass `restore`
// to afterAll.

export function scratchDataDir(prefix: string): { dir: string; restore: () => void } {
  const previous = process.env.MASTHEAD_DATA_DIR;
  const dir = mkdtempSync(join(tmpdir(), prefix));
  process.env.MASTHEAD_DATA_DIR = dir;
  return {
    dir,
    restore: () => {
      rmSync(dir, { recursive: true, force: true });
      if (previous === undefined) delete process.env.MASTHEAD_DATA_DIR;
      else process.env.MASTHEAD_DATA_DIR = previous;
    },
  };
}
