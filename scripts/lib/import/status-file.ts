import { renameSync, writeFileSync } from "node:fs";
import type { JobStatus } from "../../../lib/imports/jobs/status";
import type { ImportReport } from "../../../lib/imports/wordpress/report";

// The import command's progress for the admin page (lib/imports/jobs): the
// status file is replaced whole (written beside, then renamed), so a reader
// never sees half of it, and at most twice a second, so a fast import does
// not spend its time writing it.

const EVERY_MS = 500;

export interface StatusFile {
  phase(phase: JobStatus["phase"], total: number): { tick(n?: number): void; done(): void };
  finish(report: ImportReport): void;
  fail(message: string): void;
}

export function statusFile(path: string, dryRun: boolean): StatusFile {
  let status: JobStatus = {
    state: "running",
    dryRun,
    phase: "reading",
    done: 0,
    total: 0,
    report: null,
    error: null,
    updatedAt: "",
  };
  let written = 0;
  const write = (force = false) => {
    if (!force && Date.now() - written < EVERY_MS) return;
    written = Date.now();
    status = { ...status, updatedAt: new Date().toISOString() };
    writeFileSync(`${path}.tmp`, JSON.stringify(status));
    renameSync(`${path}.tmp`, path);
  };
  write(true);
  return {
    phase(phase, total) {
      status = { ...status, phase, done: 0, total };
      write(true);
      return {
        tick(n = 1) {
          status.done += n;
          write();
        },
        done() {
          status.done = status.total;
          write(true);
        },
      };
    },
    finish(report) {
      status = { ...status, state: "done", report };
      write(true);
    },
    fail(message) {
      status = { ...status, state: "failed", error: message };
      write(true);
    },
  };
}
