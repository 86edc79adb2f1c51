import type { ChangeEvent, InputHTMLAttributes } from "react";
import { describedBy } from "@/components/ui/described-by";

/**
 * A labelled input whose messages are tied to it: the hint and the errors are
 * announced with the field (aria-describedby) and mark it invalid.
 */
export function TextField({
  name,
  label,
  value,
  onChange,
  errors,
  hint,
  idPrefix = "field",
  ...input
}: {
  name: string;
  label: string;
  value: string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  errors?: string[] | undefined;
  hint?: string;
  idPrefix?: string;
} & Pick<
  InputHTMLAttributes<HTMLInputElement>,
  "type" | "autoComplete" | "required" | "inputMode" | "spellCheck" | "autoFocus" | "readOnly"
>) {
  const aria = describedBy(`${idPrefix}-${name}`, { hint: Boolean(hint), errors: errors ?? [] });
  return (
    <div className="auth-field">
      <label htmlFor={aria.id}>{label}</label>
      {hint ? (
        <p className="auth-field-hint" id={`${aria.id}-hint`}>
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p className="auth-field-error" id={`${aria.id}-error`}>
          {errors.join(" ")}
        </p>
      ) : null}
      <input {...input} {...aria} name={name} value={value} onChange={onChange} />
    </div>
  );
}
