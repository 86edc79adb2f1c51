import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { DatabaseUnavailable, DomainError, ValidationError, httpStatusOf } from "../errors";
import { fieldErrorsOf } from "../field-errors";
import { log } from "../log";

/**
 * The JSON error response for a route handler. Domain errors keep their
 * message (an unreachable database is a 503 with Retry-After); anything else
 * is logged and answered with a generic 500 that leaks nothing.
 */
export function errorResponse(error: unknown): Response {
  // Next's own control flow (prerender bail-out, redirect, notFound) is not an error to answer.
  unstable_rethrow(error);
  if (error instanceof z.ZodError) {
    return Response.json({ error: "Some fields need attention.", fieldErrors: fieldErrorsOf(error) }, { status: 422 });
  }
  if (error instanceof DatabaseUnavailable) {
    return Response.json(
      { error: error.message },
      { status: 503, headers: { "Retry-After": String(DatabaseUnavailable.retryAfterSeconds) } },
    );
  }
  if (error instanceof DomainError) {
    const body: Record<string, unknown> = { error: error.message };
    if (error instanceof ValidationError) body.fieldErrors = error.fieldErrors;
    return Response.json(body, { status: httpStatusOf(error) });
  }
  log.error({ err: error }, "A request failed.");
  return Response.json({ error: "Something went wrong on our side. Please try again." }, { status: 500 });
}
