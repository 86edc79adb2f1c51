"use client";

import { type ChangeEvent, type FormEvent, useEffect, useRef, useState, useTransition } from "react";
import { z } from "zod";

// Form state shared by the sign-in and account forms: what the user typed is
// kept on every error, the schema the server uses is checked first so mistakes
// show next to their fields at once, and the server's answer is shown the same way.

export type FieldErrors = Record<string, string[]>;

export type SubmitResult<T> =
  { ok: true; data: T } | { ok: false; error: { message: string; fieldErrors: FieldErrors } };

export function useCheckedForm<V extends Record<string, string>, S extends z.ZodType, T>({
  initial,
  schema,
  submit,
  onSuccess,
}: {
  initial: V;
  schema: S;
  /** Receives the schema's output: trimmed, normalized, typed. */
  submit: (input: z.output<S>) => Promise<SubmitResult<T>>;
  onSuccess: (data: T, values: V) => void;
}) {
  const [values, setValues] = useState(initial);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  const [attempt, setAttempt] = useState(0);

  // After a refused submit, move focus to the first field that needs attention.
  useEffect(() => {
    if (attempt === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

  const field = (name: keyof V & string) => ({
    name,
    value: values[name] ?? "",
    errors: fieldErrors[name],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => {
      const value = event.target.value;
      setValues((current) => ({ ...current, [name]: value }));
    },
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    formRef.current = event.currentTarget;
    const checked = schema.safeParse(values);
    if (!checked.success) {
      setFieldErrors(z.flattenError(checked.error).fieldErrors as FieldErrors);
      setFormError(null);
      setAttempt((n) => n + 1);
      return;
    }
    startTransition(async () => {
      const result = await submit(checked.data);
      if (result.ok) {
        setFieldErrors({});
        setFormError(null);
        onSuccess(result.data, values);
        return;
      }
      setFieldErrors(result.error.fieldErrors);
      setFormError(result.error.message);
      setAttempt((n) => n + 1);
    });
  }

  return { values, setValues, field, fieldErrors, formError, pending, onSubmit };
}
