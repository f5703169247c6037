// The meter's breach lookups, without the DOM: one lookup per candidate, keyed by a salted
// digest (the password is never kept), shared while it runs, superseded by the next candidate
// or a retry. A failed lookup stays "unknown" until a retry or another value: it is never
// repeated behind the person's back, and never turned into "clear".
import type { BreachVerdict } from "./types/index.js";

/** The lookup of one candidate. */
interface Entry {
  readonly key: string;
  /** `null` while the lookup runs. */
  result: BreachVerdict | null;
  /** Started by a retry (the element keeps its retry button in place meanwhile). */
  readonly retry: boolean;
  /** The lookup in flight, shared by every caller; `null` once settled. */
  pending: Promise<BreachVerdict> | null;
}

/** How a lookup is run and told about. */
export interface LookupOptions {
  /** Repeat the lookup even though one for this value finished (the retry button). */
  retry?: boolean;
  /** Called when a lookup this call started settles and is still the current one. */
  settled?: (result: BreachVerdict) => void;
}

/** The last breach lookup of one meter. */
export class BreachLookup {
  readonly #salt: Uint32Array;
  #entry: Entry | null = null;

  /** `salt` (two random words by default) makes a key say nothing on its own. */
  constructor(salt: Uint32Array = randomSalt()) {
    this.#salt = salt;
  }

  /** A salted 64-bit digest of a candidate: tells values apart without keeping them. */
  key(value: string): string {
    return digest(value, this.#salt);
  }

  /** Whether the current lookup, finished or not, is for `value`. */
  isFor(value: string): boolean {
    return value !== "" && this.#entry?.key === this.key(value);
  }

  /** The finished verdict for `value`, or `null` (none, still running, or for another value). */
  resultFor(value: string): BreachVerdict | null {
    return this.isFor(value) ? (this.#entry?.result ?? null) : null;
  }

  /** Whether a lookup started by a retry is running. */
  get retrying(): boolean {
    return this.#entry !== null && this.#entry.retry && this.#entry.result === null;
  }

  /** Forgets the lookup (a new checker, a retry); a verdict still on its way is dropped. */
  clear(): void {
    this.#entry = null;
  }

  /**
   * Looks `value` up with `run`, once: a finished verdict, or the lookup in flight, for the same
   * value is returned as it is, unless `retry`. A rejection becomes `unknown` (reason
   * `network`). `started` says whether this call began a lookup. Never rejects.
   */
  lookup(
    value: string,
    run: (value: string) => Promise<BreachVerdict>,
    { retry = false, settled }: LookupOptions = {},
  ): { promise: Promise<BreachVerdict>; started: boolean } {
    const key = this.key(value);
    const known = this.#entry;
    if (!retry && known?.key === key) {
      const promise = known.result ? Promise.resolve(known.result) : known.pending;
      if (promise) return { promise, started: false };
    }
    const entry: Entry = { key, result: null, retry, pending: null };
    this.#entry = entry;
    entry.pending = Promise.resolve()
      .then(() => run(value))
      .catch((error: unknown): BreachVerdict => {
        const message = String((error as Error)?.message ?? error);
        return { status: "unknown", reason: "network", message } as BreachVerdict;
      })
      .then((result) => {
        if (this.#entry !== entry) return result; // superseded by another candidate or a retry
        entry.result = result;
        entry.pending = null;
        settled?.(result);
        return result;
      });
    return { promise: entry.pending, started: true };
  }

  /**
   * Replaces the finished verdict for `value` with `result` of the same status (the same
   * answer, re-read in another language). Returns whether it applied.
   */
  replace(value: string, result: BreachVerdict): boolean {
    const entry = this.#entry;
    if (!entry?.result || !this.isFor(value) || entry.result.status !== result.status) return false;
    entry.result = result;
    return true;
  }
}

function randomSalt(): Uint32Array {
  const salt = new Uint32Array(2);
  if (globalThis.crypto?.getRandomValues) globalThis.crypto.getRandomValues(salt);
  else for (let i = 0; i < salt.length; i++) salt[i] = Math.floor(Math.random() * 2 ** 32);
  return salt;
}

/**
 * Two seeded 32-bit FNV-1a style lanes over the UTF-16 code units: cheap (O(length)), and enough
 * to tell the last candidate from the next one. Not a password hash; it only avoids keeping
 * the typed value as a map key.
 */
function digest(value: string, salt: Uint32Array): string {
  let a = (0x811c9dc5 ^ (salt[0] ?? 0)) >>> 0;
  let b = (0x9e3779b9 ^ (salt[1] ?? 0)) >>> 0;
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    a = Math.imul(a ^ unit, 0x01000193);
    b = Math.imul(b ^ unit, 0x5bd1e995);
    b ^= b >>> 13;
  }
  return `${(a >>> 0).toString(16)}:${(b >>> 0).toString(16)}`;
}
