import { z } from "zod";
import { quoteValue } from "./text/redact";

// The environment, parsed once. Every variable has a default that runs on a
// fresh machine; a malformed value stops the process with a message that
// names the variable and shows an example.

const postgresUrl = z
  .string()
  .refine((v) => /^postgres(ql)?:\/\//.test(v) && URL.canParse(v), "must be a postgres:// URL");

const serverSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: postgresUrl.optional(),
  /** Connections each server process keeps open to the primary (and to each replica). */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  /** Statements running longer are cancelled by PostgreSQL (0: no limit). */
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(0),
  /** Streaming replicas of DATABASE_URL for the public pages' reads, comma-separated. */
  DATABASE_REPLICA_URLS: z
    .string()
    .transform((list) =>
      list
        .split(",")
        .map((url) => url.trim())
        .filter(Boolean),
    )
    .pipe(z.array(postgresUrl, { error: "must be postgres:// URLs separated by commas" }).max(16))
    .default([]),
  MASTHEAD_DATA_DIR: z.string().min(1).default(".data"),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(5488),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** The address the site listens on: this machine only unless told otherwise (scripts/start.ts refuses a public one while demo passwords remain). */
  HOST: z
    .union([z.ipv4(), z.ipv6(), z.literal("localhost")], {
      error: "must be an IP address to listen on, such as 127.0.0.1 (this machine only) or 0.0.0.0 (every interface)",
    })
    .transform((host) => (host === "localhost" ? "127.0.0.1" : host))
    .default("127.0.0.1"),
  SITE_URL: z.url({ protocol: /^https?$/ }).default("http://localhost:3000"),
  /** Shared with out-of-process writers (worker, CLI) that ask the site to drop cached pages. */
  INTERNAL_API_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  /** Signs session cookies and preview links; generated into the data folder when unset. */
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  /** Outgoing mail. Unset: messages are written to MASTHEAD_DATA_DIR/outbox as .eml files. */
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  MAIL_FROM: z.string().min(3).default("Masthead <no-reply@masthead.local>"),
  /** Runs the scheduler inside the web server; set to "false" when `npm run worker` runs it instead. */
  MASTHEAD_IN_PROCESS_SCHEDULER: z.enum(["true", "false"]).default("true"),
  /** Readers may sign in with GitHub / Google when both halves of a pair are set. */
  GITHUB_ID: z.string().min(1).optional(),
  GITHUB_SECRET: z.string().min(1).optional(),
  GOOGLE_CLIENT_ID: z.string().min(1).optional(),
  GOOGLE_CLIENT_SECRET: z.string().min(1).optional(),
  /** "true" when a reverse proxy in front of the site sets X-Forwarded-For: readers' addresses are then known and rate-limited. */
  TRUST_PROXY: z.enum(["true", "false"]).default("false"),
  /** The production server's old-generation heap limit, in MB (scripts/lib/cli/server-process.ts). */
  MASTHEAD_SERVER_HEAP_MB: z.coerce.number().int().min(96, "must be at least 96").max(16_384).default(256),
  /** "false" serves cached pages from Next's own cache instead of the ASCII one built on Next's internals (lib/page-cache). */
  MASTHEAD_ASCII_PAGE_CACHE: z.enum(["true", "false"]).default("true"),
  // issue 13: load — Markdown renders off the request thread (lib/markdown/pool)
  /** Worker threads rendering Markdown; one core stays free for the request thread. */
  MARKDOWN_WORKERS: z.coerce.number().int().min(1).max(16).default(1),
  /** How long one render may run before it is stopped and refused, in ms. */
  MARKDOWN_RENDER_BUDGET_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
  /** Renders waiting for a worker; beyond this new ones are refused as "busy". */
  MARKDOWN_QUEUE: z.coerce.number().int().min(1).max(1_000).default(16),
  // issue 15: webhooks
  /** "true" lets webhooks reach this machine (127.0.0.1, ::1, localhost): for tests and a receiver on the same box only. */
  MASTHEAD_WEBHOOKS_ALLOW_LOOPBACK: z.enum(["true", "false"]).default("false"),
  // issue 17: media on S3-compatible object storage (lib/media/s3-config.ts); unset: the local uploads folder
  /** The bucket media goes to; setting it switches media from the local folder to object storage. */
  S3_BUCKET: z
    .string()
    .regex(
      /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
      "must be a bucket name: 3–63 lowercase letters, digits, dots and hyphens",
    )
    .optional(),
  S3_REGION: z
    .string()
    .regex(/^[a-z0-9-]{2,32}$/, "must be a region name such as eu-west-1 (Cloudflare R2: auto)")
    .default("us-east-1"),
  /** Unset for AWS S3; the API address of any other S3-compatible service (R2, MinIO). */
  S3_ENDPOINT: z.url({ protocol: /^https?$/, error: "must be an http(s):// URL of the S3 API" }).optional(),
  /** "true" addresses the bucket as <endpoint>/<bucket>/… (MinIO and most self-hosted servers need it). */
  S3_FORCE_PATH_STYLE: z.enum(["true", "false"]).default("false"),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** A folder in the bucket for Masthead's files, so the bucket can hold other things too. */
  S3_PREFIX: z
    .string()
    .regex(
      /^[A-Za-z0-9][A-Za-z0-9_-]*(\/[A-Za-z0-9][A-Za-z0-9_-]*)*\/?$/,
      "must be a folder name such as masthead or sites/masthead (letters, digits, - and _)",
    )
    .transform((prefix) => prefix.replace(/\/$/, ""))
    .optional(),
  /** Readers fetch media from this public bucket or CDN address instead of through the site. */
  S3_PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: "must be an http(s):// URL where the bucket's files can be read" })
    .refine((url) => !/[?#]/.test(url), "must not carry a query or fragment")
    .transform((url) => url.replace(/\/+$/, ""))
    .optional(),
  // issue 17: several instances — Next's caches shared in Redis (lib/shared-cache)
  /** Unset: each server process keeps its own caches, as on one machine. */
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: "must be a redis:// or rediss:// URL" }).optional(),
  /** Namespace of this site's keys in Redis; defaults to masthead:<SITE_URL host>. */
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[\w.:-]{1,100}$/, "must be 1–100 letters, digits, '.', ':', '_' or '-'")
    .optional(),
  /** How long a request waits for one Redis reply before treating it as a miss, in ms. */
  REDIS_COMMAND_TIMEOUT_MS: z.coerce.number().int().min(20).max(10_000).default(500),
  // issue 17: operability (lib/log.ts, lib/ops)
  /** The least severe log lines written. */
  LOG_LEVEL: z
    .enum(["trace", "debug", "info", "warn", "error", "fatal", "silent"], {
      error: "must be one of trace, debug, info, warn, error, fatal or silent",
    })
    .default("info"),
  /** "json" (one object per line, for a log collector) or "pretty" (readable); unset: json in production, pretty otherwise. */
  LOG_FORMAT: z.enum(["json", "pretty"], { error: 'must be "json" or "pretty"' }).optional(),
  /** Bearer token that /metrics asks for; unset, /metrics does not exist (404) and nothing is measured. */
  METRICS_TOKEN: z
    .string()
    .min(16, "must be at least 16 characters")
    .regex(/^[\x21-\x7e]+$/, "must be printable ASCII without spaces")
    .optional(),
  /**
   * On SIGTERM, how long requests in flight and background jobs may take before the server exits anyway.
   * Below the 30 s a container orchestrator usually waits before it kills the process.
   */
  SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(600).default(25),
});

const S3_NEEDS_BUCKET = [
  "S3_ENDPOINT",
  "S3_ACCESS_KEY_ID",
  "S3_SECRET_ACCESS_KEY",
  "S3_PREFIX",
  "S3_PUBLIC_URL",
] as const satisfies (keyof z.infer<typeof serverSchema>)[];

// Settings that make sense only together: half of them would quietly keep media on the local disk.
const checkedSchema = serverSchema.superRefine((config, context) => {
  for (const name of S3_NEEDS_BUCKET) {
    if (config[name] !== undefined && !config.S3_BUCKET) {
      context.addIssue({ code: "custom", path: [name], message: "is set but S3_BUCKET is not: set the bucket too" });
    }
  }
  if (Boolean(config.S3_ACCESS_KEY_ID) !== Boolean(config.S3_SECRET_ACCESS_KEY)) {
    const missing = config.S3_ACCESS_KEY_ID ? "S3_SECRET_ACCESS_KEY" : "S3_ACCESS_KEY_ID";
    context.addIssue({
      code: "custom",
      path: [missing],
      message: "is needed with the other half of the key pair (or leave both unset for the AWS SDK's own credentials)",
    });
  }
});

const EXAMPLES: Record<keyof z.infer<typeof serverSchema>, string> = {
  NODE_ENV: "production",
  DATABASE_URL: "postgresql://masthead:secret@127.0.0.1:5432/masthead",
  DATABASE_POOL_SIZE: "20",
  DATABASE_STATEMENT_TIMEOUT_MS: "30000",
  DATABASE_REPLICA_URLS:
    "postgresql://masthead:secret@10.0.0.21:5432/masthead,postgresql://masthead:secret@10.0.0.22:5432/masthead",
  MASTHEAD_DATA_DIR: ".data",
  EMBEDDED_PG_PORT: "5488",
  PORT: "3000",
  HOST: "0.0.0.0",
  SITE_URL: "https://news.example.org",
  INTERNAL_API_SECRET: "a-long-random-string-such-as-the-output-of-openssl-rand-hex-32",
  NEXTAUTH_SECRET: "another-long-random-string-from-openssl-rand-hex-32",
  SMTP_URL: "smtps://user:password@smtp.example.org:465",
  MAIL_FROM: "Riverside Voices <news@example.org>",
  MASTHEAD_IN_PROCESS_SCHEDULER: "false",
  GITHUB_ID: "Iv1.0123456789abcdef",
  GITHUB_SECRET: "the-client-secret-from-github-developer-settings",
  GOOGLE_CLIENT_ID: "1234567890-abc.apps.googleusercontent.com",
  GOOGLE_CLIENT_SECRET: "the-client-secret-from-google-cloud-console",
  TRUST_PROXY: "true",
  MASTHEAD_SERVER_HEAP_MB: "256",
  MASTHEAD_ASCII_PAGE_CACHE: "false",
  // issue 13: load
  MARKDOWN_WORKERS: "2",
  MARKDOWN_RENDER_BUDGET_MS: "5000",
  MARKDOWN_QUEUE: "16",
  // issue 15: webhooks
  MASTHEAD_WEBHOOKS_ALLOW_LOOPBACK: "true",
  // issue 17: media on object storage
  S3_BUCKET: "masthead-media",
  S3_REGION: "eu-west-1",
  S3_ENDPOINT: "https://<account-id>.r2.cloudflarestorage.com",
  S3_FORCE_PATH_STYLE: "true",
  S3_ACCESS_KEY_ID: "AKIAIOSFODNN7EXAMPLE",
  S3_SECRET_ACCESS_KEY: "the-secret-key-that-goes-with-the-access-key-id",
  S3_PREFIX: "masthead",
  S3_PUBLIC_URL: "https://media.example.org",
  // issue 17: several instances
  REDIS_URL: "redis://:password@10.0.0.5:6379/0",
  REDIS_KEY_PREFIX: "masthead:news.example.org",
  REDIS_COMMAND_TIMEOUT_MS: "500",
  // issue 17: operability
  LOG_LEVEL: "debug",
  LOG_FORMAT: "json",
  METRICS_TOKEN: "a-long-random-string-such-as-the-output-of-openssl-rand-hex-32",
  SHUTDOWN_TIMEOUT_SECONDS: "25",
};

export type ServerEnv = z.infer<typeof serverSchema>;

export class EnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined>): ServerEnv {
  // Treat empty strings as unset, as shells and .env files commonly leave them.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ""));
  const result = checkedSchema.safeParse(cleaned);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const name = String(issue.path[0]) as keyof typeof EXAMPLES;
    return `  ${name}: ${issue.message} (got ${quoteValue(name, source[name])}; example: ${name}=${EXAMPLES[name]})`;
  });
  throw new EnvError(`Invalid environment configuration:\n${lines.join("\n")}`);
}

/** True when an address can only be reached from this machine. */
export function isLoopbackHost(host: string): boolean {
  return /^127\.\d+\.\d+\.\d+$/.test(host) || host === "::1" || /^::ffff:127\./i.test(host);
}

/**
 * How processes on this machine (the in-process scheduler, `npm run worker`)
 * reach the site: through loopback when it listens there or on every
 * interface, otherwise through the one address it listens on.
 */
export function localSiteUrl(config: Pick<ServerEnv, "HOST" | "PORT">): string {
  const { HOST, PORT } = config;
  if (HOST === "0.0.0.0" || HOST === "::") return `http://127.0.0.1:${PORT}`;
  return `http://${HOST.includes(":") ? `[${HOST}]` : HOST}:${PORT}`;
}

let cached: ServerEnv | undefined;

export function env(): ServerEnv {
  cached ??= parseEnv(process.env);
  return cached;
}
