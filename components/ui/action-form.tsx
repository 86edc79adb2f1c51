"use client";

import { useRouter } from "next/navigation";
import { CheckboxField, type SelectOption, SelectField, TextAreaField, TextField, type TextFieldType } from "./field";
import { FormStatus } from "./form-status";
import { type FormAction, useActionForm } from "./use-action-form";

/** One field of an ActionForm, described as data so server pages can declare forms. */
export type FormFieldSpec =
  | {
      kind: TextFieldType;
      name: string;
      label: string;
      hint?: string;
      required?: boolean;
      defaultValue?: string | number | null;
      maxLength?: number;
      autoComplete?: string;
    }
  | {
      kind: "textarea";
      name: string;
      label: string;
      hint?: string;
      required?: boolean;
      defaultValue?: string | null;
      rows?: number;
      maxLength?: number;
    }
  | {
      kind: "select";
      name: string;
      label: string;
      hint?: string;
      required?: boolean;
      defaultValue?: string | null;
      options: readonly SelectOption[];
    }
  | { kind: "checkbox"; name: string; label: string; hint?: string; defaultChecked?: boolean };

/**
 * A form posting to a server action: each field shows its own errors, a
 * failed submission keeps what was typed, and success shows `successMessage`,
 * clears the form (`resetOnSuccess`) or moves to `successHref`.
 */
export function ActionForm<T>({
  action,
  fields,
  hidden = {},
  submitLabel,
  successMessage,
  resetOnSuccess,
  successHref,
  className,
  legend,
}: {
  action: FormAction<T>;
  fields: readonly FormFieldSpec[];
  /** Values sent with every submission (record ids). */
  hidden?: Record<string, string>;
  submitLabel: string;
  successMessage?: string;
  resetOnSuccess?: boolean;
  successHref?: string;
  className?: string;
  /** Names the group of fields for assistive technology when a page holds several forms. */
  legend?: string;
}) {
  const router = useRouter();
  const { state, formAction, pending, errors, value } = useActionForm(action, {
    resetOnSuccess,
    onSuccess: successHref ? () => router.push(successHref) : undefined,
  });
  const body = (
    <>
      {Object.entries(hidden).map(([name, v]) => (
        <input key={name} type="hidden" name={name} value={v} />
      ))}
      {fields.map((field) => {
        const common = { name: field.name, label: field.label, hint: field.hint, errors: errors(field.name) };
        switch (field.kind) {
          case "checkbox":
            return (
              <CheckboxField
                key={field.name}
                {...common}
                defaultChecked={state.values ? state.values[field.name] === "on" : field.defaultChecked}
              />
            );
          case "textarea":
            return (
              <TextAreaField
                key={field.name}
                {...common}
                required={field.required}
                rows={field.rows}
                maxLength={field.maxLength}
                defaultValue={value(field.name, field.defaultValue)}
              />
            );
          case "select":
            return (
              <SelectField
                key={field.name}
                {...common}
                required={field.required}
                options={field.options}
                defaultValue={value(field.name, field.defaultValue)}
              />
            );
          default:
            return (
              <TextField
                key={field.name}
                {...common}
                type={field.kind}
                required={field.required}
                maxLength={field.maxLength}
                autoComplete={field.autoComplete}
                defaultValue={value(field.name, field.defaultValue)}
              />
            );
        }
      })}
    </>
  );
  return (
    <form action={formAction} className={className ? `action-form ${className}` : "action-form"} aria-busy={pending}>
      {legend ? (
        <fieldset>
          <legend>{legend}</legend>
          {body}
        </fieldset>
      ) : (
        body
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? "Saving…" : submitLabel}
        </button>
        <FormStatus result={state.result} success={successMessage} />
      </div>
    </form>
  );
}
