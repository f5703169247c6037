import type { Checker as RawChecker } from "./wasm/passgate.js";
import type {
  BreachResult,
  Context,
  GeneratedPassphrase,
  InputAttributes,
  PassphraseOptions,
  Report,
  ResolvedPolicy,
} from "./types/index.js";

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

  /**
   * Looks `password` up in the breached-password corpus by k-anonymity: only the first five
   * hex digits of its hash are sent; the match happens on this device.
   *
   * Resolves to `{ status: "breached", count }`, `{ status: "clear" }` or
   * `{ status: "unknown", reason, httpStatus? }` — never "clear" when the lookup failed.
   * Never rejects for network or server faults; rejects only for a non-string password.
   * Concurrent calls for the same hash prefix share one request; valid ranges are cached.
   */
  checkBreached(password: string): Promise<BreachResult> {
    return this.#raw.checkBreached(password) as Promise<BreachResult>;
  }

  /**
   * Generates a passphrase from the EFF large word list that meets this checker's policy.
   * Options the policy rules out are adjusted, and each change is listed in `adjustments`.
   *
   * @throws `Error` with `code` `"invalidOption"` for bad options, `"policyUnsatisfiable"`
   *   when no passphrase can meet the policy, `"randomUnavailable"` without a secure RNG.
   */
  generatePassphrase(options?: PassphraseOptions): GeneratedPassphrase {
    return this.#raw.generatePassphrase(options) as GeneratedPassphrase;
  }

  /**
   * Attributes for the new-password `<input>`, so browsers and password managers generate a
   * password this policy accepts: `{ autocomplete: "new-password", minlength, maxlength?,
   * passwordrules }`, the last in Apple's Password Rules syntax. Spread them onto the element,
   * e.g. `for (const [k, v] of Object.entries(checker.inputAttributes())) input.setAttribute(k, String(v))`.
   */
  inputAttributes(): InputAttributes {
    return this.#raw.inputAttributes() as InputAttributes;
  }

  /** The policy in force: its preset (title, source) and the effective config. */
  get policy(): ResolvedPolicy {
    return this.#raw.policy as ResolvedPolicy;
  }
}
