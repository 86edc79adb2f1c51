/** `list` with the item at `from` moved to `to`. */
function move<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  if (item !== undefined) copy.splice(to, 0, item);
  return copy;
}

/** Up, down and remove for item `index` of an ordered list in the editor, by keyboard or pointer. */
export function ReorderButtons<T>({
  list,
  index,
  name,
  disabled,
  onChange,
}: {
  list: readonly T[];
  index: number;
  /** What the item is called, for the buttons' accessible names. */
  name: string;
  disabled: boolean;
  onChange: (list: T[]) => void;
}) {
  return (
    <span className="row-buttons">
      <button
        type="button"
        disabled={disabled || index === 0}
        onClick={() => onChange(move(list, index, index - 1))}
        aria-label={`Move ${name} up`}
      >
        ↑
      </button>
      <button
        type="button"
        disabled={disabled || index === list.length - 1}
        onClick={() => onChange(move(list, index, index + 1))}
        aria-label={`Move ${name} down`}
      >
        ↓
      </button>
      <button
        type="button"
        disabled={disabled}
        onClick={() => onChange(list.filter((_, j) => j !== index))}
        aria-label={`Remove ${name}`}
      >
        Remove
      </button>
    </span>
  );
}
