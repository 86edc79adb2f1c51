import "server-only";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { type Action, authorizeAttempt, type Viewer } from "./auth/permissions";
import { getViewer } from "./auth/viewer";
import { Conflict, DatabaseUnavailable, DomainError, type FieldErrors, ValidationError, httpStatusOf } from "./errors";
import { fieldErrorsOf } from "./field-errors";
import { log } from "./log";

// The one builder for server actions: every action declares its input schema
// and its permission ("public" must be written out), gets the viewer resolved
// and authorized before its handler runs, and answers with a result that
// forms render (field errors) rather than a thrown error.

export type ActionErrorCode =
  "validation" | "unauthenticated" | "forbidden" | "not-found" | "conflict" | "rate-limited" | "unavailable" | "server";

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: { code: ActionErrorCode; message: string; fieldErrors: FieldErrors; current?: unknown } };

const CODES: Record<number, ActionErrorCode> = {
  401: "unauthenticated",
  403: "forbidden",
  404: "not-found",
  409: "conflict",
  422: "validation",
  429: "rate-limited",
};

/** FormData as a plain object: `name[]` fields become arrays, checkboxes "on" stay strings for the schema to coerce. */
export function formDataToObject(form: FormData): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = form.getAll(key);
    if (key.endsWith("[]")) result[key.slice(0, -2)] = values;
    else result[key] = values.at(-1);
  }
  return result;
}

export function failure(error: unknown): Extract<ActionResult<never>, { ok: false }> {
  if (error instanceof z.ZodError) {
    return {
      ok: false,
      error: { code: "validation", message: "Some fields need attention.", fieldErrors: fieldErrorsOf(error) },
    };
  }
  if (error instanceof DatabaseUnavailable) {
    return { ok: false, error: { code: "unavailable", message: error.message, fieldErrors: {} } };
  }
  if (error instanceof DomainError) {
    return {
      ok: false,
      error: {
        code: CODES[httpStatusOf(error)] ?? "server",
        message: error.message,
        fieldErrors: error instanceof ValidationError ? error.fieldErrors : {},
        ...(error instanceof Conflict && error.current !== undefined ? { current: error.current } : {}),
      },
    };
  }
  log.error({ err: error }, "A server action failed.");
  return {
    ok: false,
    error: {
      code: "server",
      message: "Something went wrong on our side. Your work is kept here; please try again.",
      fieldErrors: {},
    },
  };
}

type Handler<S extends z.ZodType, V, T> = (input: z.output<S>, viewer: V) => Promise<T>;

/**
 * What a server action runs once it knows the viewer: its declared
 * permission, its schema, its handler. The Admin API's route handlers run the
 * very same operations with the token's viewer (lib/admin-api), so a change
 * made through the API passes exactly the checks the admin's form does.
 */
export interface Operation<S extends z.ZodType, T> {
  schema: S;
  permission: Action;
  handler: Handler<S, Viewer, T>;
}

type PublicOperation<S extends z.ZodType, T> = {
  schema: S;
  permission: "public";
  handler: Handler<S, Viewer | null, T>;
};

/** Declares an operation once, for an action (defineAction) and an API route (runOperation) to share. */
export function defineOperation<S extends z.ZodType, T>(operation: Operation<S, T>): Operation<S, T> {
  return operation;
}

/** Runs an operation as this viewer: the role's first check, the schema, then the handler, which authorizes against the record. */
export async function runOperation<S extends z.ZodType, T>(
  operation: Operation<S, T> | PublicOperation<S, T>,
  viewer: Viewer | null,
  input: unknown,
): Promise<T> {
  if (operation.permission !== "public") authorizeAttempt(viewer, operation.permission);
  const parsed = operation.schema.parse(input);
  return (operation.handler as Handler<S, Viewer | null, T>)(parsed, viewer);
}

export function defineAction<S extends z.ZodType, T>(config: {
  schema: S;
  permission: "public";
  handler: Handler<S, Viewer | null, T>;
}): (input: z.input<S> | FormData) => Promise<ActionResult<T>>;
export function defineAction<S extends z.ZodType, T>(config: {
  schema: S;
  permission: Action;
  handler: Handler<S, Viewer, T>;
}): (input: z.input<S> | FormData) => Promise<ActionResult<T>>;
export function defineAction<S extends z.ZodType, T>(config: {
  schema: S;
  permission: Action | "public";
  handler: Handler<S, never, T>;
}): (input: z.input<S> | FormData) => Promise<ActionResult<T>> {
  const operation = config as Operation<S, T> | PublicOperation<S, T>;
  return async function runAction(input) {
    try {
      const viewer = await getViewer();
      const data = await runOperation(operation, viewer, input instanceof FormData ? formDataToObject(input) : input);
      return { ok: true, data };
    } catch (error) {
      unstable_rethrow(error);
      return failure(error);
    }
  };
}
