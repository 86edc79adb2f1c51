import type { ActionResult } from "@/lib/action";

/**
 * The outcome of a form's last submission: the error message (announced at
 * once) or a success message (announced politely). Renders its live region
 * even when empty so screen readers notice the first message.
 */
export function FormStatus({ result, success }: { result: ActionResult<unknown> | null; success?: string }) {
  if (result && !result.ok) {
    return (
      <p className="form-status form-status-error" role="alert">
        {result.error.message}
      </p>
    );
  }
  return (
    <p className="form-status form-status-success" role="status">
      {result?.ok && success ? success : null}
    </p>
  );
}
