"use client";

/** Ticks or clears every row checkbox of the given form on this page. */
export function SelectAllCheckbox({ formId }: { formId: string }) {
  const toggle = (checked: boolean) => {
    document.querySelectorAll<HTMLInputElement>(`input[type=checkbox][form="${formId}"]`).forEach((box) => {
      box.checked = checked;
    });
  };
  return (
    <input
      type="checkbox"
      aria-label="Select all posts on this page"
      onChange={(e) => toggle(e.currentTarget.checked)}
    />
  );
}
