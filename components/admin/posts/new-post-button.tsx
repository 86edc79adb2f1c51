"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { createPostAction } from "@/lib/posts/actions";

/** Creates an empty draft (an article, or a standalone page) and opens it in the editor. */
export function NewPostButton({ kind = "ARTICLE" }: { kind?: "ARTICLE" | "PAGE" }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const create = () =>
    startTransition(async () => {
      setError(null);
      const result = await createPostAction(kind === "PAGE" ? { kind } : {}).catch(() => null);
      if (result?.ok) router.push(`${kind === "PAGE" ? "/admin/pages" : "/admin/posts"}/${result.data.id}`);
      else setError(result?.error.message ?? "Could not reach the server. Check your connection and try again.");
    });
  return (
    <span className="new-post">
      <button type="button" className="button button-primary" onClick={create} disabled={pending}>
        {pending ? "Creating…" : kind === "PAGE" ? "New page" : "New post"}
      </button>
      {error ? (
        <span role="alert" className="field-error">
          {error}
        </span>
      ) : null}
    </span>
  );
}
