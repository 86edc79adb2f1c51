import { lookup as dnsLookup } from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { refusedAddressReason } from "./address";
import { refusedUrlReason, type UrlPolicy } from "./url";

// One HTTP POST to a receiver, safe against server-side request forgery: the
// host name is resolved here, every address it resolves to is checked, and
// the connection is made to the checked address (a custom `lookup`), so DNS
// answering differently a moment later (rebinding) cannot redirect it.
// Redirects are not followed, the whole exchange has a deadline, and only the
// first bytes of the answer are read.

export interface ResolvedAddress {
  address: string;
  family: number;
}

export interface SendOptions extends UrlPolicy {
  timeoutMs: number;
  /** Bytes of the response body read at most; the rest is discarded. */
  maxResponseBytes: number;
  /** How host names are resolved (default: the system resolver); tests stand in a DNS that answers what they need. */
  resolve?: (hostname: string) => Promise<ResolvedAddress[]>;
}

const systemResolver = (hostname: string) => dnsLookup(hostname, { all: true, verbatim: true });

export interface SendResult {
  /** The receiver's HTTP status; null when there was no response. */
  statusCode: number | null;
  /** Why it failed without a status (refused address, timeout, connection error). */
  error: string | null;
  durationMs: number;
}

class Refused extends Error {}

/** The one address to connect to, checked; throws Refused for a forbidden one. */
async function pinnedAddress(hostname: string, options: SendOptions): Promise<ResolvedAddress> {
  const host = hostname.replace(/^\[|\]$/g, "");
  const literal = isIP(host);
  const candidates = literal
    ? [{ address: host, family: literal }]
    : await (options.resolve ?? systemResolver)(host).catch(() => {
        throw new Refused(`The host name ${host} could not be resolved.`);
      });
  // One refused address refuses the host: a name that also points inside is not trusted with the rest.
  for (const candidate of candidates) {
    const reason = refusedAddressReason(candidate.address, options);
    if (reason) throw new Refused(`Refused: ${reason}`);
  }
  if (!candidates[0]) throw new Refused(`The host name ${host} has no address.`);
  return candidates[0];
}

export async function sendWebhook(
  urlText: string,
  body: string,
  headers: Record<string, string>,
  options: SendOptions,
): Promise<SendResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const urlReason = refusedUrlReason(urlText, options);
  if (urlReason) return { statusCode: null, error: urlReason, durationMs: 0 };
  const url = new URL(urlText);
  try {
    const pinned = await pinnedAddress(url.hostname, options);
    const lookup: LookupFunction = (_hostname, lookupOptions, callback) => {
      if (lookupOptions.all) callback(null, [pinned]);
      else callback(null, pinned.address, pinned.family);
    };
    const statusCode = await post(url, body, headers, lookup, options);
    return { statusCode, error: null, durationMs: elapsed() };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { statusCode: null, error: message.slice(0, 500), durationMs: elapsed() };
  }
}

function post(
  url: URL,
  body: string,
  headers: Record<string, string>,
  lookup: LookupFunction,
  options: SendOptions,
): Promise<number> {
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      url,
      {
        method: "POST",
        lookup,
        // A pooled socket could have been opened to another address: every delivery connects afresh.
        agent: false,
        headers: {
          ...headers,
          "content-type": "application/json",
          "content-length": String(Buffer.byteLength(body)),
          "user-agent": "Masthead-Webhooks/1",
        },
        signal: AbortSignal.timeout(options.timeoutMs),
      },
      (response) => {
        let read = 0;
        response.on("data", (chunk: Buffer) => {
          read += chunk.length;
          // Enough read: the status is what counts, and a huge answer must not fill memory.
          if (read > options.maxResponseBytes) response.destroy();
        });
        const done = () => resolve(response.statusCode ?? 0);
        response.on("end", done);
        response.on("close", done);
        response.on("error", done);
      },
    );
    request.on("error", (error) =>
      reject(error.name === "AbortError" ? new Error(`No answer within ${options.timeoutMs / 1000} s.`) : error),
    );
    request.end(body);
  });
}
