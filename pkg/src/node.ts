// Entry point for Node: the wasm file is read from disk next to this module.
import { readFile } from "node:fs/promises";
import init, * as wasm from "./wasm/passgate.js";
import { entryPoints } from "./factory.js";

export { Checker } from "./checker.js";
export type * from "./types/index.js";
export { presets } from "./types/presets.js";

const api = entryPoints(wasm, async () =>
  init({ module_or_path: await readFile(new URL("./wasm/passgate_bg.wasm", import.meta.url)) }),
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
