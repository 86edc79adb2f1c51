import { AsyncLocalStorage } from "node:async_hooks";
import pino, { type LevelWithSilent, type LogFn, type Logger } from "pino";
import { env } from "./env";

// The server's one logger (pino): one JSON object per line for a log
// collector in production, readable lines in development and tests
// (LOG_FORMAT, LOG_LEVEL). A line written while a request is handled carries
// that request's id: lib/http/request-observation.ts opens the context as the
// request arrives, and it follows the request's async work from there.
// Command-line progress (scripts/) stays plain console output for people.

interface LogState {
  requests: AsyncLocalStorage<string>;
  logger?: Logger;
}

// One for the process: instrumentation, the proxy and the pages are separate bundles, each with a copy of this module.
const holder = globalThis as unknown as { __mastheadLog?: LogState };
const state = (holder.__mastheadLog ??= { requests: new AsyncLocalStorage<string>() });

/** Runs `work` (and everything it starts) as part of the request with this id. */
export function runWithRequestId<T>(requestId: string, work: () => T): T {
  return state.requests.run(requestId, work);
}

const NO_FIELDS = {};

function createLogger(): Logger {
  const config = env();
  const pretty = (config.LOG_FORMAT ?? (config.NODE_ENV === "production" ? "json" : "pretty")) === "pretty";
  return pino(
    {
      level: config.LOG_LEVEL,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => {
        const requestId = state.requests.getStore();
        return requestId ? { requestId } : NO_FIELDS;
      },
    },
    pretty ? { write: (line: string) => process.stdout.write(prettyLine(line)) } : process.stdout,
  );
}

function logger(): Logger {
  return (state.logger ??= createLogger());
}

const at =
  (level: Exclude<LevelWithSilent, "silent">): LogFn =>
  (...args: unknown[]) =>
    (logger()[level] as (...a: unknown[]) => void)(...args);

/** `log.warn({ err }, "message")`: pino's call shapes; an Error goes under `err`. Created on first use, from the environment. */
export const log = {
  trace: at("trace"),
  debug: at("debug"),
  info: at("info"),
  warn: at("warn"),
  error: at("error"),
  fatal: at("fatal"),
  isLevelEnabled: (level: LevelWithSilent) => logger().isLevelEnabled(level),
};

const OWN_FIELDS = new Set(["level", "time", "pid", "hostname", "msg", "requestId", "err"]);

/** One JSON log line as people read it: `12:00:01.234 WARN  message key=value [request id]`, then any stack. */
export function prettyLine(json: string): string {
  const entry = JSON.parse(json) as Record<string, unknown>;
  const time = typeof entry.time === "string" ? entry.time.slice(11, 23) : "";
  const level = String(entry.level ?? "").toUpperCase();
  const fields = Object.entries(entry)
    .filter(([key]) => !OWN_FIELDS.has(key))
    .map(([key, value]) => `${key}=${typeof value === "string" ? value : JSON.stringify(value)}`);
  const err = entry.err as { message?: string; stack?: string } | undefined;
  const parts = [time, level.padEnd(5), entry.msg ?? err?.message ?? "", ...fields];
  if (entry.requestId) parts.push(`[${String(entry.requestId)}]`);
  const stack = err?.stack ? `\n  ${err.stack.replace(/\n/g, "\n  ")}` : "";
  return `${parts.filter((part) => part !== "").join(" ")}${stack}\n`;
}
