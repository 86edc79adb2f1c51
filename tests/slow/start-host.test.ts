import { spawn, type ChildProcess } from "node:child_process";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import { networkInterfaces } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "../../scripts/lib/content/demo-accounts";
import { freePort } from "../helpers/free-port";

// The real `npm run dev` start path (the same scripts/start.ts as `npm start`,
// without the production build): on an empty install it seeds the demo
// accounts, then refuses a public HOST until each has a password of its own
// (set with the real `npm run accounts:set-password`), and by default listens
// on loopback only.

const LONG = 600_000;
const DIST_DIR = ".next-start-host-test";
const tsx = path.resolve("node_modules/tsx/dist/cli.mjs");
/** An address of this machine that other machines could reach, when it has one. */
const lanAddress = Object.values(networkInterfaces())
  .flat()
  .find((a) => a && !a.internal && a.family === "IPv4")?.address;

let root = "";
let environment: Record<string, string | undefined> = {};
let port = 0;
const running = new Set<ChildProcess>();

interface Run {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function run(script: string, args: string[], extra: Record<string, string> = {}, stdin?: string): Run {
  const child: ChildProcess = spawn(process.execPath, [tsx, "--conditions=react-server", script, ...args], {
    env: { ...environment, ...extra } as NodeJS.ProcessEnv,
    stdio: ["pipe", "pipe", "pipe"],
    detached: true,
  });
  running.add(child);
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  if (stdin !== undefined) child.stdin!.end(stdin);
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => {
      running.delete(child);
      resolve(code);
    }),
  );
  return { child, output: () => output, exited };
}

const start = (host: string | undefined) => run("scripts/start.ts", ["--dev"], host ? { HOST: host } : {});

function connects(host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/** Waits, with no fixed sleep deciding the outcome, until the site accepts connections on host. */
async function listeningOn(host: string, server: Run): Promise<void> {
  let exitCode: number | null | undefined;
  void server.exited.then((code) => (exitCode = code));
  while (!(await connects(host))) {
    if (exitCode !== undefined) throw new Error(`The server exited (${exitCode}):\n${server.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function stop(server: Run): Promise<void> {
  server.child.kill("SIGTERM");
  await server.exited;
}

describe.skipIf(Boolean(process.env.DATABASE_URL))("npm start and npm run dev", () => {
  beforeAll(async () => {
    root = await mkdtemp(path.resolve(".data", "start-host-test-"));
    await chmod(root, 0o755);
    port = await freePort();
    environment = {
      ...process.env,
      NODE_ENV: "development",
      MASTHEAD_DATA_DIR: root,
      MASTHEAD_DIST_DIR: DIST_DIR,
      EMBEDDED_PG_PORT: String(await freePort()),
      PORT: String(port),
      NEXT_TELEMETRY_DISABLED: "1",
    };
    // The embedded cluster, and the address each run chooses itself.
    delete environment.DATABASE_URL;
    delete environment.HOST;
  }, LONG);

  afterAll(async () => {
    for (const child of running) if (child.pid) process.kill(-child.pid, "SIGKILL");
    if (root) await rm(root, { recursive: true, force: true });
    await rm(DIST_DIR, { recursive: true, force: true });
  }, LONG);

  it(
    "refuses HOST=0.0.0.0 while demo accounts have the demo password, says how to fix it and exits non-zero",
    async () => {
      const refused = start("0.0.0.0");
      expect(await refused.exited).toBe(1);
      const output = refused.output();
      expect(output).toContain("Refusing to listen on 0.0.0.0 (HOST): 5 account(s) still have the demo password");
      for (const { email } of DEMO_ACCOUNTS) {
        expect(output).toContain(`npm run accounts:set-password -- ${email}`);
      }
      expect(await connects("127.0.0.1")).toBe(false);
    },
    LONG,
  );

  it(
    "listens on 127.0.0.1 only by default, warning about the demo accounts; set-password clears them",
    async () => {
      const server = start(undefined);
      await listeningOn("127.0.0.1", server);
      expect(server.output()).toContain("Demo accounts: 5 account(s) still have the demo password");
      expect(server.output()).toContain(`Masthead is starting on http://localhost:${port} (this machine only`);
      if (lanAddress) expect(await connects(lanAddress)).toBe(false);

      // The real command, sharing the running cluster; a password piped in is its first line.
      const tooShort = run("scripts/accounts-set-password.ts", ["admin@masthead.local"], {}, "short\n");
      expect(await tooShort.exited).toBe(2);
      expect(tooShort.output()).toContain("Use at least 10 characters.");
      const unknown = run("scripts/accounts-set-password.ts", ["nobody@example.org"], {}, "a long enough password\n");
      expect(await unknown.exited).toBe(2);
      expect(unknown.output()).toContain("No account has the email address nobody@example.org.");
      for (const { email } of DEMO_ACCOUNTS) {
        const set = run("scripts/accounts-set-password.ts", [email], {}, `${email} has its own password now\n`);
        expect(await set.exited, set.output()).toBe(0);
        expect(set.output()).toContain(`✔ New password set for ${email}`);
      }
      await stop(server);
    },
    LONG,
  );

  it(
    "listens on every interface with HOST=0.0.0.0 once no account has the demo password",
    async () => {
      const server = start("0.0.0.0");
      await listeningOn("127.0.0.1", server);
      if (lanAddress) expect(await connects(lanAddress)).toBe(true);
      expect(server.output()).toContain(`Masthead is starting on 0.0.0.0 port ${port}`);
      expect(server.output()).not.toContain("Demo accounts:");
      await stop(server);
    },
    LONG,
  );
});
