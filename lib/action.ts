import "server-only";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { type Action, authorizeAttempt, type Viewer } from "./auth/permissions";
import { getViewer } from "./auth/viewer";
import { Conflict, DatabaseUnavailable, DomainError, type FieldErrors, ValidationError, httpStatusOf } from "./errors";

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
  console.error(error);
  return {
    ok: false,
    error: {
      code: "server",
      message: "Something went wrong on our side. Your work is kept here; please try again.",
      fieldErrors: {},
    },
  };
}

/** Zod issues keyed by dotted path ("bylines.0.contributorId"), as the form fields are named. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

type Handler<S extends z.ZodType, V, T> = (input: z.output<S>, viewer: V) => Promise<T>;

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
  const handler = config.handler as Handler<S, Viewer | null, T>;
  return async function runAction(input) {
    try {
      const viewer = await getViewer();
      if (config.permission !== "public") authorizeAttempt(viewer, config.permission);
      const parsed = config.schema.parse(input instanceof FormData ? formDataToObject(input) : input);
      return { ok: true, data: await handler(parsed, viewer) };
    } catch (error) {
      unstable_rethrow(error);
      return failure(error);
    }
  };
}
