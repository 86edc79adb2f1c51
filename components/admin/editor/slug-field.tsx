"use client";

import { useEffect, useState } from "react";
import { checkSlugAction } from "@/lib/posts/actions";
import { SLUG_PATTERN } from "@/lib/text/slug";
import { describedBy } from "@/components/ui/described-by";
import { FieldErrors } from "./field";

const CHECK_DELAY_MS = 400;

type Check = { slug: string; available: boolean; reserved: boolean; suggestion: string | null };

/** The article's (or standalone page's) address, checked against other posts as the writer types. */
export function SlugField({
  postId,
  prefix,
  slug,
  errors,
  disabled,
  onChange,
}: {
  postId: string;
  /** Where the address starts: "/articles/" for an article, "/" for a page. */
  prefix: string;
  slug: string;
  errors: readonly string[];
  disabled: boolean;
  onChange: (slug: string) => void;
}) {
  const [check, setCheck] = useState<Check | null>(null);
  const wellFormed = SLUG_PATTERN.test(slug);

  useEffect(() => {
    if (!wellFormed) return;
    let current = true;
    const timer = setTimeout(async () => {
      const result = await checkSlugAction({ postId, slug }).catch(() => null);
      if (current && result?.ok)
        setCheck({
          slug,
          available: result.data.available,
          reserved: result.data.reserved,
          suggestion: result.data.suggestion ?? null,
        });
    }, CHECK_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [postId, slug, wellFormed]);

  // Only an answer about the slug in the box now is worth showing.
  const answer = check?.slug === slug ? check : null;
  let hint: React.ReactNode;
  if (slug === "") hint = "Leave empty to make the address from the title.";
  else if (!wellFormed) hint = "Use lower-case letters, digits and single hyphens, e.g. our-repairs-promise.";
  else if (!answer) hint = `It will live at ${prefix}${slug}.`;
  else if (answer.available) hint = `Available: it will live at ${prefix}${slug}.`;
  else if (answer.reserved) hint = "This address belongs to the site itself. Choose another.";
  else hint = "Another post already uses this address.";

  return (
    <div className="field">
      <label htmlFor="post-slug">Address (slug)</label>
      <div className="slug-input">
        <span aria-hidden="true">{prefix}</span>
        <input
          {...describedBy("post-slug", { hint: true, errors })}
          name="slug"
          value={slug}
          disabled={disabled}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      </div>
      <p
        id="post-slug-hint"
        className={answer && !answer.available ? "field-hint field-hint-warning" : "field-hint"}
        aria-live="polite"
      >
        {hint}
        {answer && !answer.available && answer.suggestion ? (
          <>
            {" "}
            <button
              type="button"
              className="link-button"
              onClick={() => onChange(answer.suggestion!)}
              disabled={disabled}
            >
              Use “{answer.suggestion}”
            </button>
          </>
        ) : null}
      </p>
      <FieldErrors id="post-slug" errors={errors} />
    </div>
  );
}
