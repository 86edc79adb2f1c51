"use client";

import { useRouter } from "next/navigation";
import { useActionState } from "react";
import { bulkArchiveAction } from "@/lib/posts/actions";

type Outcome = { kind: "done" | "error"; message: string } | null;

/**
 * The form the list's checkboxes belong to (through their `form` attribute),
 * so the table itself stays server-rendered.
 */
export function BulkArchiveForm({ formId }: { formId: string }) {
  const router = useRouter();
  const [outcome, archive, pending] = useActionState(async (_previous: Outcome, form: FormData): Promise<Outcome> => {
    if (form.getAll("postIds[]").length === 0) return { kind: "error", message: "Select the posts to archive first." };
    const result = await bulkArchiveAction(form).catch(() => null);
    if (!result)
      return { kind: "error", message: "Could not reach the server. Nothing was archived; please try again." };
    if (!result.ok) return { kind: "error", message: result.error.message };
    router.refresh();
    const { archived, refused } = result.data;
    return {
      kind: "done",
      message:
        `Archived ${archived} ${archived === 1 ? "post" : "posts"}.` +
        (refused > 0 ? ` ${refused} could not be archived (only published posts can be).` : ""),
    };
  }, null);
  return (
    <form id={formId} action={archive} className="bulk-actions">
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Archiving…" : "Archive selected"}
      </button>
      <p role="status" className={outcome?.kind === "error" ? "field-error" : "form-note"}>
        {outcome?.message}
      </p>
    </form>
  );
}
