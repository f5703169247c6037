// Entry point for Node: the wasm file is read from disk next to this module.
import { readFile } from "node:fs/promises";
import * as wasm from "./wasm/passgate.js";
import type { Checker } from "./checker.js";
import type { CreateCheckerOptions } from "./options.js";
import type { GeneratedPassphrase, PassphraseOptions } from "./types/index.js";
import { nodeLoader } from "./load-node.js";
import { entryPoints } from "./factory.js";

export { Checker } from "./checker.js";
export type * from "./types/index.js";
export { presets } from "./types/presets.js";
export { vocabularies } from "./types/messages.js";
export { loadCatalogue, locales, type LocaleInfo, type LocaleOptions } from "./i18n/locales.js";
export { localize } from "./i18n/localize.js";
export type { Catalogue } from "./i18n/format.js";
export type { CreateCheckerOptions } from "./options.js";

const api = entryPoints(wasm, {
  wasm: nodeLoader(wasm, new URL("./wasm/passgate_bg.wasm", import.meta.url)),
  async strength() {
    const [engine, data, { estimator }] = await Promise.all([
      import("./engine/passgate.js"),
      readFile(new URL("./wasm/strength.txt", import.meta.url)),
      import("./estimator.js"),
    ]);
    await nodeLoader(engine, new URL("./engine/passgate_bg.wasm", import.meta.url))();
    engine.loadStrengthData(data);
    return estimator(engine);
  },
  words: () => readFile(new URL("./wasm/words.txt", import.meta.url), "utf8"),
  shortBlocklist: () => readFile(new URL("./wasm/blocklist-short.txt", import.meta.url), "utf8"),
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
