// Shared by the entry points, which differ only in which wasm build they use and how they
// load its file.
import type { Checker as RawChecker } from "./wasm/passgate.js";
import { Checker } from "./checker.js";
import { resolveLocale } from "./i18n/locales.js";
import type { GeneratedPassphrase, PassphraseOptions } from "./types/index.js";

import type { CreateCheckerOptions } from "./options.js";

/** What an entry point needs from a wasm-bindgen module; the full and lite builds both fit. */
export interface WasmModule {
  Checker: new (options?: unknown) => RawChecker;
  generatePassphrase(options?: unknown): unknown;
}

/** The public functions, given a wasm-bindgen module and a loader that instantiates it. */
export function entryPoints(wasm: WasmModule, load: () => Promise<unknown>) {
  let ready: Promise<unknown> | undefined;
  /** Instantiates the wasm once; a failed load (e.g. offline) may be retried. */
  const loaded = (): Promise<unknown> =>
    (ready ??= load().catch((error: unknown) => {
      ready = undefined;
      throw error;
    }));
  return {
    async createChecker(options?: CreateCheckerOptions): Promise<Checker> {
      await loaded();
      // `locale` and `messages` are the wrapper's; the rest goes to the core, which rejects
      // unknown keys and non-object options itself.
      const { locale, messages, core } = splitOptions(options);
      const resolved = resolveLocale(locale, messages, "options.");
      return new Checker(new wasm.Checker(core), resolved);
    },
    async generatePassphrase(options?: PassphraseOptions): Promise<GeneratedPassphrase> {
      await loaded();
      return wasm.generatePassphrase(options) as GeneratedPassphrase;
    },
  };
}

/**
 * Separates the wrapper's options (`locale`, `messages`) from the core's. Reading a hostile
 * object (a getter or proxy that throws) becomes an `invalidOption` error, like any bad option.
 */
function splitOptions(options: unknown): { locale?: unknown; messages?: unknown; core: unknown } {
  try {
    if (options === null || typeof options !== "object" || Array.isArray(options)) return { core: options };
    const { locale, messages, ...core } = options as Record<string, unknown>;
    return { locale, messages, core };
  } catch {
    throw Object.assign(new Error("options cannot be read as plain data (a getter or proxy threw)"), {
      code: "invalidOption",
    });
  }
}
