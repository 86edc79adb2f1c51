"use client";

import { useId, useState } from "react";
import type { ContributorOption } from "@/lib/posts/dto";
import type { EditableByline } from "@/lib/posts/dto";
import { errorsFor } from "@/components/admin/editor/editor-form";
import { createContributorAction } from "@/lib/contributors/actions";
import type { FieldErrors as FieldErrorMap } from "@/lib/errors";
import { describedBy } from "@/components/ui/described-by";
import { FieldErrors } from "./field";
import { ReorderButtons } from "./reorder";

const describe = (c: { jobTitle: string | null; organisation: string | null }) =>
  [c.jobTitle, c.organisation].filter(Boolean).join(", ");

/** Who wrote the piece, in order: pick existing contributors, add a guest writer inline, reorder, remove. */
export function BylinesField({
  bylines,
  contributors,
  errors,
  disabled,
  onChange,
}: {
  bylines: EditableByline[];
  contributors: ContributorOption[];
  errors: readonly string[];
  disabled: boolean;
  onChange: (bylines: EditableByline[]) => void;
}) {
  const [created, setCreated] = useState<ContributorOption[]>([]);
  const [choice, setChoice] = useState("");
  const [guestOpen, setGuestOpen] = useState(false);
  const guestId = useId();
  const options = [...contributors, ...created].filter((c) => !bylines.some((b) => b.contributorId === c.id));

  function add(contributor: ContributorOption) {
    onChange([
      ...bylines,
      {
        contributorId: contributor.id,
        name: contributor.name,
        jobTitle: contributor.jobTitle,
        organisation: contributor.organisation,
      },
    ]);
  }

  return (
    <fieldset className="field-group" aria-describedby={errors.length > 0 ? "post-bylines-error" : undefined}>
      <legend>Bylines</legend>
      {bylines.length === 0 ? (
        <p className="form-note">No one yet. A post needs at least one byline before it can be published.</p>
      ) : (
        <ol className="byline-list">
          {bylines.map((b, i) => (
            <li key={b.contributorId}>
              <span className="byline-name">
                {b.name}
                {describe(b) ? <span className="form-note"> — {describe(b)}</span> : null}
              </span>
              <ReorderButtons list={bylines} index={i} name={b.name} disabled={disabled} onChange={onChange} />
            </li>
          ))}
        </ol>
      )}
      <div className="inline-add">
        <label htmlFor="byline-choice">Add a writer</label>
        <select
          id="byline-choice"
          value={choice}
          disabled={disabled}
          onChange={(e) => setChoice(e.currentTarget.value)}
        >
          <option value="">Choose a contributor…</option>
          {options.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
              {describe(c) ? ` (${describe(c)})` : ""}
            </option>
          ))}
        </select>
        <button
          type="button"
          disabled={disabled || choice === ""}
          onClick={() => {
            const picked = options.find((c) => c.id === choice);
            if (picked) add(picked);
            setChoice("");
          }}
        >
          Add writer
        </button>
      </div>
      <button
        type="button"
        className="link-button"
        aria-expanded={guestOpen}
        aria-controls={guestId}
        disabled={disabled}
        onClick={() => setGuestOpen(!guestOpen)}
      >
        New guest writer
      </button>
      {guestOpen ? (
        <GuestWriterForm
          id={guestId}
          onCreated={(contributor) => {
            setCreated([...created, contributor]);
            add(contributor);
            setGuestOpen(false);
          }}
        />
      ) : null}
      <FieldErrors id="post-bylines" errors={errors} />
    </fieldset>
  );
}

function GuestWriterForm({ id, onCreated }: { id: string; onCreated: (contributor: ContributorOption) => void }) {
  const [values, setValues] = useState({ name: "", jobTitle: "", organisation: "" });
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function create() {
    setPending(true);
    setMessage(null);
    const result = await createContributorAction(values).catch(() => null);
    setPending(false);
    if (result?.ok) {
      onCreated({
        id: result.data.id,
        name: result.data.name,
        jobTitle: result.data.jobTitle,
        organisation: result.data.organisation,
        // A guest writer added inline has given no contact details yet.
        offersContact: false,
      });
      return;
    }
    setErrors(result?.error.fieldErrors ?? {});
    setMessage(result?.error.message ?? "Could not reach the server. Please try again.");
  }

  // Not a <form>: it sits inside the editor's form, and forms cannot nest.
  return (
    <div id={id} className="guest-writer" role="group" aria-label="New guest writer">
      {(["name", "jobTitle", "organisation"] as const).map((key) => {
        const fieldErrors = errorsFor(errors, key);
        const inputId = `${id}-${key}`;
        return (
          <div className="field" key={key}>
            <label htmlFor={inputId}>
              {{ name: "Name", jobTitle: "Job title", organisation: "Organisation" }[key]}
              {key === "name" ? "" : " (optional)"}
            </label>
            <input
              {...describedBy(inputId, { errors: fieldErrors })}
              value={values[key]}
              required={key === "name"}
              onChange={(e) => setValues({ ...values, [key]: e.currentTarget.value })}
              onKeyDown={(e) => {
                if (e.key === "Enter") {
                  e.preventDefault();
                  void create();
                }
              }}
            />
            <FieldErrors id={inputId} errors={fieldErrors} />
          </div>
        );
      })}
      {message ? (
        <p role="alert" className="field-error">
          {message}
        </p>
      ) : null}
      <button
        type="button"
        className="button"
        disabled={pending || values.name.trim() === ""}
        onClick={() => void create()}
      >
        {pending ? "Adding…" : "Create and add"}
      </button>
    </div>
  );
}
