// Entry point for browsers, Workers and bundlers: the wasm file is fetched next to this module.
import init from "./wasm/passgate.js";
import { checkerFactory } from "./factory.js";

export { Checker } from "./checker.js";
export type * from "./types/index.js";
export { presets } from "./types/presets.js";

/**
 * Loads passgate (once) and returns a checker configured by `options`.
 *
 * @throws `Error` with a `code` (`"unknownOption"`, `"invalidOption"`, ...) and a message naming the field.
 */
export const createChecker = checkerFactory(() =>
  init({ module_or_path: new URL("./wasm/passgate_bg.wasm", import.meta.url) }),
);
