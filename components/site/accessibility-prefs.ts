import type { Translate } from "@/lib/i18n";

// The reader's display choices (text size, high contrast), shared by the
// server (labels, the boot script in <head>) and the client menu. Deliberately
// not a "use client" module: a server component importing a constant from one
// would get a client reference instead of the string.
//
// Privacy: the choice lives in this browser's localStorage only. No cookie,
// no request, nothing the server or any third party ever sees.

export const A11Y_STORAGE_KEY = "masthead:a11y";

export const TEXT_SIZES = ["standard", "large", "larger"] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export interface A11yPrefs {
  size: TextSize;
  highContrast: boolean;
}

export const DEFAULT_A11Y_PREFS: A11yPrefs = { size: "standard", highContrast: false };

/**
 * Applies the stored choice to <html> before first paint: pages are served
 * from the static cache, so the server cannot know it, and applying it after
 * hydration would flash the default size and colours.
 *
 * Safe to inline with dangerouslySetInnerHTML because it is a compile-time
 * constant: no request, user or database text is ever interpolated into it
 * (the only substitution is A11Y_STORAGE_KEY, a literal above). The stored
 * value is treated as untrusted: only the exact values "large", "larger" and
 * "high" are ever written to the page, and any parse or storage error (private
 * mode, blocked storage, tampered JSON) leaves the defaults. Kept under 400
 * bytes (a test checks) so it costs nothing on the critical path.
 */
export const A11Y_BOOT_SCRIPT =
  `try{var p=JSON.parse(localStorage.getItem(${JSON.stringify(A11Y_STORAGE_KEY)})||"{}"),d=document.documentElement;` +
  `if(p.size=="large"||p.size=="larger")d.setAttribute("data-text-size",p.size);` +
  `if(p.contrast=="high")d.setAttribute("data-contrast","high")}catch(e){}`;

/** Reads a stored value with the same rules as the boot script. */
export function parseA11yPrefs(raw: string | null): A11yPrefs {
  try {
    const value: unknown = JSON.parse(raw ?? "{}");
    if (!value || typeof value !== "object") return DEFAULT_A11Y_PREFS;
    const { size, contrast } = value as Record<string, unknown>;
    return {
      size: size === "large" || size === "larger" ? size : "standard",
      highContrast: contrast === "high",
    };
  } catch {
    return DEFAULT_A11Y_PREFS;
  }
}

/** The stored form; null means "all defaults" (the key is removed). */
export function serializeA11yPrefs(prefs: A11yPrefs): string | null {
  if (prefs.size === "standard" && !prefs.highContrast) return null;
  return JSON.stringify({
    ...(prefs.size !== "standard" && { size: prefs.size }),
    ...(prefs.highContrast && { contrast: "high" }),
  });
}

/** Already-translated strings, so the client bundle carries no dictionary. */
export interface AccessibilityMenuLabels {
  toggle: string;
  textSize: string;
  standard: string;
  large: string;
  larger: string;
  highContrast: string;
  reset: string;
  savedLocally: string;
}

export function accessibilityMenuLabels(t: Translate): AccessibilityMenuLabels {
  return {
    toggle: t("a11y.menu"),
    textSize: t("a11y.textSize"),
    standard: t("a11y.textStandard"),
    large: t("a11y.textLarge"),
    larger: t("a11y.textLarger"),
    highContrast: t("a11y.highContrast"),
    reset: t("a11y.reset"),
    savedLocally: t("a11y.savedLocally"),
  };
}
