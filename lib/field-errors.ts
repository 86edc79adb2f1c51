import type { z } from "zod";
import type { FieldErrors } from "./errors";

/** Zod issues keyed by dotted path ("bylines.0.contributorId"), as form fields and API clients name them. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}
