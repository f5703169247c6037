// Shared by the entry points, which differ only in how they load the wasm file.
import { Checker as RawChecker, generatePassphrase as rawGeneratePassphrase } from "./wasm/passgate.js";
import { Checker } from "./checker.js";
import type { CheckerOptions, GeneratedPassphrase, PassphraseOptions } from "./types/index.js";

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
    async createChecker(options?: CheckerOptions): Promise<Checker> {
      await loaded();
      return new Checker(new RawChecker(options));
    },
    async generatePassphrase(options?: PassphraseOptions): Promise<GeneratedPassphrase> {
      await loaded();
      return rawGeneratePassphrase(options) as GeneratedPassphrase;
    },
  };
}
