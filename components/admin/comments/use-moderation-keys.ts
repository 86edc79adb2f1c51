"use client";

import { useEffect, useRef } from "react";

export type ModerationKey = "j" | "k" | "a" | "r" | "s" | "x" | "u";

const KEYS: ReadonlySet<string> = new Set<ModerationKey>(["j", "k", "a", "r", "s", "x", "u"]);

const NOT_TYPING_INPUTS: ReadonlySet<string> = new Set(["checkbox", "radio", "button", "submit", "reset"]);

/** True in a text field, select, or editable element, where letters are words, not commands. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement)
    return true;
  return target instanceof HTMLInputElement && !NOT_TYPING_INPUTS.has(target.type);
}

/**
 * Single-letter shortcuts for the whole page. Ignored with a modifier held
 * (browser and screen-reader shortcuts), while typing, and while `enabled`
 * is false (a dialog is open).
 */
export function useModerationKeys(enabled: boolean, onKey: (key: ModerationKey) => void): void {
  const handler = useRef(onKey);
  useEffect(() => {
    handler.current = onKey;
  });
  useEffect(() => {
    if (!enabled) return;
    function listen(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
      if (!KEYS.has(event.key) || isTyping(event.target)) return;
      event.preventDefault();
      handler.current(event.key as ModerationKey);
    }
    document.addEventListener("keydown", listen);
    return () => document.removeEventListener("keydown", listen);
  }, [enabled]);
}
