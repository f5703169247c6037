// passgate/lite for Node: the wasm file is read from disk next to this module.
import { readFile } from "node:fs/promises";
import * as wasm from "../wasm/passgate.js";
import { nodeLoader } from "../load-node.js";
import { entryPoints } from "../factory.js";
import type { LocaleOptions } from "../i18n/locales.js";
import type { LoadOptions } from "../options.js";
import type { CheckerOptions, LiteChecker } from "./types.js";

export type * from "../types/index.js";
export type { CheckerOptions, LiteChecker, PolicyConfig, Report } from "./types.js";
export { presets } from "../types/presets.js";

const api = entryPoints(wasm, {
  wasm: nodeLoader(wasm, new URL("../wasm/passgate_bg.wasm", import.meta.url)),
  words: () => readFile(new URL("../wasm/words.txt", import.meta.url), "utf8"),
  shortBlocklist: () => readFile(new URL("../wasm/blocklist-short.txt", import.meta.url), "utf8"),
  defaultLoad: "staged",
});

/** Loads passgate/lite (once) and returns a checker configured by `options`. See `lite/index`. */
export const createChecker = api.createChecker as (options?: CheckerOptions & LocaleOptions & LoadOptions) => Promise<LiteChecker>;

/** Generates a passphrase from the EFF large word list with exact entropy, without any policy. */
export const generatePassphrase = api.generatePassphrase;
