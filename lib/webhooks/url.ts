import { isIP } from "node:net";
import { refusedAddressReason } from "./address";

// The checks a webhook URL passes before it is stored, and again before
// every delivery. Host names are resolved at delivery time (send.ts), where
// the address connected to is the one checked.

export interface UrlPolicy {
  allowLoopback: boolean;
}

const LOCAL_NAMES = /^(localhost|.*\.localhost|.*\.local|.*\.internal)$/i;

/** What is wrong with the address as written, whatever the server allows; null when nothing is. */
export function urlShapeReason(text: string): string | null {
  if (!URL.canParse(text)) return "Enter a full address starting with https://.";
  const url = new URL(text);
  if (url.protocol !== "https:" && url.protocol !== "http:") return "Use an https:// (or http://) address.";
  if (url.username || url.password) return "Leave the user name and password out of the address.";
  return null;
}

/** Why this URL cannot receive webhooks, or null. */
export function refusedUrlReason(text: string, policy: UrlPolicy): string | null {
  const shape = urlShapeReason(text);
  if (shape) return shape;
  const url = new URL(text);
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (isIP(host)) {
    const reason = refusedAddressReason(host, policy);
    return reason ? `This address cannot receive webhooks: ${reason}` : null;
  }
  if (LOCAL_NAMES.test(host) && !(policy.allowLoopback && /^localhost$/i.test(host))) {
    return "This address cannot receive webhooks: it names this machine or a local network.";
  }
  return null;
}
