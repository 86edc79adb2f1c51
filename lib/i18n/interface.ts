import { LANGUAGES, languageOf, type Language } from "./index";

// Which language the public interface speaks on a request. The site's own
// language answers at the bare addresses (/articles/x); when a site offers
// both languages, the other one answers under its prefix (/nl/articles/x).
// Next rewrites every bare public address to the internal segment
// DEFAULT_SEGMENT (next.config.ts), so each interface is its own cached page.

/** The internal [lang] segment of a bare address; never seen by readers. */
export const DEFAULT_SEGMENT = "_";

/** The prefixes a second interface can live under: every language but none of the site's routes. */
export const LANGUAGE_PREFIXES = Object.keys(LANGUAGES) as Language[];

export interface SiteInterface {
  /** A language tag ("en-GB", "nl-NL"): the site's own, or the other language's. */
  language: string;
  /** "" for the site's own language, "/nl" or "/en" for the other. */
  prefix: string;
}

interface LanguageSettings {
  /** The site's language tag ("en-GB", "nl-NL"). */
  language: string;
  bothLanguages: boolean;
}

/** The tag a second interface in each language speaks. */
const LANGUAGE_TAGS: Readonly<Record<Language, string>> = { en: "en-GB", nl: "nl-NL" };

/** The other interface of a site offering both languages, else null. */
function secondInterface(settings: LanguageSettings): SiteInterface | null {
  if (!settings.bothLanguages) return null;
  const own = languageOf(settings.language);
  const other = LANGUAGE_PREFIXES.find((language) => language !== own);
  return other ? { language: LANGUAGE_TAGS[other], prefix: `/${other}` } : null;
}

/** The interface a [lang] segment names, or null when this site does not offer it (a 404). */
export function interfaceFor(segment: string, settings: LanguageSettings): SiteInterface | null {
  if (segment === DEFAULT_SEGMENT) return ownInterface(settings);
  const second = secondInterface(settings);
  return second && second.prefix === `/${segment}` ? second : null;
}

/** The site's own language, at the bare addresses. */
export function ownInterface(settings: Pick<LanguageSettings, "language">): SiteInterface {
  return { language: settings.language, prefix: "" };
}

/** Every interface the site offers, its own language first. */
export function offeredInterfaces(settings: LanguageSettings): SiteInterface[] {
  const second = secondInterface(settings);
  return second ? [ownInterface(settings), second] : [ownInterface(settings)];
}

/** A site-relative path ("/", "/articles/x?page=2#c") as seen in an interface. */
export function inInterface(ui: Pick<SiteInterface, "prefix">, path: string): string {
  if (!ui.prefix) return path;
  return path === "/" || /^\/[?#]/.test(path) ? ui.prefix + path.slice(1) : ui.prefix + path;
}

/**
 * The interface a site-relative path ("/nl/articles/x#comments") is in: its
 * prefix when the site offers that language, else the site's own. For what
 * is made outside a page (the sign-in email knows only where it leads).
 */
export function interfaceOfPath(path: string, settings: LanguageSettings): SiteInterface {
  const first = /^\/([^/?#]+)/.exec(path)?.[1];
  return (first && interfaceFor(first, settings)) || ownInterface(settings);
}

const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: "English", nl: "Nederlands" };

/** The name of an interface's language in that language, as a language switch shows it. */
export function languageName(ui: Pick<SiteInterface, "language">): string {
  return LANGUAGE_NAMES[languageOf(ui.language)];
}
