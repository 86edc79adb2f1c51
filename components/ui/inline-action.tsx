"use client";

import { useRouter } from "next/navigation";
import { ConfirmButton } from "./confirm-button";
import { type FormAction, useActionForm } from "./use-action-form";

/**
 * One button that runs a server action on a record (move, delete), with an
 * optional confirmation step and the refusal message shown beside it.
 */
export function InlineAction<T>({
  action,
  hidden,
  label,
  confirm,
  accessibleLabel,
  successHref,
}: {
  action: FormAction<T>;
  hidden: Record<string, string>;
  label: string;
  /** Ask before submitting, e.g. { prompt: "Delete “Housing”?", confirmLabel: "Delete" }. */
  confirm?: { prompt: string; confirmLabel?: string; cancelLabel?: string };
  /** A fuller name for screen readers when several rows share the visible label ("Move Housing up"). */
  accessibleLabel?: string;
  /** Where to go once it succeeds (after deleting the record the page shows). */
  successHref?: string;
}) {
  const router = useRouter();
  const { state, formAction, pending } = useActionForm(action, {
    onSuccess: successHref ? () => router.push(successHref) : undefined,
  });
  return (
    <form action={formAction} className="inline-action">
      {Object.entries(hidden).map(([name, v]) => (
        <input key={name} type="hidden" name={name} value={v} />
      ))}
      {confirm ? (
        <ConfirmButton
          label={label}
          prompt={confirm.prompt}
          confirmLabel={confirm.confirmLabel}
          cancelLabel={confirm.cancelLabel}
          disabled={pending}
          accessibleLabel={accessibleLabel}
        />
      ) : (
        <button type="submit" className="button button-quiet" disabled={pending} aria-label={accessibleLabel}>
          {label}
        </button>
      )}
      {state.result && !state.result.ok ? (
        <p className="form-status form-status-error" role="alert">
          {state.result.error.message}
        </p>
      ) : null}
    </form>
  );
}
