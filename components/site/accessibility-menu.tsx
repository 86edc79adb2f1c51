"use client";

import { useEffect, useId, useRef, useState, useSyncExternalStore } from "react";
import {
  A11Y_STORAGE_KEY,
  TEXT_SIZES,
  parseA11yPrefs,
  serializeA11yPrefs,
  type A11yPrefs,
  type AccessibilityMenuLabels,
} from "./accessibility-prefs";

// The source of truth is the pair of attributes on <html> (set before first
// paint by A11Y_BOOT_SCRIPT); this component reads them back and writes them,
// so the server render, the boot script and the menu can never disagree.

const SIZE_ATTR = "data-text-size";
const CONTRAST_ATTR = "data-contrast";

function snapshot(): string {
  const html = document.documentElement;
  return `${html.getAttribute(SIZE_ATTR) ?? "standard"}|${html.getAttribute(CONTRAST_ATTR) ?? ""}`;
}

function fromSnapshot(value: string): A11yPrefs {
  const [size, contrast] = value.split("|");
  return { size: size === "large" || size === "larger" ? size : "standard", highContrast: contrast === "high" };
}

/** The pages are statically cached: the server always renders the defaults. */
const serverSnapshot = () => "standard|";

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: [SIZE_ATTR, CONTRAST_ATTR] });
  // A choice made in another tab applies here too.
  const onStorage = (event: StorageEvent) => {
    if (event.key === A11Y_STORAGE_KEY) applyToPage(parseA11yPrefs(event.newValue));
  };
  window.addEventListener("storage", onStorage);
  return () => {
    observer.disconnect();
    window.removeEventListener("storage", onStorage);
  };
}

function applyToPage(prefs: A11yPrefs): void {
  const html = document.documentElement;
  if (prefs.size === "standard") html.removeAttribute(SIZE_ATTR);
  else html.setAttribute(SIZE_ATTR, prefs.size);
  if (prefs.highContrast) html.setAttribute(CONTRAST_ATTR, "high");
  else html.removeAttribute(CONTRAST_ATTR);
}

function choose(prefs: A11yPrefs): void {
  applyToPage(prefs);
  const stored = serializeA11yPrefs(prefs);
  try {
    if (stored) localStorage.setItem(A11Y_STORAGE_KEY, stored);
    else localStorage.removeItem(A11Y_STORAGE_KEY);
  } catch {
    // Storage blocked (private mode, policy): the choice still holds for this page.
  }
}

/** Header disclosure with text size, high contrast and reset (WCAG 2.2 AA). */
export function AccessibilityMenu({ labels }: { labels: AccessibilityMenuLabels }) {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const id = useId();
  const panelId = `${id}-panel`;
  const toggleId = `${id}-toggle`;

  const prefs = fromSnapshot(useSyncExternalStore(subscribe, snapshot, serverSnapshot));

  // A click outside closes the panel so it never sits over the page.
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open]);

  return (
    <div
      ref={rootRef}
      className="a11y-menu"
      onKeyDown={(event) => {
        if (event.key !== "Escape" || !open) return;
        event.preventDefault();
        setOpen(false);
        toggleRef.current?.focus();
      }}
      onBlur={(event) => {
        // Tabbing past the last control closes the panel, so it can't hide
        // the element that receives focus next (WCAG 2.4.11).
        const next = event.relatedTarget;
        if (next && !event.currentTarget.contains(next)) setOpen(false);
      }}
    >
      <button
        ref={toggleRef}
        id={toggleId}
        type="button"
        className="a11y-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((was) => !was)}
      >
        {labels.toggle}
      </button>
      <div id={panelId} className="a11y-panel" role="group" aria-labelledby={toggleId} hidden={!open}>
        <fieldset className="a11y-fieldset">
          <legend className="a11y-legend">{labels.textSize}</legend>
          <div className="a11y-options">
            {TEXT_SIZES.map((size) => (
              <button
                key={size}
                type="button"
                className="a11y-option"
                aria-pressed={prefs.size === size}
                onClick={() => choose({ ...prefs, size })}
              >
                {labels[size]}
              </button>
            ))}
          </div>
        </fieldset>
        <button
          type="button"
          role="switch"
          className="a11y-switch"
          aria-checked={prefs.highContrast}
          onClick={() => choose({ ...prefs, highContrast: !prefs.highContrast })}
        >
          <span>{labels.highContrast}</span>
          <span className="a11y-switch-track" aria-hidden="true" />
        </button>
        <div className="a11y-footer">
          <button
            type="button"
            className="a11y-reset"
            onClick={() => choose({ size: "standard", highContrast: false })}
          >
            {labels.reset}
          </button>
          <p className="a11y-note">{labels.savedLocally}</p>
        </div>
      </div>
    </div>
  );
}
