"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { describedBy } from "@/components/ui/described-by";
import { HintAndErrors } from "@/components/ui/field";
import { formatInZone, utcToZonedLocal, zonedLocalToUtc } from "@/lib/i18n/zoned-time";
import { backdatePostAction } from "@/lib/posts/actions";
import { FUTURE_REFUSAL, isInFuture } from "@/lib/posts/backdate";
import type { Outcome } from "./outcome";

/**
 * An earlier publication date for a published post (a piece moved from
 * elsewhere, a reissued correction). The future is refused here and by the
 * server: scheduling is the way to publish later.
 */
export function BackdateForm({
  postId,
  publishedAt,
  timeZone,
  disabled,
  saveFirst,
  currentVersion,
  setOutcome,
}: {
  postId: string;
  publishedAt: string;
  timeZone: string;
  disabled: boolean;
  saveFirst: () => Promise<boolean>;
  currentVersion: () => number;
  setOutcome: (outcome: Outcome) => void;
}) {
  const router = useRouter();
  const stored = utcToZonedLocal(publishedAt, timeZone);
  const [when, setWhen] = useState(stored);
  const [errors, setErrors] = useState<string[]>([]);
  const [pending, setPending] = useState(false);
  const id = "backdate-at";

  async function backdate() {
    const at = zonedLocalToUtc(when, timeZone);
    if (!at) return setErrors(["Enter the date and time of publication."]);
    if (isInFuture(at)) return setErrors([FUTURE_REFUSAL]);
    setErrors([]);
    setOutcome(null);
    setPending(true);
    try {
      if (!(await saveFirst())) {
        return setOutcome({
          kind: "error",
          message: "Your latest changes are not saved yet, so nothing else was done. Check the save status above.",
        });
      }
      const result = await backdatePostAction({
        postId,
        version: currentVersion(),
        publishedAt: at.toISOString(),
      }).catch(() => null);
      if (!result)
        return setOutcome({
          kind: "error",
          message: "Could not reach the server. Nothing was changed; please try again.",
        });
      if (!result.ok) {
        const forField = result.error.fieldErrors.publishedAt ?? [];
        setErrors(forField);
        if (forField.length === 0) setOutcome({ kind: "error", message: result.error.message });
        return;
      }
      setOutcome({ kind: "done", message: `Publication date changed to ${formatInZone(at, timeZone)}.` });
      router.refresh();
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="workflow-group">
      <label htmlFor={id}>Publication date ({timeZone.replace(/_/g, " ")} time)</label>
      <input
        type="datetime-local"
        value={when}
        disabled={disabled || pending}
        {...describedBy(id, { hint: true, errors })}
        onChange={(e) => setWhen(e.currentTarget.value)}
      />
      <HintAndErrors
        id={id}
        hint="An earlier date moves the post to its place by that date in listings and feeds. The “Updated” line still shows only real edits made after publication."
        errors={errors}
      />
      <button
        type="button"
        className="button"
        disabled={disabled || pending || when === "" || when === stored}
        onClick={() => void backdate()}
      >
        {pending ? "Changing…" : "Change publication date"}
      </button>
    </div>
  );
}
