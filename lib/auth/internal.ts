import { timingSafeEqual } from "node:crypto";
import { env } from "../env";

/** Whether a request carries the internal API secret (`Authorization: Bearer <secret>`). */
export function isInternalCaller(request: Request): boolean {
  const secret = env().INTERNAL_API_SECRET;
  const given = request.headers.get("authorization")?.match(/^Bearer (.+)$/)?.[1];
  if (!secret || !given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}
