import type { ChangeEvent, InputHTMLAttributes } from "react";

/**
 * A labelled input whose messages are tied to it: the hint and the errors are
 * announced with the field (aria-describedby) and mark it invalid.
 */
export function TextField({ name, label, value, onChange, errors, hint, idPrefix = "field", ...input }: {
  name: string;
  label: string;
  value: string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  errors?: string[] | undefined;
  hint?: string;
  idPrefix?: string;
} & Pick<InputHTMLAttributes<HTMLInputElement>, "type" | "autoComplete" | "required" | "inputMode" | "spellCheck" | "autoFocus" | "readOnly">) {
  const id = `${idPrefix}-${name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="auth-field">
      <label htmlFor={id}>{label}</label>
      {hint ? <p className="auth-field-hint" id={hintId}>{hint}</p> : null}
      {errorId ? <p className="auth-field-error" id={errorId}>{errors!.join(" ")}</p> : null}
      <input
        {...input}
        id={id}
        name={name}
        value={value}
        onChange={onChange}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={describedBy}
      />
    </div>
  );
}
