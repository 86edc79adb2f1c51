import { en, type MessageKey } from "./en";
import { nl } from "./nl";

// Interface messages and date formatting. A language is picked by its
// primary subtag ("nl-NL", "nl-BE" → nl); anything unknown, and any key a
// language lacks, falls back to English.

export type { MessageKey };
export const LANGUAGES = { en, nl } as const;
export type Language = keyof typeof LANGUAGES;

export function languageOf(tag: string): Language {
  const primary = tag.split("-")[0]?.toLowerCase();
  return primary && primary in LANGUAGES ? (primary as Language) : "en";
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function translator(tag: string): Translate {
  const messages: Partial<Record<MessageKey, string>> = LANGUAGES[languageOf(tag)];
  return (key, vars) => {
    const template = messages[key] ?? en[key];
    return vars ? template.replace(/\{(\w+)\}/g, (whole, name: string) => String(vars[name] ?? whole)) : template;
  };
}

/** "14 September 2026" / "14 september 2026", in the language of the text it dates. */
export function formatDate(date: Date, tag: string): string {
  return new Intl.DateTimeFormat(tag, { dateStyle: "long", timeZone: "Europe/London" }).format(date);
}

/** Whether a message (an error's, a schema's) is an interface message key, to be shown translated. */
export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(en, value);
}

export function missingKeys(language: Language): MessageKey[] {
  const messages: Partial<Record<MessageKey, string>> = LANGUAGES[language];
  return (Object.keys(en) as MessageKey[]).filter((key) => !(key in messages));
}
