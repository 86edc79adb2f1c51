"use client";

import { useEffect, useRef, useState } from "react";
import { errorsFor } from "@/components/admin/editor/editor-form";
import type { FieldErrors } from "@/lib/errors";
import { saveMenuAction } from "@/lib/menus/actions";
import type { EditableMenu, EditableMenuItem, MenuTargets } from "@/lib/menus/dto";
import { MENU_ITEMS_MAX } from "@/lib/menus/schema";
import { MenuItemRow } from "./menu-item-row";
import { MenuPreview } from "./menu-preview";

type Row = EditableMenuItem & { key: number };

const TITLES = { HEADER: "Header navigation", FOOTER: "Footer links" } as const;

/** `list` with the item at `from` moved to `to`. */
function move<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  if (item !== undefined) copy.splice(to, 0, item);
  return copy;
}

let nextKey = 0;
const withKeys = (items: EditableMenuItem[]): Row[] => items.map((item) => ({ ...item, key: nextKey++ }));

/**
 * One menu's links, reordered with the Up and Down buttons (the keyboard way)
 * or by dragging a link, with a live preview. Saved as a whole.
 */
export function MenuEditor({ menu, targets }: { menu: EditableMenu; targets: MenuTargets }) {
  const [rows, setRows] = useState<Row[]>(() => withKeys(menu.items));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [pending, setPending] = useState(false);
  const [dragging, setDragging] = useState<number | null>(null);
  const focusNext = useRef<string | null>(null);
  const prefix = `menu-${menu.name.toLowerCase()}`;

  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  const change = (next: Row[]) => {
    setRows(next);
    setStatus(null);
  };

  function moveRow(from: number, to: number, button?: "up" | "down") {
    if (to < 0 || to >= rows.length || from === to) return;
    const moved = rows[from]!;
    change(move(rows, from, to));
    setErrors({});
    setAnnouncement(`${moved.label.trim() || "Link"} moved to position ${to + 1} of ${rows.length}.`);
    if (button) {
      // Keep the keyboard where it was; at either end the other button is the one still enabled.
      const atEnd = (button === "up" && to === 0) || (button === "down" && to === rows.length - 1);
      const which = atEnd ? (button === "up" ? "down" : "up") : button;
      focusNext.current = `${prefix}-${moved.key}-${which}`;
    }
  }

  async function save() {
    setPending(true);
    setStatus(null);
    const result = await saveMenuAction({
      menu: menu.name,
      items: rows.map(({ kind, label, targetId, url }) => ({ kind, label, targetId, url })),
    }).catch(() => null);
    setPending(false);
    if (result?.ok) {
      setErrors({});
      setStatus({ ok: true, message: "Saved. The site shows the new menu now." });
    } else {
      setErrors(result?.error.fieldErrors ?? {});
      setStatus({ ok: false, message: result?.error.message ?? "Could not reach the server. Please try again." });
    }
  }

  return (
    <section className="menu-editor" aria-labelledby={`${prefix}-title`}>
      <h2 id={`${prefix}-title`}>{TITLES[menu.name]}</h2>
      {!menu.saved ? <p className="field-hint">Not changed yet: the site shows this default until you save.</p> : null}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
        aria-labelledby={`${prefix}-title`}
      >
        <p className="field-hint" id={`${prefix}-how`}>
          Reorder with the Up and Down buttons, or drag a link by its frame.
        </p>
        {errors.items ? <p className="field-error">{errors.items.join(" ")}</p> : null}
        <ol className="menu-items" aria-describedby={`${prefix}-how`}>
          {rows.map((row, i) => (
            <li
              key={row.key}
              draggable
              className={dragging === i ? "menu-item-dragging" : undefined}
              onDragStart={(e) => {
                // Dragging starts only from the frame, never from inside a text box.
                if (e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement) {
                  e.preventDefault();
                  return;
                }
                e.dataTransfer.effectAllowed = "move";
                e.dataTransfer.setData("text/plain", String(i));
                setDragging(i);
              }}
              onDragOver={(e) => {
                if (dragging === null) return;
                e.preventDefault();
                e.dataTransfer.dropEffect = "move";
              }}
              onDrop={(e) => {
                e.preventDefault();
                if (dragging !== null) moveRow(dragging, i);
                setDragging(null);
              }}
              onDragEnd={() => setDragging(null)}
            >
              <MenuItemRow
                id={`${prefix}-${row.key}`}
                index={i}
                count={rows.length}
                item={row}
                targets={targets}
                errorsOf={(field) => errorsFor(errors, `items.${i}.${field}`)}
                onChange={(patch) => change(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)))}
                onMove={(to, button) => moveRow(i, to, button)}
                onRemove={() => {
                  change(rows.filter((_, j) => j !== i));
                  setErrors({});
                  setAnnouncement(`${row.label.trim() || "Link"} removed.`);
                  focusNext.current = `${prefix}-add`;
                }}
              />
            </li>
          ))}
        </ol>
        <p className="visually-hidden" role="status">
          {announcement}
        </p>
        <div className="menu-editor-actions">
          <button
            type="button"
            id={`${prefix}-add`}
            className="button"
            disabled={rows.length >= MENU_ITEMS_MAX}
            onClick={() => {
              const row = { kind: "PAGE" as const, label: "", targetId: "", url: "", key: nextKey++ };
              change([...rows, row]);
              focusNext.current = `${prefix}-${row.key}-kind`;
            }}
          >
            Add a link
          </button>
          <button type="submit" className="button button-primary" disabled={pending}>
            {pending ? "Saving…" : `Save ${menu.name === "HEADER" ? "header" : "footer"}`}
          </button>
        </div>
        <p
          className={status?.ok === false ? "form-status form-status-error" : "form-status form-status-success"}
          role="status"
        >
          {status?.message}
        </p>
      </form>
      <MenuPreview menu={menu.name} items={rows} targets={targets} />
    </section>
  );
}
