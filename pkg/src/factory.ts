// Shared by the entry points, which differ only in how they load the wasm file.
import { Checker as RawChecker, generatePassphrase as rawGeneratePassphrase } from "./wasm/passgate.js";
import { Checker } from "./checker.js";
import { resolveLocale, type LocaleOptions } from "./i18n/locales.js";
import type { CheckerOptions, GeneratedPassphrase, PassphraseOptions } from "./types/index.js";

/** `createChecker` options: the checker's (policy, breach) plus the language of messages. */
export type CreateCheckerOptions = CheckerOptions & LocaleOptions;

/** The public functions, given a loader that instantiates the wasm module. */
export function entryPoints(load: () => Promise<unknown>) {
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
      if (options && typeof options === "object" && !Array.isArray(options)) {
        const { locale, messages, ...rest } = options;
        const resolved = resolveLocale(locale, messages, "options.");
        return new Checker(new RawChecker(rest), resolved);
      }
      return new Checker(new RawChecker(options), resolveLocale(undefined, undefined, "options."));
    },
    async generatePassphrase(options?: PassphraseOptions): Promise<GeneratedPassphrase> {
      await loaded();
      return rawGeneratePassphrase(options) as GeneratedPassphrase;
    },
  };
}
