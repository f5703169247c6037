// The strength module's estimates as a report's `strength`. The module holds no text: it answers
// in numbers, its codes as indices into the vocabularies (the core's `CodedStrength`, laid out as
// `estimate` in wasm/src/engine.rs says), and this module words them in English as the core's
// `CodedStrength::worded` does. The full entries import it with the module.
import type { Estimator } from "./factory.js";
import { format, type Formatting } from "./i18n/format.js";
import { duration } from "./i18n/localize.js";
import type { Strength, Suggestion, Warning } from "./types/index.js";
import { english, vocabularies } from "./types/messages.js";

/** What the strength module (`engine/passgate.js`) exports, its dictionaries installed. */
export interface StrengthModule {
  estimate(password: unknown, nfc: boolean, inputs: unknown[], referenceYear: number): Float64Array;
}

/** The context's named fields in the order the core's `Context::inputs` reads them (then `userInputs`). */
const FIELDS = ["username", "email", "firstName", "lastName", "tenant"] as const;

const plainEnglish: Formatting = { lang: "en", messages: english };

/** The checkers' estimator over a loaded strength module. */
export function estimator(module: StrengthModule): Estimator {
  return {
    estimate(password, nfc, context, referenceYear) {
      // A plain-data context (see `Estimator`); the policy module has judged its fields, so
      // what is not a string here is ignored (the check then throws its typed error).
      const fields = (typeof context === "object" && context !== null ? context : {}) as Record<string, unknown>;
      const extra = Array.isArray(fields.userInputs) ? (fields.userInputs as unknown[]) : [];
      const inputs = [...FIELDS.map((field) => fields[field]), ...extra];
      const [score = 0, guessesLog10 = 0, online = 0, unthrottled = 0, slow = 0, fast = 0, phrase, warning = -1, ...suggestions] =
        module.estimate(password, nfc, inputs, referenceYear);
      const crackTimesSeconds = {
        onlineThrottling100PerHour: online,
        onlineNoThrottling10PerSecond: unthrottled,
        offlineSlowHashing1e4PerSecond: slow,
        offlineFastHashing1e10PerSecond: fast,
      };
      const strength: Strength = {
        score,
        guessesLog10,
        crackTimesSeconds,
        crackTimesDisplay: {
          onlineThrottling100PerHour: duration(online, plainEnglish),
          onlineNoThrottling10PerSecond: duration(unthrottled, plainEnglish),
          offlineSlowHashing1e4PerSecond: duration(slow, plainEnglish),
          offlineFastHashing1e10PerSecond: duration(fast, plainEnglish),
        },
        feedback: {
          warning: warning < 0 ? null : message("warning", vocabularies.warning?.[warning] as Warning),
          suggestions: suggestions.map((index) => message("suggestion", vocabularies.suggestion?.[index] as Suggestion)),
        },
        note: null,
      };
      return { strength, commonPhrase: phrase === 1 };
    },
  };
}

function message<C extends string>(prefix: string, code: C): { code: C; message: string } {
  const template = english[`${prefix}.${code}`];
  return { code, message: template === undefined ? code : format(template, {}, plainEnglish) };
}
