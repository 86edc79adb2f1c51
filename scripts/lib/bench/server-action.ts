import { readFileSync } from "node:fs";
import path from "node:path";
import { BenchProblem } from "./errors";
import { assertLoopback } from "./load";

// Calls a server action over HTTP as the browser does (POST with its id in
// the Next-Action header and the arguments as a JSON array), so a timed call
// includes routing, the session check and the response, not only the function.

type Manifest = { node: Record<string, { exportedName?: string; filename?: string }> };

/** The id the production build gave an exported server action, from its server reference manifest. */
export function serverActionId(distDir: string, exportedName: string): string {
  const file = path.join(distDir, "server", "server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as Manifest;
  const found = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === exportedName);
  if (!found) throw new BenchProblem(`No server action named ${exportedName} in ${file}.`);
  return found[0];
}

type ServerActionCall = { pagePath: string; actionId: string; args: unknown[]; cookie: string; signal?: AbortSignal };

/** The HTTP status and the whole answer, whatever they say: for callers that count refusals rather than stop at one. */
export async function sendServerAction(
  baseUrl: string,
  options: ServerActionCall,
): Promise<{ status: number; text: string }> {
  const base = assertLoopback(baseUrl);
  const response = await fetch(new URL(options.pagePath, base), {
    method: "POST",
    headers: {
      // Browsers send it with every POST; without it Next lets the call through but logs a warning each time.
      origin: base.origin,
      "next-action": options.actionId,
      "content-type": "text/plain;charset=UTF-8",
      accept: "text/x-component",
      cookie: options.cookie,
    },
    body: JSON.stringify(options.args),
    signal: options.signal,
  });
  return { status: response.status, text: await response.text() };
}

export async function callServerAction(baseUrl: string, options: ServerActionCall): Promise<string> {
  const { status, text } = await sendServerAction(baseUrl, options);
  if (status < 200 || status >= 300 || !text.includes('"ok":true')) {
    throw new BenchProblem(`Server action ${options.actionId} answered HTTP ${status}: ${text.slice(0, 300)}`);
  }
  return text;
}
