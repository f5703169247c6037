// Shared by the entry points, which differ only in which wasm build they use and how they
// load its file.
import type { Checker as RawChecker } from "./wasm/passgate.js";
import { Checker } from "./checker.js";
import { resolveLocale } from "./i18n/locales.js";
import type { GeneratedPassphrase, PassphraseOptions, Strength } from "./types/index.js";

import type { CreateCheckerOptions } from "./options.js";

/** What an entry point needs from the policy module (`wasm/`, every entry's). */
export interface WasmModule {
  /** `lite`: the checker never estimates strength (and refuses `minScore`). */
  Checker: new (options?: unknown, lite?: boolean) => RawChecker;
  generatePassphrase(options?: unknown): unknown;
  /** Installs the passphrase word list; passphrase detection and generation use it from then on. */
  loadWords(text: string): void;
  /** Installs the blocklist's entries under 8 characters (needed by a `minLength` under 8). */
  loadShortBlocklist(text: string): void;
}

/** The strength module (`engine/`, the full entries'), its dictionaries installed (`estimator.ts`). */
export interface Estimator {
  /**
   * The report's `strength` and the phrase flag for the policy module's `check` (see
   * `Checker.check`). `context` is plain data (parsed JSON): it is read once for both modules.
   */
  estimate(password: unknown, nfc: boolean, context: unknown, referenceYear: number): { strength: Strength; commonPhrase: boolean };
}

/** How an entry point fetches its files: the policy module, and (full entries) the estimator. */
export interface Loaders {
  /** Instantiates the policy module. */
  wasm(): Promise<unknown>;
  /**
   * Instantiates the strength module and installs the dictionaries in it (both fetched at
   * once); absent in the lite entries.
   */
  strength?(): Promise<Estimator>;
  /** The passphrase word list's text (`words.txt`, the EFF large list). */
  words(): Promise<string>;
  /** The blocklist's entries under 8 characters (`blocklist-short.txt`). */
  shortBlocklist(): Promise<string>;
  /** What `createChecker` waits for unless `options.load` says: the full entries `"all"`, lite `"staged"`. */
  defaultLoad: "all" | "staged";
}

/** A text file of the package, fetched (browsers, Workers, bundlers). */
export async function fetchText(url: URL): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${url.pathname.split("/").pop()}`);
  return response.text();
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
  // The strength module and its dictionaries are requested together.
  const strengthLoaded = fetchStrength
    ? once(async () => {
        const [estimator] = await Promise.all([fetchStrength(), loaded()]);
        return estimator;
      })
    : undefined;
  /**
   * Fetches a data file (at once, in parallel with the module) and installs it once the module
   * is in; a failure has `code`, and the next call tries again.
   */
  const dataFile = (fetchText: () => Promise<string>, install: (text: string) => void, what: string, code: string) => {
    const failed = (error: unknown) =>
      Object.assign(new Error(`passgate: ${what} could not load (${String(error)})`), { code, cause: error });
    return once(async () => {
      const text = fetchText();
      text.catch(() => {}); // observed below; this keeps a failed module load from leaving it unhandled
      await loaded();
      try {
        // A wrong body (an HTML page served for a missing file) fails like a failed request.
        install(await text);
      } catch (error) {
        throw failed(error);
      }
    });
  };
  const wordsLoaded = dataFile(loaders.words, (text) => wasm.loadWords(text), "the passphrase word list", "wordsUnavailable");
  // Only a policy with a minLength under 8 needs the short entries: its checker waits for them.
  const shortLoaded = dataFile(
    loaders.shortBlocklist,
    (text) => wasm.loadShortBlocklist(text),
    "the blocklist's short entries",
    "blocklistUnavailable",
  );
  const construct = async (core: unknown, lite: boolean): Promise<RawChecker> => {
    try {
      return new wasm.Checker(core, lite);
    } catch (error) {
      if ((error as { code?: unknown } | null)?.code !== "listNotLoaded") throw error;
    }
    await shortLoaded();
    return new wasm.Checker(core, lite);
  };
  return {
    async createChecker(options?: CreateCheckerOptions): Promise<Checker> {
      // `locale`, `messages` and `load` are the wrapper's; the rest goes to the core, which
      // rejects unknown keys and non-object options itself.
      const { locale, messages, load = loaders.defaultLoad, core } = splitOptions(options);
      if (load !== "all" && load !== "staged") {
        throw Object.assign(new Error('options.load: expected "all" or "staged"'), { code: "invalidOption" });
      }
      // The locale is checked first, and its catalogue (if not English) loads with the module.
      const locating = resolveLocale(locale, messages, "options.");
      // A staged checker requests the strength module, its dictionaries and the word list once
      // the policy module is in (the checklist needs neither, nor the bandwidth they would take
      // from the module); `load: "all"` requests everything at once.
      const strength = strengthLoaded && (load === "staged" ? loaded().then(strengthLoaded) : strengthLoaded());
      const words = load === "staged" ? loaded().then(wordsLoaded) : wordsLoaded();
      // Settled here, before any await, so that a staged checker's failed load is never an
      // unhandled rejection.
      const estimator = strength?.catch(() => undefined) ?? Promise.resolve(undefined);
      const wordsReady = words.then(() => true, () => false);
      const [resolved] = await Promise.all([
        locating,
        load === "staged" ? loaded() : Promise.all([loaded(), strength, words]),
      ]);
      const raw = await construct(core, !fetchStrength);
      // With `load: "all"` the estimator is in: the checker estimates from its first check.
      return new Checker(raw, resolved, { estimator, ready: load === "all" ? await estimator : undefined, wordsReady, words: wordsLoaded });
    },
    async generatePassphrase(options?: PassphraseOptions): Promise<GeneratedPassphrase> {
      await wordsLoaded();
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
