// Turns an audit entry's JSON data into short "what changed" lines for the
// log table. Renames are stored as { field: [before, after] }.

export interface AuditDetail {
  label: string;
  value: string;
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) {
    if (value.length === 2 && value.every((v) => v === null || typeof v !== "object"))
      return `${show(value[0])} → ${show(value[1])}`;
    return value.map(show).join(", ");
  }
  if (typeof value === "object") {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${show(v)}`)
      .join("; ");
  }
  return String(value);
}

export function describeAuditData(data: unknown): AuditDetail[] {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return [];
  return Object.entries(data as Record<string, unknown>).map(([label, value]) => ({ label, value: show(value) }));
}

/** A name the entry itself remembers, for subjects that have since been deleted. */
export function rememberedName(data: unknown): string | null {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return null;
  const record = data as Record<string, unknown>;
  for (const key of ["name", "title", "slug", "email"]) {
    const value = record[key];
    if (typeof value === "string" && value) return value;
    if (Array.isArray(value) && typeof value[1] === "string") return value[1];
  }
  return null;
}
