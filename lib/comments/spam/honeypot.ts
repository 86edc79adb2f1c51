// A text field people never see or reach (hidden, skipped by the keyboard
// and screen readers, no autofill) that form-filling bots fill in anyway.
// Its name sounds like something worth filling in.

export const HONEYPOT_FIELD = "website";

export const HONEYPOT_REASON = "Filled in the form field that only bots can see";

export function honeypotTripped(value: string | undefined): boolean {
  return (value ?? "").trim() !== "";
}
