// The strings of the <passgate-meter> element, per locale. Adding a locale is adding an entry
// here: plain data, templates with `{name}` placeholders, no code.

/** Every string the meter element shows or announces in one language. */
export interface MeterStrings {
  /** The language's own name, for a language switcher ("English", "Deutsch"). */
  name: string;
  /** Accessible name of the strength meter. */
  strengthLabel: string;
  /** Score labels, index = zxcvbn score 0..4. */
  scores: readonly [string, string, string, string, string];
  /** `aria-valuetext` of the meter: `{label}`, `{score}`. */
  valueText: string;
  /** Meter text and `aria-valuetext` before anything is typed. */
  noPassword: string;
  /** Visible strength line: `{label}`. */
  strengthLine: string;
  /** Accessible name of the requirement list. */
  requirements: string;
  /** Visually hidden prefixes of a checklist item. */
  met: string;
  notMet: string;
  /** Requirement count: `{met}`, `{total}`. */
  summary: string;
  /** What the live region announces: `{summary}`, `{label}` (lower case). */
  announcement: string;
  /** The show/hide toggle (a toggle button: its label stays, `aria-pressed` changes). */
  showPassword: string;
  /** Breach check states: `{count}` is formatted for the locale. */
  breachChecking: string;
  /** Shown once the policy passes, before the lookup runs. */
  breachPending: string;
  breachFound: string;
  breachClear: string;
  breachUnknown: string;
  breachRetry: string;
  /** Custom validity message when the password was found in breaches. */
  breachInvalid: string;
  /** Heading of the passphrase advice. */
  passphraseAdvice: string;
  /**
   * Translations keyed by stable code; when a code is missing the engine's English text is
   * used. `rules` keys are rule ids, `violations` violation codes, `feedback` warning or
   * suggestion codes, `advice` passphrase advice codes. Templates may use the item's
   * parameters (`{min}`, `{max}`, `{required}`, ...).
   */
  rules?: Readonly<Record<string, string>>;
  violations?: Readonly<Record<string, string>>;
  feedback?: Readonly<Record<string, string>>;
  advice?: Readonly<Record<string, string>>;
}

const en: MeterStrings = {
  name: "English",
  strengthLabel: "Password strength",
  scores: ["Very weak", "Weak", "Fair", "Strong", "Very strong"],
  valueText: "{label} ({score} of 4)",
  noPassword: "No password yet",
  strengthLine: "Strength: {label}",
  requirements: "Password requirements",
  met: "Met:",
  notMet: "Not met:",
  summary: "{met} of {total} requirements met",
  announcement: "{summary}, strength {label}",
  showPassword: "Show password",
  breachChecking: "Checking known data breaches…",
  breachPending: "A breach check runs when you pause typing.",
  breachFound: "Found {count} times in known data breaches. Choose a different password.",
  breachClear: "Not found in known breaches.",
  breachUnknown: "Couldn't check known breaches right now — try again.",
  breachRetry: "Try again",
  breachInvalid: "This password appears in known data breaches. Choose a different password.",
  passphraseAdvice: "Passphrase tips",
};

/** The shipped locales, by BCP 47 tag. English is the fallback for anything missing. */
export const meterLocales: Readonly<Record<string, MeterStrings>> = { en };

/** Picks the best shipped locale for a tag: exact, then language only, then English. */
export function resolveLocale(tag: string | null | undefined): { tag: string; strings: MeterStrings } {
  const wanted = (tag ?? "").trim();
  const language = wanted.split("-")[0]?.toLowerCase() ?? "";
  for (const candidate of [wanted, language]) {
    const strings = candidate ? meterLocales[candidate] : undefined;
    if (strings) return { tag: candidate, strings };
  }
  return { tag: "en", strings: en };
}

/** Fills `{name}` placeholders from `params`; unknown placeholders are left as written. */
export function format(template: string, params: Readonly<Record<string, unknown>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = params[key];
    return value === undefined || value === null ? whole : String(value);
  });
}
