// passgate/lite for browsers, Workers and bundlers: the same API over the policy module alone
// (../wasm/, which the full entries load first too), without the strength module and its
// dictionaries (`report.strength` is always `null`, `minScore` is refused), which it never
// downloads.
import init, * as wasm from "../wasm/passgate.js";
import { entryPoints, fetchText } from "../factory.js";
// The rest of this entry's static graph, imported here too, so that a browser
// without a bundler requests it in one round trip rather than one per level of imports
// (ARCHITECTURE.md, "Each entry's imports are one level deep").
import "../checker.js";
import "../i18n/en.js";
import "../i18n/format.js";
import "../i18n/locales.js";
import "../i18n/localize.js";
import "../range-fetch.js";
import "../schema.js";
import "../types/messages.js";
import type { LocaleOptions } from "../i18n/locales.js";
import type { LoadOptions } from "../options.js";
import type { CheckerOptions, LiteChecker } from "./types.js";

export type * from "../types/index.js";
export type { CheckerOptions, LiteChecker, PolicyConfig, Report } from "./types.js";
export { presets } from "../types/presets.js";

const api = entryPoints(wasm, {
  wasm: () => init({ module_or_path: new URL("../wasm/passgate_bg.wasm", import.meta.url) }),
  words: () => fetchText(new URL("../wasm/words.txt", import.meta.url)),
  shortBlocklist: () => fetchText(new URL("../wasm/blocklist-short.txt", import.meta.url)),
  defaultLoad: "staged",
});

/**
 * Loads passgate/lite (once) and returns a checker configured by `options`, as soon as the
 * policy can check: the passphrase word list follows (`checker.wordsReady`) unless
 * `options.load` is `"all"`.
 *
 * @throws `Error` with a `code` (`"unknownOption"`, `"invalidOption"` — also for `minScore`,
 *   which needs the full build — `"unknownPreset"`) and a message naming the field; rejects
 *   with `"wordsUnavailable"` (with `load: "all"`) or `"blocklistUnavailable"` (a `minLength`
 *   under 8) when a data file cannot load.
 */
export const createChecker = api.createChecker as (options?: CheckerOptions & LocaleOptions & LoadOptions) => Promise<LiteChecker>;

/**
 * Generates a passphrase from the EFF large word list with exact entropy, without any policy.
 *
 * @throws `Error` with `code` `"invalidOption"` for bad options.
 */
export const generatePassphrase = api.generatePassphrase;
