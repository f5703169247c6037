// What the React hook and the Vue composable share, without either framework and without the
// DOM: loading a checker once per set of options, the breach lookup's debounce, and the
// re-check once strength estimates arrive. Nothing here runs at import time.
import type { BreachVerdict, Context } from "./types/index.js";

/**
 * A breach lookup waits for a pause this long (ms) after the policy passes: the same delay as
 * `<passgate-meter>` (`BREACH_DELAY` in meter.ts; tests/frameworks checks that they agree).
 */
export const BREACH_DELAY = 800;

/** What the bindings use of a checker; the full and lite checkers both fit. */
export interface LiveChecker<R extends LiveReport = LiveReport> {
  check(password: string, context?: Context): R;
  checkBreached(password: string): Promise<BreachVerdict>;
}
/** The part of a report the bindings read. */
export interface LiveReport {
  readonly ok: boolean;
}
/** A checker whose strength estimates and word list may arrive after it (staged loading). */
interface StagedChecker {
  readonly strengthReady?: Promise<boolean>;
  readonly wordsReady?: Promise<boolean>;
}

/** The state a hook or composable exposes. */
export interface PasswordCheckState<R> {
  /** `true` once the checker has loaded. */
  ready: boolean;
  /** The report of the current value; `null` until the checker has loaded. */
  report: R | null;
  /** The breach verdict of the current value once the lookup finished; `null` before or without one. */
  breach: BreachVerdict | null;
  /** Why the checker could not be loaded or the value not checked (a bad option or context). */
  error: Error | null;
}

/** Options of `usePasswordCheck`, in both frameworks. */
export interface PasswordCheckOptions<O, C> {
  /** `createChecker` options; ignored when `checker` is given. */
  options?: O;
  /** Facts about the user the password must not be built from. */
  context?: Context;
  /**
   * A checker (or a promise of one) to use instead of creating one from `options`; `null`
   * while yours is not there yet (nothing is created meanwhile). Pass the same object at every
   * render (module-level, state or memo): a new one is a new checker.
   */
  checker?: C | PromiseLike<C> | null;
  /**
   * Look the value up in known breaches once the policy passes and typing pauses
   * (`BREACH_DELAY`). Default: `true` when `options.breach` is set (as `<passgate-meter>` looks
   * up only with a `breach-endpoint`), else `false`.
   */
  breach?: boolean;
}

const shared = new WeakMap<object, Map<string, Promise<unknown>>>();

/**
 * The checker for `options`, created once per `create` function and set of options and shared
 * by every caller (so strict mode's second mount, or two meters, create one). A failed load is
 * forgotten, so the next mount retries.
 */
export function sharedChecker<C>(create: (options?: never) => Promise<C>, options: unknown): Promise<C> {
  let byOptions = shared.get(create);
  if (!byOptions) shared.set(create, (byOptions = new Map()));
  const key = stableKey(options);
  let pending = byOptions.get(key) as Promise<C> | undefined;
  if (!pending) {
    pending = create(options as never);
    byOptions.set(key, pending);
    const cache = byOptions;
    pending.catch(() => cache.delete(key));
  }
  return pending;
}

/**
 * The checker to use: the given one, or the shared one for `options`; `null` while a given
 * `checker: null` says that one is still to come.
 */
export function loadChecker<O, C>(create: (options?: O) => Promise<C>, choice: PasswordCheckOptions<O, C>): Promise<C> | null {
  if (choice.checker === null) return null;
  if (choice.checker) return Promise.resolve(choice.checker);
  return sharedChecker(create as (options?: never) => Promise<C>, choice.options);
}

/** Whether lookups are on for these options (see `PasswordCheckOptions.breach`). */
export function breachWanted(choice: { breach?: boolean; options?: unknown; checker?: unknown }): boolean {
  if (choice.breach !== undefined) return choice.breach;
  const options = choice.options as { breach?: unknown } | undefined;
  return !choice.checker && options?.breach !== undefined;
}

/**
 * Resolves once a staged checker's late data is in (or failed): the strength dictionaries if
 * the report has no estimate, the word list if its passphrase analysis is pending; `null` when
 * there is nothing to wait for.
 */
export function dataArrival(checker: unknown, report: unknown): Promise<unknown> | null {
  const staged = checker as StagedChecker | null;
  const seen = report as { strength?: unknown; passphrase?: { pending?: unknown } } | null;
  const waits: Promise<boolean>[] = [];
  const wait = (ready: Promise<boolean> | undefined): void => {
    if (ready && typeof ready.then === "function") waits.push(ready.catch(() => false));
  };
  if (seen?.strength === null) wait(staged?.strengthReady);
  if (seen?.passphrase?.pending === true) wait(staged?.wordsReady);
  return waits.length ? Promise.all(waits) : null;
}

/**
 * Schedules the lookup of `password` after `BREACH_DELAY`; `onResult` gets the verdict (a
 * rejected lookup becomes `unknown`, never "clear"). Returns a cancel function; a cancelled
 * lookup that already started reports nothing.
 */
export function lookupLater(
  checker: LiveChecker,
  password: string,
  onResult: (verdict: BreachVerdict) => void,
): () => void {
  let cancelled = false;
  const timer = setTimeout(() => {
    checker
      .checkBreached(password)
      .catch((error: unknown): BreachVerdict => {
        const message = String((error as Error)?.message ?? error);
        return { status: "unknown", reason: "network", message } as BreachVerdict;
      })
      .then((verdict) => {
        if (!cancelled) onResult(verdict);
      });
  }, BREACH_DELAY);
  return () => {
    cancelled = true;
    clearTimeout(timer);
  };
}

/** A key that is the same for equal plain-data options or contexts, whatever their key order. */
export function stableKey(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === "object" && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  ) ?? "undefined";
}

/** An `Error` for anything thrown. */
export function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
