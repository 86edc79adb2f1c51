/** What a rename changed, as `{ field: [before, after] }`, for the audit entry. */
export function changesOf<T extends Record<string, unknown>>(
  before: T,
  after: T,
): Record<string, [T[keyof T], T[keyof T]]> {
  const changed: Record<string, [T[keyof T], T[keyof T]]> = {};
  for (const key of Object.keys(after) as (keyof T & string)[]) {
    if (before[key] !== after[key]) changed[key] = [before[key], after[key]];
  }
  return changed;
}
