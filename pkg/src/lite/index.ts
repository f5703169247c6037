// passgate/lite for browsers, Workers and bundlers: the same API and the same wasm module, without
// the strength dictionaries (`report.strength` is always `null`, `minScore` is refused), which
// it never downloads.
import init, * as wasm from "../wasm/passgate.js";
import { entryPoints } from "../factory.js";
import type { LocaleOptions } from "../i18n/locales.js";
import type { CheckerOptions, LiteChecker } from "./types.js";

export type * from "../types/index.js";
export type { CheckerOptions, LiteChecker, PolicyConfig, Report } from "./types.js";
export { presets } from "../types/presets.js";

const api = entryPoints(wasm, {
  wasm: () => init({ module_or_path: new URL("../wasm/passgate_bg.wasm", import.meta.url) }),
});

/**
 * Loads passgate/lite (once) and returns a checker configured by `options`.
 *
 * @throws `Error` with a `code` (`"unknownOption"`, `"invalidOption"` — also for `minScore`,
 *   which needs the full build — `"unknownPreset"`) and a message naming the field.
 */
export const createChecker = api.createChecker as (options?: CheckerOptions & LocaleOptions) => Promise<LiteChecker>;

/**
 * Generates a passphrase from the EFF large word list with exact entropy, without any policy.
 *
 * @throws `Error` with `code` `"invalidOption"` for bad options.
 */
export const generatePassphrase = api.generatePassphrase;
