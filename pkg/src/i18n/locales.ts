// The shipped locales, and resolving `{ locale, messages }` options into a catalogue. English
// is part of every entry; each other catalogue is a module of its own, imported the first time
// a checker, `setLocale` or `loadCatalogue` asks for it, so a page downloads only the languages
// it shows (a relative dynamic import: Node, browsers and bundlers resolve it alike).
import { en } from "./en.js";
import type { Catalogue, Formatting } from "./format.js";

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

/** Where each shipped catalogue comes from. English is generated from the Rust templates. */
const sources: Readonly<Record<string, () => Promise<Catalogue>>> = {
  en: () => Promise.resolve(en),
  de: () => import("./de.js").then((module) => module.de),
  fr: () => import("./fr.js").then((module) => module.fr),
  es: () => import("./es.js").then((module) => module.es),
  ar: () => import("./ar.js").then((module) => module.ar),
};

/** The shipped catalogues already loaded, by id. */
const loaded = new Map<string, Catalogue>([["en", en]]);
/** Loads under way, so that each catalogue is imported once. */
const loading = new Map<string, Promise<Catalogue>>();

/**
 * The shipped catalogue of `locale` (see `locales`), loading its module the first time. A
 * failed load is tried again on the next call.
 *
 * @throws (rejects) `Error` with `code` `"invalidOption"` for a locale that is not shipped, or
 *   `"localeUnavailable"` when its module cannot be loaded.
 */
export function loadCatalogue(locale: string): Promise<Catalogue> {
  const ready = loaded.get(locale);
  if (ready) return Promise.resolve(ready);
  const source = Object.hasOwn(sources, locale) ? sources[locale] : undefined;
  if (!source) return Promise.reject(unknownLocale("locale", locale));
  let load = loading.get(locale);
  if (!load) {
    load = source().then(
      (catalogue) => {
        loaded.set(locale, catalogue);
        return catalogue;
      },
      (cause: unknown) => {
        loading.delete(locale);
        throw Object.assign(new Error(`the ${JSON.stringify(locale)} catalogue could not be loaded`, { cause }), {
          code: "localeUnavailable",
        });
      },
    );
    loading.set(locale, load);
  }
  return load;
}

/** Options that choose the language of messages. */
export interface LocaleOptions {
  /**
   * The language of every `message`: a shipped locale (`"en"`, `"de"`, `"fr"`, `"es"`, `"ar"`;
   * see `locales`), or any BCP 47 tag together with `messages`. Default `"en"`.
   */
  locale?: string;
  /**
   * Your own templates keyed `namespace.code` (see `vocabularies`, and `loadCatalogue("en")` for the English templates), over
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

function unknownLocale(field: string, id: string): Error {
  const ids = locales.map((l) => l.id).join(", ");
  return invalid(field, `must be one of ${ids}, or come with a messages catalogue; got ${JSON.stringify(id)}`);
}

/**
 * Resolves a locale and optional catalogue; `prefix` names the options object in errors
 * (`"options."` → `options.locale`). The answer is at hand when the locale's catalogue is
 * loaded (English, or a shipped one asked for before); otherwise it is a promise that resolves
 * once the catalogue's module is in.
 *
 * @throws `Error` with `code` `"invalidOption"` for an unknown locale without `messages`, an
 *   invalid language tag, or `messages` that is not an object of strings (at once, never
 *   through the promise).
 */
export function resolveLocale(
  locale: unknown,
  messages: unknown,
  prefix: string,
): ResolvedLocale | Promise<ResolvedLocale> {
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
  const custom = messages as Catalogue | null | undefined;
  const isShipped = Object.hasOwn(sources, id);
  if (!isShipped && !custom) throw unknownLocale(`${prefix}locale`, id);
  const resolve = (shipped: Catalogue | undefined): ResolvedLocale => {
    if (id === "en" && !custom) return { id, formatting: undefined };
    // English lists read "a, b and c", as Intl.ListFormat("en-GB") joins them (the Rust texts).
    return {
      id,
      formatting: { lang: id === "en" ? "en-GB" : lang, messages: { ...en, ...shipped, ...custom } },
    };
  };
  if (!isShipped || loaded.has(id)) return resolve(loaded.get(id));
  return loadCatalogue(id).then(resolve);
}
