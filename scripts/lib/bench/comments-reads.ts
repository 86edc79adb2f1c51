import autocannon from "autocannon";
import { assertLoopback, type Target } from "./load";
import { summarize, type Measurement } from "./stats";

// The article's reads for the comment bench. autocannon runs in a worker
// thread here, so its 64 connections do not hold up the comment poster's
// timers on the main thread, in both phases alike so they compare.

export async function measureReads(
  baseUrl: string,
  target: Target,
  connections: number,
  durationSeconds: number,
): Promise<Measurement> {
  const url = new URL(target.path, assertLoopback(baseUrl)).toString();
  const result = await autocannon({ url, connections, duration: durationSeconds, timeout: 10, workers: 1 });
  return summarize(result, { ...target, connections });
}
