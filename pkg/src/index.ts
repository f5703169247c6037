// Entry point for browsers, Workers and bundlers: the wasm file is fetched next to this module.
import init, * as wasm from "./wasm/passgate.js";
import type { Checker } from "./checker.js";
import type { CreateCheckerOptions } from "./options.js";
import type { GeneratedPassphrase, PassphraseOptions } from "./types/index.js";
import { entryPoints, fetchText } from "./factory.js";
// The rest of this entry's static graph, imported here too, so that a browser
// without a bundler requests it in one round trip rather than one per level of imports
// (ARCHITECTURE.md, "Each entry's imports are one level deep").
import "./i18n/en.js";
import "./i18n/format.js";
import "./range-fetch.js";
import "./schema.js";

export { Checker } from "./checker.js";
export type * from "./types/index.js";
export { presets } from "./types/presets.js";
export { vocabularies } from "./types/messages.js";
export { loadCatalogue, locales, type LocaleInfo, type LocaleOptions } from "./i18n/locales.js";
export { localize } from "./i18n/localize.js";
export type { Catalogue } from "./i18n/format.js";
export type { CreateCheckerOptions } from "./options.js";

// The dictionaries' bytes, fetched once: the strength module parses them, and the word list
// and the short blocklist are rebuilt from them (`strength-lists.ts`).
let dictionaries: Promise<Uint8Array> | undefined;
const fetchDictionaries = () =>
  (dictionaries ??= fetch(new URL("./wasm/strength.txt", import.meta.url)).then(async (response) => {
    if (!response.ok) throw new Error(`passgate: the strength dictionaries answered HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  })).catch((error: unknown) => {
    dictionaries = undefined; // a failed request (e.g. offline) may be retried by the next load
    throw error;
  });
/** A list the full entry rebuilds from the dictionaries and its relative file (`*.strength.txt`). */
const relativeList = (file: URL) => async () => {
  const [data, relative, { expandList }] = await Promise.all([
    fetchDictionaries(),
    fetchText(file),
    import("./strength-lists.js"),
  ]);
  return expandList(new TextDecoder().decode(data), relative);
};

const api = entryPoints(wasm, {
  wasm: () => init({ module_or_path: new URL("./wasm/passgate_bg.wasm", import.meta.url) }),
  async strength() {
    // The strength module, imported only now, and the dictionaries: plain text, so servers and
    // CDNs compress it by default; both cached by the browser like any file.
    const [engine, data, { estimator }] = await Promise.all([
      import("./engine/passgate.js").then(async (engine) => {
        await engine.default({ module_or_path: new URL("./engine/passgate_bg.wasm", import.meta.url) });
        return engine;
      }),
      fetchDictionaries(),
      import("./estimator.js"),
    ]);
    engine.loadStrengthData(data);
    return estimator(engine);
  },
  // Literal URLs, which bundlers see and copy.
  words: relativeList(new URL("./wasm/words.strength.txt", import.meta.url)),
  shortBlocklist: relativeList(new URL("./wasm/blocklist-short.strength.txt", import.meta.url)),
  defaultLoad: "all",
});

/**
 * Loads passgate (once) and returns a checker configured by `options`; `options.locale` (and
 * `options.messages`, your own catalogue) choose the language of every `message`. With
 * `options.load: "staged"` it resolves before the strength dictionaries are in (see
 * `checker.strengthReady`).
 *
 * @throws `Error` with a `code` (`"unknownOption"`, `"invalidOption"`, `"unknownPreset"`) and a
 *   message naming the field (`options.locale` for a locale that is neither shipped nor given
 *   `messages`). Rejects with `"wordsUnavailable"` (with `load: "all"`) or
 *   `"blocklistUnavailable"` (a `minLength` under 8) when a data file cannot load.
 */
export const createChecker: (options?: CreateCheckerOptions) => Promise<Checker> = api.createChecker;

/**
 * Generates a passphrase from the EFF large word list with exact entropy, without any policy
 * (use `checker.generatePassphrase` for one that meets a policy). Loads passgate once.
 *
 * @throws `Error` with `code` `"invalidOption"` for bad options.
 */
export const generatePassphrase: (options?: PassphraseOptions) => Promise<GeneratedPassphrase> =
  api.generatePassphrase;
