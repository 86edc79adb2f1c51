import { useId } from "react";
import { describedBy } from "./described-by";

// Labelled form controls with a hint and the server's messages for them,
// tied together with aria-describedby and aria-invalid. Uncontrolled: pass
// the value to show as defaultValue (on an error, what the user typed).

export interface FieldBaseProps {
  name: string;
  label: string;
  hint?: string;
  /** Messages for this field from the last submission; any marks it invalid. */
  errors?: readonly string[];
  required?: boolean;
}

function useFieldIds(name: string, hint: string | undefined, errors: readonly string[]) {
  const id = `${useId()}-${name}`;
  return { id, control: { ...describedBy(id, { hint: Boolean(hint), errors }), name } };
}

/** A control's hint and error messages, with the ids `describedBy` points at. */
export function HintAndErrors({
  id,
  hint,
  errors,
}: {
  id: string;
  hint: string | undefined;
  errors: readonly string[];
}) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {errors.length > 0 ? (
        <p id={`${id}-error`} className="field-error">
          {errors.join(" ")}
        </p>
      ) : null}
    </>
  );
}

function Label({ id, label, required }: { id: string; label: string; required: boolean | undefined }) {
  return (
    <label htmlFor={id}>
      {label}
      {required ? null : <span className="field-optional"> (optional)</span>}
    </label>
  );
}

export type TextFieldType = "text" | "email" | "tel" | "url" | "number" | "search" | "date";

export function TextField({
  name,
  label,
  hint,
  errors = [],
  required,
  type = "text",
  defaultValue,
  maxLength,
  autoComplete,
  list,
}: FieldBaseProps & {
  type?: TextFieldType;
  defaultValue?: string | number | null;
  maxLength?: number;
  autoComplete?: string;
  /** Id of a <datalist> offering suggestions. */
  list?: string;
}) {
  const { id, control } = useFieldIds(name, hint, errors);
  return (
    <div className="field">
      <Label id={id} label={label} required={required} />
      <input
        {...control}
        type={type}
        defaultValue={defaultValue ?? ""}
        required={required}
        maxLength={maxLength}
        autoComplete={autoComplete}
        list={list}
      />
      <HintAndErrors id={id} hint={hint} errors={errors} />
    </div>
  );
}

export function TextAreaField({
  name,
  label,
  hint,
  errors = [],
  required,
  defaultValue,
  rows = 4,
  maxLength,
}: FieldBaseProps & {
  defaultValue?: string | null;
  rows?: number;
  maxLength?: number;
}) {
  const { id, control } = useFieldIds(name, hint, errors);
  return (
    <div className="field">
      <Label id={id} label={label} required={required} />
      <textarea {...control} defaultValue={defaultValue ?? ""} required={required} rows={rows} maxLength={maxLength} />
      <HintAndErrors id={id} hint={hint} errors={errors} />
    </div>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

export function SelectField({
  name,
  label,
  hint,
  errors = [],
  required,
  defaultValue,
  options,
}: FieldBaseProps & {
  defaultValue?: string | null;
  options: readonly SelectOption[];
}) {
  const { id, control } = useFieldIds(name, hint, errors);
  return (
    <div className="field">
      <Label id={id} label={label} required={required} />
      <select {...control} defaultValue={defaultValue ?? ""} required={required}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <HintAndErrors id={id} hint={hint} errors={errors} />
    </div>
  );
}

/** A checkbox that always submits a value: "false" from the hidden input unless ticked ("on" comes last and wins). */
export function CheckboxField({
  name,
  label,
  hint,
  errors = [],
  defaultChecked,
}: Omit<FieldBaseProps, "required"> & { defaultChecked?: boolean }) {
  const { id, control } = useFieldIds(name, hint, errors);
  return (
    <div className="field field-checkbox">
      <input type="hidden" name={name} value="false" />
      <input {...control} type="checkbox" defaultChecked={defaultChecked} />
      <label htmlFor={id}>{label}</label>
      <HintAndErrors id={id} hint={hint} errors={errors} />
    </div>
  );
}
