"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { createPostAction } from "@/lib/posts/actions";

/** Creates an empty draft and opens it in the editor. */
export function NewPostButton() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const create = () =>
    startTransition(async () => {
      setError(null);
      const result = await createPostAction({}).catch(() => null);
      if (result?.ok) router.push(`/admin/posts/${result.data.id}`);
      else setError(result?.error.message ?? "Could not reach the server. Check your connection and try again.");
    });
  return (
    <span className="new-post">
      <button type="button" className="button button-primary" onClick={create} disabled={pending}>
        {pending ? "Creating…" : "New post"}
      </button>
      {error ? (
        <span role="alert" className="field-error">
          {error}
        </span>
      ) : null}
    </span>
  );
}
