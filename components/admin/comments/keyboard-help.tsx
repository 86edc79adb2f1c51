const SHORTCUTS: readonly [string, string][] = [
  ["j", "Next comment"],
  ["k", "Previous comment"],
  ["a", "Approve the focused comment"],
  ["r", "Reject the focused comment"],
  ["s", "Mark the focused comment as spam"],
  ["x", "Select or unselect the focused comment"],
  ["u", "Undo your last decision"],
];

/** The shortcuts, listed where moderators see them; they never fire while typing in a field. */
export function KeyboardHelp() {
  return (
    <details className="keyboard-help">
      <summary>Keyboard shortcuts</summary>
      <dl>
        {SHORTCUTS.map(([key, meaning]) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>
      <p>Shortcuts are off while you type in a field or the edit dialog is open.</p>
    </details>
  );
}
