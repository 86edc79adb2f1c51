import { randomUUID } from "node:crypto";

// Every request has an id, echoed in X-Request-Id and carried by the log
// lines written while it is handled. A proxy in front (nginx's
// $request_id, a load balancer) may have named the request already: its id
// is kept when it is a plain token, so one id follows the request through
// every hop; anything else (too long, spaces, quotes, control characters that
// could forge log lines or headers) is replaced.

const SANE_ID = /^[A-Za-z0-9][A-Za-z0-9._:@+=-]{0,127}$/;

export function requestIdFor(incoming: string | string[] | undefined): string {
  return typeof incoming === "string" && SANE_ID.test(incoming) ? incoming : randomUUID();
}
