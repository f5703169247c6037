// The shipped locales, and resolving `{ locale, messages }` options into a catalogue.
import { ar } from "./ar.js";
import { de } from "./de.js";
import { en } from "./en.js";
import { es } from "./es.js";
import type { Catalogue, Formatting } from "./format.js";
import { fr } from "./fr.js";

/** A shipped locale, for a language switcher: its id, its name in itself and its direction. */
export interface LocaleInfo {
  /** The id to pass as `locale` (`"de"`). */
  readonly id: string;
  /** The language's own name (`"Deutsch"`). */
  readonly name: string;
  /** Text direction, for the `dir` attribute of the element that shows the messages. */
  readonly dir: "ltr" | "rtl";
}

/** Every shipped locale, English first. */
export const locales: readonly LocaleInfo[] = [
  { id: "en", name: "English", dir: "ltr" },
  { id: "de", name: "Deutsch", dir: "ltr" },
  { id: "fr", name: "Français", dir: "ltr" },
  { id: "es", name: "Español", dir: "ltr" },
  { id: "ar", name: "العربية", dir: "rtl" },
];

/** The shipped catalogues by locale id. English is generated from the Rust templates. */
export const catalogues: Readonly<Record<string, Catalogue>> = { en, de, fr, es, ar };

/** Options that choose the language of messages. */
export interface LocaleOptions {
  /**
   * The language of every `message`: a shipped locale (`"en"`, `"de"`, `"fr"`, `"es"`, `"ar"`;
   * see `locales`), or any BCP 47 tag together with `messages`. Default `"en"`.
   */
  locale?: string;
  /**
   * Your own templates keyed `namespace.code` (see `vocabularies` and `catalogues.en`), over
   * the shipped catalogue of `locale` if there is one; missing keys fall back to English.
   */
  messages?: Catalogue;
}

/** The language in force: its id, and the formatting (`undefined` for plain English). */
export interface ResolvedLocale {
  readonly id: string;
  readonly formatting: Formatting | undefined;
}

function invalid(field: string, reason: string): Error {
  return Object.assign(new Error(`${field} ${reason}`), { code: "invalidOption" });
}

/**
 * Resolves a locale and optional catalogue; `prefix` names the options object in errors
 * (`"options."` → `options.locale`).
 *
 * @throws `Error` with `code` `"invalidOption"` for an unknown locale without `messages`, an
 *   invalid language tag, or `messages` that is not an object of strings.
 */
export function resolveLocale(locale: unknown, messages: unknown, prefix: string): ResolvedLocale {
  const id = locale ?? "en";
  if (typeof id !== "string") throw invalid(`${prefix}locale`, `must be a string, got ${typeof id}`);
  let lang: string;
  try {
    lang = Intl.getCanonicalLocales(id)[0] ?? "";
  } catch {
    throw invalid(`${prefix}locale`, `is not a valid language tag: ${JSON.stringify(id)}`);
  }
  if (messages !== undefined && messages !== null) {
    if (typeof messages !== "object" || Array.isArray(messages)) {
      throw invalid(`${prefix}messages`, "must be an object of message templates keyed by code");
    }
    for (const [key, value] of Object.entries(messages)) {
      if (typeof value !== "string") throw invalid(`${prefix}messages.${key}`, `must be a string, got ${typeof value}`);
    }
  }
  const shipped = Object.hasOwn(catalogues, id) ? catalogues[id] : undefined;
  const custom = messages as Catalogue | null | undefined;
  if (!shipped && !custom) {
    const ids = locales.map((l) => l.id).join(", ");
    throw invalid(`${prefix}locale`, `must be one of ${ids}, or come with a messages catalogue; got ${JSON.stringify(id)}`);
  }
  if (id === "en" && !custom) return { id, formatting: undefined };
  // English lists read "a, b and c", as Intl.ListFormat("en-GB") joins them (the Rust texts).
  return {
    id,
    formatting: { lang: id === "en" ? "en-GB" : lang, messages: { ...en, ...shipped, ...custom } },
  };
}
