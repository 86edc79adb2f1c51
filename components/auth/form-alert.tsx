/** A form-level message: errors interrupt (role="alert"), confirmations are announced politely. */
export function FormAlert({ message, tone }: { message: string | null; tone: "error" | "success" }) {
  if (!message) return null;
  return (
    <div className={`auth-alert auth-alert--${tone}`} role={tone === "error" ? "alert" : "status"}>
      {message}
    </div>
  );
}
