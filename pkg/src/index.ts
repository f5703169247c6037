// Entry point for browsers, Workers and bundlers: the wasm file is fetched next to this module.
import init, * as wasm from "./wasm/passgate.js";
import { entryPoints } from "./factory.js";

export { Checker } from "./checker.js";
export type * from "./types/index.js";
export { presets } from "./types/presets.js";

const api = entryPoints(wasm, () =>
  init({ module_or_path: new URL("./wasm/passgate_bg.wasm", import.meta.url) }),
);

/**
 * Loads passgate (once) and returns a checker configured by `options`.
 *
 * @throws `Error` with a `code` (`"unknownOption"`, `"invalidOption"`, `"unknownPreset"`) and a
 *   message naming the field.
 */
export const createChecker = api.createChecker;

/**
 * Generates a passphrase from the EFF large word list with exact entropy, without any policy
 * (use `checker.generatePassphrase` for one that meets a policy). Loads passgate once.
 *
 * @throws `Error` with `code` `"invalidOption"` for bad options.
 */
export const generatePassphrase = api.generatePassphrase;
