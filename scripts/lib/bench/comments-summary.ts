import { percentile } from "./sequential";

// What became of the comments the bench sent, reduced to the figures the
// report shows. Latency percentiles cover accepted posts only: a quick
// refusal must not make posting look fast.

export type PostOutcome =
  | { kind: "accepted"; latencyMs: number }
  /** The action answered `{ ok: false }` with this error code (rate-limited, validation, …). */
  | { kind: "refused"; code: string; latencyMs: number }
  /** No action result at all: an HTTP error, a dropped connection, a timeout. */
  | { kind: "failed"; reason: string; latencyMs: number };

/** Reads a server action's answer (React's flight text): the action result is its one `{"ok":…}` row. */
export function classifyActionAnswer(
  status: number,
  text: string,
): { kind: "accepted" } | { kind: "refused"; code: string } | { kind: "failed"; reason: string } {
  if (status === 200 && text.includes('"ok":true')) return { kind: "accepted" };
  if (status === 200 && text.includes('"ok":false')) {
    return { kind: "refused", code: /"code":"([a-z-]+)"/.exec(text)?.[1] ?? "unknown" };
  }
  return { kind: "failed", reason: `HTTP ${status}` };
}

export interface PostingSummary {
  sent: number;
  accepted: number;
  /** Rows of this run in the Comment table afterwards, whatever their status. */
  stored: number;
  /** Those rows by status (PENDING, APPROVED, SPAM), most frequent first: spam heuristics show here. */
  storedByStatus: [string, number][];
  /** Every post that did not end accepted. */
  errors: number;
  /** Sent but not in the table, whatever the answer said. */
  lost: number;
  /** Errors counted by what went wrong ("rate-limited", "HTTP 500", "timeout"), most frequent first. */
  errorsByKind: [string, number][];
  p50Ms: number;
  p99Ms: number;
}

const byCount = (entries: Iterable<[string, number]>): [string, number][] =>
  [...entries].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));

export function summarizePosting(
  outcomes: readonly PostOutcome[],
  storedByStatus: Readonly<Record<string, number>>,
): PostingSummary {
  const stored = Object.values(storedByStatus).reduce((sum, n) => sum + n, 0);
  const accepted = outcomes.filter((o) => o.kind === "accepted");
  const kinds = new Map<string, number>();
  for (const outcome of outcomes) {
    if (outcome.kind === "accepted") continue;
    const kind = outcome.kind === "refused" ? outcome.code : outcome.reason;
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  const latencies = accepted.map((o) => o.latencyMs).sort((a, b) => a - b);
  return {
    sent: outcomes.length,
    accepted: accepted.length,
    stored,
    storedByStatus: byCount(Object.entries(storedByStatus).filter(([, n]) => n > 0)),
    errors: outcomes.length - accepted.length,
    lost: outcomes.length - stored,
    errorsByKind: byCount(kinds),
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
  };
}
