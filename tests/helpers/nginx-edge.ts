import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";

// Debian's nginx running the shipped edge configuration (deploy/nginx/masthead.conf)
// on loopback, for the cluster test and `npm run bench:cluster`. Only the
// lines a deployment edits are replaced (listening address, cache folders,
// the upstream's servers); every replacement is checked, so a change to the
// shipped file that one of them no longer matches fails loudly instead of
// testing something else.

const NGINX = process.env.NGINX_PATH ?? "/usr/sbin/nginx";
export const SHIPPED_EDGE_CONFIG = "deploy/nginx/masthead.conf";

export interface EdgeConfigOptions {
  port: number;
  /** Ports of the app instances on 127.0.0.1, one upstream `server` line each. */
  upstreamPorts: readonly number[];
  /** Where nginx keeps its caches (replaces /var/cache/nginx/). */
  cacheDir: string;
  /** false: the public pages go to the app on every request (the shipped file with `proxy_cache off;` for pages). */
  microCache?: boolean;
  /** Serves the files of this folder under /static-copy/ (`.html` as text/html), as a plain static file server would. */
  staticRoot?: string;
}

function replaceOnce(text: string, pattern: RegExp, replacement: string, what: string): string {
  const matches = text.match(new RegExp(pattern.source, `${pattern.flags}g`))?.length ?? 0;
  if (matches !== 1) throw new Error(`${SHIPPED_EDGE_CONFIG} no longer has exactly one ${what} to replace.`);
  return text.replace(pattern, replacement);
}

/** The shipped server block with this run's address, folders and upstream (goes inside `http { }`). */
export function edgeServerConfig(shipped: string, options: EdgeConfigOptions): string {
  if (!options.upstreamPorts.length) throw new Error("The edge needs at least one upstream port.");
  const upstreamLine = /^( *)server 127\.0\.0\.1:3000( [^;\n]*)?;$/m;
  const [, indent = "", parameters = ""] = upstreamLine.exec(shipped) ?? [];
  let config = replaceOnce(
    shipped,
    upstreamLine,
    options.upstreamPorts.map((port) => `${indent}server 127.0.0.1:${port}${parameters};`).join("\n"),
    "upstream `server 127.0.0.1:3000` line",
  );
  config = replaceOnce(config, /^( *)listen 80;$/m, `$1listen 127.0.0.1:${options.port};`, "`listen 80;`");
  if (!config.includes("/var/cache/nginx/"))
    throw new Error(`${SHIPPED_EDGE_CONFIG} no longer names /var/cache/nginx/.`);
  config = config.replaceAll("/var/cache/nginx/", `${options.cacheDir}/`);
  if (options.microCache === false) {
    config = replaceOnce(config, /^( *)proxy_cache masthead_pages;$/m, "$1proxy_cache off;", "page cache switch");
  }
  if (options.staticRoot) {
    config = replaceOnce(
      config,
      /^( *)location \/_next\/static\/ \{$/m,
      `$1location /static-copy/ {\n$1    alias ${options.staticRoot}/;\n$1    types { text/html html; }\n$1}\n\n$1location /_next/static/ {`,
      "`location /_next/static/` block",
    );
  }
  return config;
}

/** A whole nginx.conf around the server block: in the foreground, as this user, files in `folder`. */
export function edgeMainConfig(folder: string, server: string, workerProcesses: "auto" | number = 1): string {
  return [
    "daemon off;",
    `worker_processes ${workerProcesses};`,
    // Workers run as this user, who owns the folders (as root, nginx would otherwise switch to nobody).
    `user ${userInfo().username};`,
    `pid ${folder}/nginx.pid;`,
    `error_log ${folder}/error.log;`,
    "events { worker_connections 1024; }",
    "http {",
    "  access_log off;",
    `  client_body_temp_path ${folder}/body;`,
    `  proxy_temp_path ${folder}/proxy;`,
    server,
    "}",
  ].join("\n");
}

export interface Edge {
  url: string;
  /** nginx's error log so far (refused upstreams are logged here). */
  errorLog(): string;
  stop(): Promise<void>;
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

export async function startEdge(
  options: Omit<EdgeConfigOptions, "cacheDir"> & { workerProcesses?: "auto" | number },
): Promise<Edge> {
  if (!existsSync(NGINX))
    throw new Error(`${NGINX} is missing: install Debian's nginx package (apt-get install nginx).`);
  const folder = mkdtempSync(path.join(tmpdir(), "masthead-nginx-"));
  mkdirSync(path.join(folder, "cache"));
  const server = edgeServerConfig(readFileSync(SHIPPED_EDGE_CONFIG, "utf8"), {
    ...options,
    cacheDir: path.join(folder, "cache"),
  });
  const configFile = path.join(folder, "nginx.conf");
  writeFileSync(configFile, edgeMainConfig(folder, server, options.workerProcesses));
  const errorLog = () =>
    existsSync(path.join(folder, "error.log")) ? readFileSync(path.join(folder, "error.log"), "utf8") : "";

  const child = spawn(NGINX, ["-c", configFile, "-p", folder], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      // QUIT: the workers finish what they serve and the master removes its pid file.
      child.kill("SIGQUIT");
      await exited;
    }
    rmSync(folder, { recursive: true, force: true });
  };
  // The pid file appears once nginx holds its port: something else listening there does not count.
  const started = async () => existsSync(path.join(folder, "nginx.pid")) && (await listening(options.port));
  const deadline = Date.now() + 15_000;
  while (!(await started())) {
    if (child.exitCode !== null || Date.now() > deadline) {
      const why = `${stderr}${errorLog()}`.trim();
      await stop();
      throw new Error(`nginx did not start on 127.0.0.1:${options.port}:\n${why}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { url: `http://127.0.0.1:${options.port}`, errorLog, stop };
}
