"use client";

import type { EditableMenuItem, MenuTargets } from "@/lib/menus/dto";
import { MENU_ITEM_KINDS, type MenuItemKindValue, TARGET_KINDS } from "@/lib/menus/schema";
import { describedBy } from "@/components/ui/described-by";
import { FieldErrors } from "@/components/admin/editor/field";

export const KIND_LABELS: Record<MenuItemKindValue, string> = {
  HOME: "Home page",
  SECTION: "Section",
  PAGE: "Page",
  SERIES: "Series",
  TAG: "Tag",
  LINK: "Link to another site",
};

/** One link of a menu: what it points to, its label, and the buttons that move or remove it. */
export function MenuItemRow({
  id,
  index,
  count,
  item,
  targets,
  errorsOf,
  onChange,
  onMove,
  onRemove,
}: {
  id: string;
  index: number;
  count: number;
  item: EditableMenuItem;
  targets: MenuTargets;
  errorsOf: (field: string) => string[];
  onChange: (patch: Partial<EditableMenuItem>) => void;
  onMove: (to: number, button: "up" | "down") => void;
  onRemove: () => void;
}) {
  const name = item.label.trim() || `link ${index + 1}`;
  const kindId = `${id}-kind`;
  const targetId = `${id}-target`;
  const urlId = `${id}-url`;
  const labelId = `${id}-label`;
  const options = TARGET_KINDS.includes(item.kind) ? targets[item.kind as keyof MenuTargets] : null;
  return (
    <fieldset className="menu-item">
      <legend>
        Link {index + 1} of {count}
      </legend>
      <div className="menu-item-fields">
        <div className="field">
          <label htmlFor={kindId}>Points to</label>
          <select
            {...describedBy(kindId, { errors: errorsOf("kind") })}
            value={item.kind}
            onChange={(e) => onChange({ kind: e.currentTarget.value as MenuItemKindValue, targetId: "", url: "" })}
          >
            {MENU_ITEM_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
          <FieldErrors id={kindId} errors={errorsOf("kind")} />
        </div>
        {options ? (
          <div className="field">
            <label htmlFor={targetId}>{KIND_LABELS[item.kind]}</label>
            <select
              {...describedBy(targetId, { errors: errorsOf("targetId") })}
              value={item.targetId}
              onChange={(e) => {
                const chosen = options.find((o) => o.id === e.currentTarget.value);
                // A label still empty takes the name of what was chosen.
                onChange({
                  targetId: e.currentTarget.value,
                  ...(item.label.trim() === "" && chosen
                    ? { label: chosen.name.replace(/ \(not published\)$/, "") }
                    : {}),
                });
              }}
            >
              <option value="">Choose…</option>
              {options.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
            <FieldErrors id={targetId} errors={errorsOf("targetId")} />
          </div>
        ) : null}
        {item.kind === "LINK" ? (
          <div className="field">
            <label htmlFor={urlId}>Address</label>
            <input
              {...describedBy(urlId, { hint: true, errors: errorsOf("url") })}
              type="url"
              inputMode="url"
              value={item.url}
              placeholder="https://"
              onChange={(e) => onChange({ url: e.currentTarget.value })}
            />
            <p id={`${urlId}-hint`} className="field-hint">
              A full address starting with https://.
            </p>
            <FieldErrors id={urlId} errors={errorsOf("url")} />
          </div>
        ) : null}
        <div className="field">
          <label htmlFor={labelId}>Label</label>
          <input
            {...describedBy(labelId, { errors: errorsOf("label") })}
            value={item.label}
            onChange={(e) => onChange({ label: e.currentTarget.value })}
          />
          <FieldErrors id={labelId} errors={errorsOf("label")} />
        </div>
      </div>
      <div className="menu-item-actions">
        <button
          type="button"
          id={`${id}-up`}
          className="button"
          disabled={index === 0}
          onClick={() => onMove(index - 1, "up")}
          aria-label={`Move ${name} up`}
        >
          ↑ Up
        </button>
        <button
          type="button"
          id={`${id}-down`}
          className="button"
          disabled={index === count - 1}
          onClick={() => onMove(index + 1, "down")}
          aria-label={`Move ${name} down`}
        >
          ↓ Down
        </button>
        <button type="button" className="button" onClick={onRemove} aria-label={`Remove ${name}`}>
          Remove
        </button>
      </div>
    </fieldset>
  );
}
