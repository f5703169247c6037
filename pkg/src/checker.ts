import type { Checker as RawChecker } from "./wasm/passgate.js";
import type { Estimator } from "./factory.js";
import { localizeBreach, localizeError, localizeGenerated, localizeReport } from "./i18n/localize.js";
import { resolveLocale, type ResolvedLocale } from "./i18n/locales.js";
import { format, type Catalogue } from "./i18n/format.js";
import { RangeRequests, type RangeRequest } from "./range-fetch.js";
import { english, vocabularies } from "./types/messages.js";
import type {
  BreachVerdict,
  Context,
  GeneratedPassphrase,
  InputAttributes,
  PassphraseOptions,
  Report,
  ResolvedPolicy,
  ServerRejection,
} from "./types/index.js";

/** @internal What a checker is given about the data files that load after the module. */
export interface CheckerData {
  /** The strength module, once it and its dictionaries are in (`undefined`: never, or failed). */
  estimator: Promise<Estimator | undefined>;
  /** The same, when it is already in. */
  ready?: Estimator | undefined;
  wordsReady: Promise<boolean>;
  /** Loads the word list (once; a failed load is tried again), rejecting `wordsUnavailable`. */
  words: () => Promise<void>;
}

/** A configured password checker. Create one with `createChecker(options)`. */
export class Checker {
  readonly #raw: RawChecker;
  #locale: ResolvedLocale;
  /** Counts `setLocale` calls, so that a catalogue arriving late cannot undo a later switch. */
  #localeRequest = 0;
  readonly #strengthReady: Promise<boolean>;
  #estimator: Estimator | undefined;
  /** What the estimator needs of the policy: NFC or not, and the reference year. */
  readonly #estimateSettings: [boolean, number];
  readonly #wordsReady: Promise<boolean>;
  readonly #words: () => Promise<void>;
  readonly #ranges = new RangeRequests();

  /** @internal */
  constructor(raw: RawChecker, locale: ResolvedLocale, data: CheckerData) {
    this.#raw = raw;
    this.#locale = locale;
    this.#estimator = data.ready;
    this.#estimateSettings = raw.estimateSettings() as [boolean, number];
    this.#strengthReady = data.estimator.then((estimator) => {
      this.#estimator = estimator;
      return estimator !== undefined;
    });
    this.#wordsReady = data.wordsReady;
    this.#words = data.words;
  }

  /**
   * Resolves `true` once the passphrase word list is in (at once after a `createChecker` with
   * `load: "all"`), `false` if it failed to load (`generatePassphrase` tries again). Until then
   * `report.passphrase.pending` is `true`. Never rejects.
   */
  get wordsReady(): Promise<boolean> {
    return this.#wordsReady;
  }

  /**
   * Resolves `true` once reports carry a strength estimate (at once after the default
   * `createChecker`), `false` if they never will: the lite build, or dictionaries that failed
   * to load (a later `createChecker` tries again). Until then `report.strength` is `null`.
   * Never rejects.
   */
  get strengthReady(): Promise<boolean> {
    return this.#strengthReady;
  }

  /** The id of the language messages are in (`"en"` unless set by `locale` or `setLocale`). */
  get locale(): string {
    return this.#locale.id;
  }

  /**
   * Switches the language of every later `message`: a shipped locale (see `locales`), or any
   * language tag with your own `messages` (missing keys fall back to English). A catalogue
   * given earlier is dropped unless passed again.
   *
   * English, a catalogue of your own and a shipped locale already loaded (by `createChecker`,
   * `loadCatalogue` or an earlier `setLocale`) switch at once, before this returns. Any other
   * shipped locale loads its catalogue first: messages switch when the returned promise
   * resolves (unless another `setLocale` came in between), and stay as they were if it rejects.
   *
   * @throws `Error` with `code` `"invalidOption"` for an unknown locale without `messages` (at
   *   once). The promise rejects with `code` `"localeUnavailable"` if the catalogue cannot load.
   */
  setLocale(locale: string, messages?: Catalogue): Promise<void> {
    const resolved = resolveLocale(locale, messages, "");
    const request = ++this.#localeRequest;
    if (!(resolved instanceof Promise)) {
      this.#locale = resolved;
      return Promise.resolve();
    }
    return resolved.then((next) => {
      if (request === this.#localeRequest) this.#locale = next;
    });
  }

  /**
   * Checks one candidate password, synchronously: the policy verdict (`ok`, `violations`,
   * `rules`) and the strength estimate (`null` while the dictionaries load, see `strengthReady`).
   *
   * @param password - the password as typed.
   * @param context - facts about the user (names, e-mail, service) that a password must not be built from.
   * @throws `Error` with `code` `"invalidArgument"` for a non-string password, or
   *   `"unknownOption"` / `"invalidOption"` for a bad context; checking itself never fails.
   */
  check(password: string, context?: Context): Report {
    const [head, uncounted, uncountedBytes] = cutLongInput(password);
    // The strength module estimates first (no policy code is in it); the policy module's check
    // takes the score (`minScore`) and the phrase flag (passphrase advice) and leaves
    // `strength` to be filled in here.
    const [nfc, year] = this.#estimateSettings;
    let given: unknown = context;
    let estimate: ReturnType<Estimator["estimate"]> | undefined;
    if (this.#estimator) {
      // Read once for both modules, so getters run once and both see the same words; what
      // cannot be read goes to `check` as given, for its typed error.
      const plain = plainData(context);
      if (plain !== undefined) given = plain;
      estimate = this.#estimator.estimate(head, nfc, plain, year);
    }
    const report = this.#raw.check(head, given, uncounted, uncountedBytes, estimate?.strength.score, estimate?.commonPhrase) as Report;
    if (estimate) {
      report.strength = estimate.strength;
      if (report.passphrase.generated) report.strength.note = { code: "generatedPassphrase", message: english["note.generatedPassphrase"] ?? "" };
    }
    const { formatting } = this.#locale;
    return formatting ? localizeReport(report, formatting) : report;
  }

  /**
   * A rejection only your server can make, in the shape and language of passgate's verdicts:
   * `{ code, message }` with the message in this checker's locale. Show it with the meter's
   * `setServerRejection(code)`, or yourself. Codes: `passwordReused`, `changedTooRecently`,
   * `accountPolicy` (`server.*` in catalogues).
   *
   * @throws `Error` with `code` `"invalidArgument"` for any other code.
   */
  serverRejection(code: ServerRejection): { code: ServerRejection; message: string } {
    if (!vocabularies.server?.includes(code)) {
      const accepted = vocabularies.server?.join(", ") ?? "";
      throw Object.assign(new Error(`code: expected one of ${accepted}, got ${JSON.stringify(code)}`), { code: "invalidArgument" });
    }
    const key = `server.${code}`;
    const { formatting } = this.#locale;
    const template = formatting?.messages[key];
    const message = formatting && template !== undefined ? format(template, {}, formatting) : (english[key] ?? code);
    return { code, message };
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
   * `{ status: "unknown", reason, httpStatus? }` — never "clear" when the lookup failed —
   * each with a status line in `message` (for `unknown`, the reason).
   * Never rejects for network or server faults; rejects only for a non-string password.
   * Concurrent calls for the same hash prefix share one request; valid ranges are cached.
   */
  async checkBreached(password: string): Promise<BreachVerdict> {
    const started = this.#raw.breachStart(password) as { verdict?: BreachVerdict; request?: RangeRequest };
    const verdict = started.request
      ? (this.#raw.breachFinish(password, await this.#ranges.get(started.request)) as BreachVerdict)
      : (started.verdict as BreachVerdict);
    // The locale in force when the answer arrives.
    const { formatting } = this.#locale;
    return formatting ? localizeBreach(verdict, formatting) : verdict;
  }

  /**
   * Generates a passphrase from the EFF large word list that meets this checker's policy.
   * Options the policy rules out are adjusted, and each change is listed in `adjustments`.
   *
   * @throws `Error` with `code` `"invalidOption"` for bad options, `"policyUnsatisfiable"`
   *   when no passphrase can meet the policy (then `reason`, an `unsatisfiable.*` code such as
   *   `"tooLong"`, and `params`, its numbers, in the checker's locale), `"randomUnavailable"`
   *   without a secure RNG, `"wordsUnavailable"` when the word list cannot load.
   *
   * Asynchronous since 0.2: the word list may still be on its way (it waits for it).
   */
  async generatePassphrase(options?: PassphraseOptions): Promise<GeneratedPassphrase> {
    await this.#words();
    const { formatting } = this.#locale;
    let generated: GeneratedPassphrase;
    try {
      generated = this.#raw.generatePassphrase(options) as GeneratedPassphrase;
    } catch (error) {
      throw formatting ? localizeError(error, formatting) : error;
    }
    return formatting ? localizeGenerated(generated, formatting) : generated;
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

  /**
   * A Standard Schema v1 validator of a password under this policy and `context`, for form
   * libraries and servers; `options.breach` adds the (asynchronous) breach lookup. See
   * `passgate/schema` for the form-object schema and for one defined before a checker exists.
   */
  schema(context?: Context, options?: SchemaOptions): PasswordSchema<string> {
    return passwordSchema(this, context, options);
  }
}
import { passwordSchema, type PasswordSchema, type SchemaOptions } from "./schema.js";

/** The most code points of a password that checking reads (`MAX_CHECKED` in `src/policy/mod.rs`). */
const MAX_CHECKED = 4096;
/** Any unit outside ASCII. */
const NON_ASCII = /[^\u0000-\u007f]/;
/** A head of this many UTF-16 units always holds more than `MAX_CHECKED` code points. */
const HEAD_UNITS = 2 * MAX_CHECKED + 2;
/** The largest count the binding takes (a `u32`); longer inputs saturate, as Rust counts do. */
const MAX_COUNT = 0xffff_ffff;

/**
 * A long input's first `HEAD_UNITS` units (never splitting a surrogate pair), then how many
 * code points follow them and how many UTF-8 bytes those take, so that a pasted megabyte is
 * counted here instead of being copied into wasm memory. The report is the same as for the
 * whole string. Anything that is not a long string passes through unchanged, for the binding
 * to reject.
 */
/** `context` as the plain data `JSON.stringify` makes of it; `undefined` for none or unreadable. */
function plainData(context: unknown): unknown {
  if (context === undefined || context === null) return undefined;
  try {
    const json = JSON.stringify(context);
    return json === undefined ? undefined : (JSON.parse(json) as unknown);
  } catch {
    return undefined;
  }
}

function cutLongInput(password: unknown): [unknown, number | undefined, number | undefined] {
  if (typeof password !== "string" || password.length <= HEAD_UNITS) return [password, undefined, undefined];
  let cut = HEAD_UNITS;
  const last = password.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut -= 1;
  const rest = password.slice(cut);
  // A native scan rules out anything but ASCII first (one code point and one byte per unit),
  // so a typical paste costs well under a millisecond; only other text is walked. A surrogate
  // pair is one code point of 4 bytes; a lone surrogate one of 3 (U+FFFD, as the binding reads it).
  if (!NON_ASCII.test(rest)) return [password.slice(0, cut), rest.length, Math.min(rest.length, MAX_COUNT)];
  let uncounted = 0;
  let bytes = 0;
  for (let i = 0; i < rest.length; i++) {
    const unit = rest.charCodeAt(i);
    uncounted += 1;
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < rest.length) {
      const next = rest.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return [password.slice(0, cut), uncounted, Math.min(bytes, MAX_COUNT)];
}
