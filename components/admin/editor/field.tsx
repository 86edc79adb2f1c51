import type { ReactNode } from "react";

/** Ids and ARIA attributes tying a control to its hint and error messages. */
export function describedBy(id: string, { hint, errors }: { hint?: boolean; errors: readonly string[] }) {
  const ids = [hint ? `${id}-hint` : null, errors.length > 0 ? `${id}-error` : null].filter(Boolean).join(" ");
  return { id, "aria-invalid": errors.length > 0 ? true : undefined, "aria-describedby": ids || undefined } as const;
}

export function FieldErrors({ id, errors }: { id: string; errors: readonly string[] }) {
  if (errors.length === 0) return null;
  return <p id={`${id}-error`} className="field-error">{errors.join(" ")}</p>;
}

/** A labelled control with an optional hint and the server's messages for it. */
export function Field({ id, label, hint, errors, children, className }: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  errors: readonly string[];
  children: ReactNode;
  className?: string;
}) {
  return (
    <div className={className ? `field ${className}` : "field"}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint ? <p id={`${id}-hint`} className="field-hint">{hint}</p> : null}
      <FieldErrors id={id} errors={errors} />
    </div>
  );
}
