// The strength module's estimates as a report's `strength`. The module holds no text: it answers
// in numbers and codes (the core's `CodedStrength`), and this module words them in English as
// the core's `CodedStrength::worded` does. The full entries import it with the module.
import type { Estimator } from "./factory.js";
import { format, type Formatting } from "./i18n/format.js";
import { duration } from "./i18n/localize.js";
import type { CodedStrength, CrackTimes, Strength } from "./types/index.js";
import { english } from "./types/messages.js";

/** What the strength module (`engine/passgate.js`) exports, its dictionaries installed. */
export interface StrengthModule {
  estimate(password: unknown, nfc: boolean, inputs: unknown[], referenceYear: number): unknown;
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
      const { strength, commonPhrase } = module.estimate(password, nfc, inputs, referenceYear) as {
        strength: CodedStrength;
        commonPhrase: boolean;
      };
      return { strength: worded(strength), commonPhrase };
    },
  };
}

function message<C extends string>(prefix: string, code: C): { code: C; message: string } {
  const template = english[`${prefix}.${code}`];
  return { code, message: template === undefined ? code : format(template, {}, plainEnglish) };
}

function worded(coded: CodedStrength): Strength {
  const seconds = coded.crackTimesSeconds;
  const display = Object.fromEntries(Object.entries(seconds).map(([scenario, time]) => [scenario, duration(time, plainEnglish)]));
  return {
    score: coded.score,
    guessesLog10: coded.guessesLog10,
    crackTimesSeconds: seconds,
    crackTimesDisplay: display as CrackTimes<string>,
    feedback: {
      warning: coded.warning === null ? null : message("warning", coded.warning),
      suggestions: coded.suggestions.map((code) => message("suggestion", code)),
    },
    note: null,
  };
}
