import { readFileSync } from "node:fs";
import os from "node:os";

// The facts a reader needs to compare two bench reports.

export interface MachineFacts {
  cpuModel: string;
  cores: number;
  memoryGb: number;
  node: string;
  platform: string;
}

/** The first "model name" in /proc/cpuinfo text; null when the kernel doesn't say (some ARM boards). */
export function parseCpuModel(cpuinfo: string): string | null {
  const match = /^model name\s*:\s*(.+)$/m.exec(cpuinfo);
  return match ? match[1]!.trim().replace(/\s+/g, " ") : null;
}

export function machineFacts(): MachineFacts {
  let cpuinfo = "";
  try {
    cpuinfo = readFileSync("/proc/cpuinfo", "utf8");
  } catch {
    // not Linux: fall back to what Node reports
  }
  return {
    cpuModel: parseCpuModel(cpuinfo) ?? os.cpus()[0]?.model ?? "unknown",
    cores: os.availableParallelism(),
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
}
