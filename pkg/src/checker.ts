import type { Checker as RawChecker } from "./wasm/passgate.js";
import type { Context, Report, ResolvedPolicy } from "./types/index.js";

/** A configured password checker. Create one with `createChecker(options)`. */
export class Checker {
  readonly #raw: RawChecker;

  /** @internal */
  constructor(raw: RawChecker) {
    this.#raw = raw;
  }

  /**
   * Checks one candidate password, synchronously: the policy verdict (`ok`, `violations`,
   * `rules`) and the strength estimate.
   *
   * @param password - the password as typed.
   * @param context - facts about the user (names, e-mail, service) that a password must not be built from.
   * @throws `Error` with `code` `"invalidArgument"` for a non-string password, or
   *   `"unknownOption"` / `"invalidOption"` for a bad context; checking itself never fails.
   */
  check(password: string, context?: Context): Report {
    return this.#raw.check(password, context) as Report;
  }

  /**
   * The form of `password` that passgate checks (NFC unless the policy says `"none"`).
   * A server should hash this form, so the same password always matches.
   */
  normalize(password: string): string {
    return this.#raw.normalize(password);
  }

  /** The policy in force: its preset (title, source) and the effective config. */
  get policy(): ResolvedPolicy {
    return this.#raw.policy as ResolvedPolicy;
  }
}
