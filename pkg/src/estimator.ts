// The strength module's estimates as a report's `strength`. The module holds no text: it answers
// in numbers, its codes as indices into the vocabularies (the core's `CodedStrength`, laid out as
// `estimate` in wasm/src/engine.rs says), and this module words them in English as the core's
// `CodedStrength::worded` does. The full entries import it with the module.
import type { Estimator } from "./factory.js";
import { format, type Formatting } from "./i18n/format.js";
import { durationParts } from "./i18n/localize.js";
import type { CrackTimes, Strength, Suggestion, Warning } from "./types/index.js";
import { english, vocabularies } from "./types/messages.js";

/** What the strength module (`engine/passgate.js`) exports, its dictionaries installed. */
export interface StrengthModule {
  estimate(password: unknown, nfc: boolean, inputs: unknown[], referenceYear: number): Float64Array;
}

/** The attack scenarios of `CrackTimes`, in the order the module sends their times (after score and guesses). */
const SCENARIOS = [
  "onlineThrottling100PerHour",
  "onlineNoThrottling10PerSecond",
  "offlineSlowHashing1e4PerSecond",
  "offlineFastHashing1e10PerSecond",
] as const satisfies readonly (keyof CrackTimes<number>)[];
type Scenario = (typeof SCENARIOS)[number];

/** The context's named fields in the order the core's `Context::inputs` reads them (then `userInputs`). */
const FIELDS = ["username", "email", "firstName", "lastName", "tenant"] as const;

const plainEnglish: Formatting = { lang: "en", messages: english };

/**
 * Each English text once rendered, by catalogue key and count: every warning, suggestion and
 * duration unit with its counts, so a check renders no template. Counts of 100 and more (only
 * centuries have them, and any number can come) are kept only for a template without a
 * placeholder, which reads the same for every count; the cache stays at a few hundred texts.
 */
const rendered = new Map<string, (string | undefined)[]>();
function text(key: string, count = 0): string {
  let byCount = rendered.get(key);
  if (byCount === undefined) rendered.set(key, (byCount = []));
  const template = english[key];
  const slot = count < 100 ? count : template?.includes("{") === false ? 0 : undefined;
  let out = slot === undefined ? undefined : byCount[slot];
  if (out === undefined) {
    out = template === undefined ? "" : format(template, { count }, plainEnglish);
    if (slot !== undefined) byCount[slot] = out;
  }
  return out;
}

/** A crack time as English words. */
function duration(seconds: number): string {
  return text(...durationParts(seconds));
}

/** The checkers' estimator over a loaded strength module. */
export function estimator(module: StrengthModule): Estimator {
  return {
    estimate(password, nfc, context, referenceYear) {
      // A plain-data context (see `Estimator`); the policy module has judged its fields, so
      // what is not a string here is ignored (the check then throws its typed error).
      const inputs: unknown[] = [];
      if (typeof context === "object" && context !== null) {
        const fields = context as Record<string, unknown>;
        for (const field of FIELDS) inputs.push(fields[field]);
        if (Array.isArray(fields.userInputs)) inputs.push(...(fields.userInputs as unknown[]));
      }
      const numbers = module.estimate(password, nfc, inputs, referenceYear);
      const crackTimesSeconds = {} as Record<Scenario, number>;
      const crackTimesDisplay = {} as Record<Scenario, string>;
      for (const [at, scenario] of SCENARIOS.entries()) {
        const seconds = numbers[2 + at] ?? 0;
        crackTimesSeconds[scenario] = seconds;
        crackTimesDisplay[scenario] = duration(seconds);
      }
      const warning = numbers[7] ?? -1;
      const suggestions: { code: Suggestion; message: string }[] = [];
      for (let at = 8; at < numbers.length; at++) {
        suggestions.push(message("suggestion", vocabularies.suggestion?.[numbers[at] ?? -1] as Suggestion));
      }
      const strength: Strength = {
        score: numbers[0] ?? 0,
        guessesLog10: numbers[1] ?? 0,
        crackTimesSeconds,
        crackTimesDisplay,
        feedback: {
          warning: warning < 0 ? null : message("warning", vocabularies.warning?.[warning] as Warning),
          suggestions,
        },
        note: null,
      };
      return { strength, commonPhrase: numbers[6] === 1 };
    },
  };
}

function message<C extends string>(prefix: string, code: C): { code: C; message: string } {
  return { code, message: text(`${prefix}.${code}`) || code };
}
