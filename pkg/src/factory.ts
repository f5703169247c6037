// Shared by the entry points, which differ only in which wasm build they use and how they
// load its file.
import type { Checker as RawChecker } from "./wasm/passgate.js";
import { Checker } from "./checker.js";
import { resolveLocale } from "./i18n/locales.js";
import type { GeneratedPassphrase, PassphraseOptions } from "./types/index.js";

import type { CreateCheckerOptions } from "./options.js";

/** What an entry point needs from a wasm-bindgen module; the full and lite builds both fit. */
export interface WasmModule {
  /** `lite`: the checker never estimates strength (and refuses `minScore`). */
  Checker: new (options?: unknown, lite?: boolean) => RawChecker;
  generatePassphrase(options?: unknown): unknown;
  /** Installs the strength dictionaries (full build only); every checker uses them from then on. */
  loadStrengthData?(data: Uint8Array): void;
}

/** How an entry point fetches its files: the wasm module, and (full build) the strength data. */
export interface Loaders {
  /** Instantiates the wasm module. */
  wasm(): Promise<unknown>;
  /** The strength dictionaries' bytes; absent in the lite build. */
  strength?(): Promise<Uint8Array>;
}

/** Runs `load` once; a failed load (e.g. offline) may be retried by the next call. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
}

/** The public functions, given a wasm-bindgen module and how to fetch its files. */
export function entryPoints(wasm: WasmModule, loaders: Loaders) {
  const loaded = once(loaders.wasm);
  const fetchStrength = loaders.strength;
  // Both files are requested at once; the data is installed when both are in.
  const strengthLoaded = fetchStrength
    ? once(async () => {
        const [data] = await Promise.all([fetchStrength(), loaded()]);
        wasm.loadStrengthData?.(data);
      })
    : undefined;
  return {
    async createChecker(options?: CreateCheckerOptions): Promise<Checker> {
      // `locale`, `messages` and `load` are the wrapper's; the rest goes to the core, which
      // rejects unknown keys and non-object options itself.
      const { locale, messages, load, core } = splitOptions(options);
      if (load !== undefined && load !== "all" && load !== "staged") {
        throw Object.assign(new Error('options.load: expected "all" or "staged"'), { code: "invalidOption" });
      }
      // The locale is checked first, and its catalogue (if not English) loads with the module.
      const locating = resolveLocale(locale, messages, "options.");
      const strength = strengthLoaded?.();
      const [resolved] = await Promise.all([
        locating,
        load === "staged" || !strength ? loaded() : Promise.all([loaded(), strength]),
      ]);
      const strengthReady = strength ? strength.then(() => true, () => false) : Promise.resolve(false);
      return new Checker(new wasm.Checker(core, !fetchStrength), resolved, strengthReady);
    },
    async generatePassphrase(options?: PassphraseOptions): Promise<GeneratedPassphrase> {
      await loaded();
      return wasm.generatePassphrase(options) as GeneratedPassphrase;
    },
  };
}

/**
 * Separates the wrapper's options (`locale`, `messages`, `load`) from the core's. Reading a hostile
 * object (a getter or proxy that throws) becomes an `invalidOption` error, like any bad option.
 */
function splitOptions(options: unknown): { locale?: unknown; messages?: unknown; load?: unknown; core: unknown } {
  try {
    if (options === null || typeof options !== "object" || Array.isArray(options)) return { core: options };
    const { locale, messages, load, ...core } = options as Record<string, unknown>;
    return { locale, messages, load, core };
  } catch {
    throw Object.assign(new Error("options cannot be read as plain data (a getter or proxy threw)"), {
      code: "invalidOption",
    });
  }
}
