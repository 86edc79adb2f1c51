/**
 * Ids and ARIA attributes that tie a form control to its hint (`<id>-hint`)
 * and its error messages (`<id>-error`), and mark it invalid when there are any.
 */
export function describedBy(id: string, { hint, errors }: { hint?: boolean; errors: readonly string[] }) {
  const ids = [hint ? `${id}-hint` : null, errors.length > 0 ? `${id}-error` : null].filter(Boolean).join(" ");
  return { id, "aria-invalid": errors.length > 0 ? true : undefined, "aria-describedby": ids || undefined } as const;
}
