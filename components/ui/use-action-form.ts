"use client";

import { useRouter } from "next/navigation";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/action";

// Runs a server action built with lib/action.ts from a <form>, keeping what
// the user typed when it fails (React resets a form after its action) and
// refreshing the page's server data when it succeeds.

export type FormAction<T> = (input: FormData) => Promise<ActionResult<T>>;

export interface ActionFormState<T> {
  result: ActionResult<T> | null;
  /** The submitted text by field name, to show again after the reset; null shows the initial values. */
  values: Record<string, string> | null;
}

function submittedValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string") values[key] = value;
  return values;
}

export function useActionForm<T>(
  action: FormAction<T>,
  options: { resetOnSuccess?: boolean; onSuccess?: (data: T) => void } = {},
) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState<ActionFormState<T>, FormData>(
    async (_previous, form) => {
      const result = await action(form);
      if (result.ok) {
        options.onSuccess?.(result.data);
        router.refresh();
      }
      return { result, values: result.ok && options.resetOnSuccess ? null : submittedValues(form) };
    },
    { result: null, values: null },
  );

  const errors = (name: string): string[] =>
    state.result && !state.result.ok ? (state.result.error.fieldErrors[name] ?? []) : [];
  /** The value a field shows: what was submitted last, else its initial value. */
  const value = <V>(name: string, initial: V): string | V => state.values?.[name] ?? initial;
  return { state, formAction, pending, errors, value };
}
