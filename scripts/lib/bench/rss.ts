import { readdirSync, readFileSync } from "node:fs";

// Resident memory of a server and everything it started (`next start` may run
// its work in child processes), read from /proc — Linux only, like the bench.

/** VmRSS in kB from the text of /proc/<pid>/status; null when absent (kernel threads, zombies). */
export function parseVmRssKb(status: string): number | null {
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
  return match ? Number(match[1]) : null;
}

/**
 * The parent pid from the text of /proc/<pid>/stat. The command name (field 2)
 * is in parentheses and may itself contain spaces and parentheses, so fields
 * are counted from the last ")".
 */
export function parseParentPid(stat: string): number | null {
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ppid = Number(fields[1]);
  return Number.isInteger(ppid) ? ppid : null;
}

/** `root` and all its descendants, given each process's parent. */
export function descendantsOf(root: number, parents: ReadonlyMap<number, number>): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parents) {
    const siblings = children.get(ppid);
    if (siblings) siblings.push(pid);
    else children.set(ppid, [pid]);
  }
  const tree: number[] = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    tree.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return tree;
}

function readOrNull(file: string): string | null {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return null; // the process ended between listing and reading
  }
}

/** Sum of VmRSS over the process tree under `root`, in kB; 0 if it is gone. */
export function treeRssKb(root: number, proc = "/proc"): number {
  const parents = new Map<number, number>();
  for (const name of readdirSync(proc)) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readOrNull(`${proc}/${name}/stat`);
    const ppid = stat === null ? null : parseParentPid(stat);
    if (ppid !== null) parents.set(Number(name), ppid);
  }
  let total = 0;
  for (const pid of descendantsOf(root, parents)) {
    const status = readOrNull(`${proc}/${pid}/status`);
    total += status === null ? 0 : (parseVmRssKb(status) ?? 0);
  }
  return total;
}

/** Samples the tree's RSS every `intervalMs` until stopped; returns the peak in kB. */
export function sampleTreeRss(root: number, intervalMs = 100): { stop(): number } {
  let peak = treeRssKb(root);
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRssKb(root));
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, treeRssKb(root));
    },
  };
}
