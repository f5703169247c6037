// Shared by the entry points, which differ only in how they load the wasm file.
import { Checker as RawChecker } from "./wasm/passgate.js";
import { Checker } from "./checker.js";
import type { CheckerOptions } from "./types/index.js";

/** Builds `createChecker` around a loader that instantiates the wasm module once. */
export function checkerFactory(load: () => Promise<unknown>): (options?: CheckerOptions) => Promise<Checker> {
  let ready: Promise<unknown> | undefined;
  return async function createChecker(options?: CheckerOptions): Promise<Checker> {
    ready ??= load().catch((error: unknown) => {
      ready = undefined; // a failed load (e.g. offline) may be retried
      throw error;
    });
    await ready;
    return new Checker(new RawChecker(options));
  };
}
