// What `npm run chaos` saw, reduced to figures and pass/fail checks. Pure:
// the traffic module records events, this module judges them.

export type Traffic = "cached read" | "database read" | "admin page" | "comment";
export type Phase = "before" | "during" | "after";
export const PHASES: readonly Phase[] = ["before", "during", "after"];

export interface ChaosEvent {
  traffic: Traffic;
  /** When the request went out, in ms since the run started. */
  at: number;
  /** HTTP status, or what went wrong without one ("no answer", "timeout"). */
  outcome: number | string;
  /** Comments only: which comment of the run (its text says so). */
  commentIndex?: number;
  /** Comments only: acknowledged to the reader (the action answered ok). */
  acknowledged?: boolean;
  /** Comments only: the action's error code when it refused. */
  refusedAs?: string;
  /** 503s only: whether Retry-After came with it. */
  retryAfter?: boolean;
}

export interface Outage {
  /** The stop was requested (ms since the start). */
  stoppedAt: number;
  /** The server accepted connections again. */
  readyAt: number;
}

export interface Check {
  ok: boolean;
  text: string;
}

export function phaseOf(at: number, outage: Outage): Phase {
  if (at < outage.stoppedAt) return "before";
  return at < outage.readyAt ? "during" : "after";
}

const label = (event: ChaosEvent) =>
  event.refusedAs
    ? `refused: ${event.refusedAs}`
    : typeof event.outcome === "number"
      ? String(event.outcome)
      : event.outcome;

/** Per traffic and phase, how many requests ended how ("200", "503", "refused: unavailable", "no answer"). */
export function countOutcomes(
  events: readonly ChaosEvent[],
  outage: Outage,
): Map<Traffic, Record<Phase, Map<string, number>>> {
  const table = new Map<Traffic, Record<Phase, Map<string, number>>>();
  for (const event of events) {
    const row = table.get(event.traffic) ?? { before: new Map(), during: new Map(), after: new Map() };
    table.set(event.traffic, row);
    const cell = row[phaseOf(event.at, outage)];
    cell.set(label(event), (cell.get(label(event)) ?? 0) + 1);
  }
  return table;
}

/** ms from the database being ready to the first database-backed request sent after it that succeeded. */
export function recoveryMs(events: readonly ChaosEvent[], outage: Outage): number | null {
  const first = events
    .filter((e) => e.traffic === "database read" && e.at >= outage.readyAt && e.outcome === 200)
    .sort((a, b) => a.at - b.at)[0];
  return first ? first.at - outage.readyAt : null;
}

export interface ChaosFindings {
  events: readonly ChaosEvent[];
  outage: Outage;
  /** Acknowledged comments (by index) that are not in the database afterwards. */
  missingComments: readonly number[];
  acknowledgedComments: number;
  storedComments: number;
  serverStillRunning: boolean;
  recoveryLimitMs: number;
}

export function chaosChecks(findings: ChaosFindings): Check[] {
  const { events, outage } = findings;
  const of = (traffic: Traffic, phase?: Phase) =>
    events.filter((e) => e.traffic === traffic && (!phase || phaseOf(e.at, outage) === phase));
  const serverErrors = events.filter((e) => typeof e.outcome === "number" && e.outcome >= 500 && e.outcome !== 503);
  const unanswered = events.filter((e) => typeof e.outcome === "string");
  const cachedDuring = of("cached read", "during");
  const cachedNotOk = of("cached read").filter((e) => e.outcome !== 200);
  const dbDuring = of("database read", "during");
  const unavailable = events.filter((e) => e.outcome === 503);
  const recovered = recoveryMs(events, outage);
  const acknowledgedAfter = of("comment", "after").filter((e) => e.acknowledged);
  return [
    { ok: serverErrors.length === 0, text: `no 5xx other than 503 (${serverErrors.length} seen)` },
    { ok: unanswered.length === 0, text: `every request got an HTTP answer (${unanswered.length} did not)` },
    {
      ok: cachedDuring.length > 0 && cachedNotOk.length === 0,
      text: `cached article pages answered 200 throughout, ${cachedDuring.length} of them during the outage (${cachedNotOk.length} did not)`,
    },
    {
      ok: dbDuring.some((e) => e.outcome === 503),
      text: `database-backed requests during the outage answered 503 (${dbDuring.filter((e) => e.outcome === 503).length} of ${dbDuring.length})`,
    },
    {
      ok: unavailable.every((e) => e.retryAfter),
      text: `every 503 carried Retry-After (${unavailable.filter((e) => !e.retryAfter).length} did not)`,
    },
    {
      ok: recovered !== null && recovered <= findings.recoveryLimitMs,
      text:
        recovered === null
          ? "the site never served a database-backed request after the restart"
          : `the first database-backed request succeeded ${(recovered / 1000).toFixed(2)} s after the database was back (limit ${findings.recoveryLimitMs / 1000} s)`,
    },
    {
      ok: acknowledgedAfter.length > 0,
      text: `comments were acknowledged again after the restart (${acknowledgedAfter.length})`,
    },
    {
      ok: findings.missingComments.length === 0,
      text: `every acknowledged comment is in the database (${findings.acknowledgedComments} acknowledged, ${findings.storedComments} stored, ${findings.missingComments.length} missing)`,
    },
    { ok: findings.serverStillRunning, text: "the same Node process served the whole run (no restart)" },
  ];
}

export function renderChaosReport(findings: ChaosFindings): { text: string; ok: boolean } {
  const table = countOutcomes(findings.events, findings.outage);
  const lines = [`Outage: ${((findings.outage.readyAt - findings.outage.stoppedAt) / 1000).toFixed(1)} s`, ""];
  for (const [traffic, row] of table) {
    lines.push(`${traffic}:`);
    for (const phase of PHASES) {
      const cells = [...row[phase]].sort((a, b) => b[1] - a[1]).map(([what, n]) => `${what} × ${n}`);
      lines.push(`  ${phase.padEnd(6)} ${cells.join(", ") || "—"}`);
    }
  }
  const checks = chaosChecks(findings);
  lines.push("", ...checks.map((c) => `${c.ok ? "✔" : "✖"} ${c.text}`));
  return { text: lines.join("\n"), ok: checks.every((c) => c.ok) };
}
