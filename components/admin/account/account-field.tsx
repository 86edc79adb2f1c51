import { type InputHTMLAttributes, useId } from "react";
import { describedBy } from "@/components/ui/described-by";
import { HintAndErrors } from "@/components/ui/field";

/** A labelled input for the security forms (codes, passwords, names) with its hint and field-level errors. */
export function AccountField({
  name,
  label,
  hint,
  errors = [],
  ...input
}: {
  name: string;
  label: string;
  hint?: string;
  errors?: readonly string[];
} & Pick<
  InputHTMLAttributes<HTMLInputElement>,
  "type" | "autoComplete" | "inputMode" | "maxLength" | "required" | "autoFocus" | "pattern" | "spellCheck"
>) {
  const id = `${useId()}-${name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input {...input} {...describedBy(id, { hint: Boolean(hint), errors })} name={name} />
      <HintAndErrors id={id} hint={hint} errors={errors} />
    </div>
  );
}
