// Rewrites the `message` fields of passgate results from their codes and parameters.
import type { BreachVerdict, GeneratedPassphrase, Report } from "../types/index.js";
import { durationUnits } from "../types/messages.js";
import { format, type Formatting } from "./format.js";
import { resolveLocale, type LocaleOptions } from "./locales.js";

function say(formatting: Formatting, key: string, params: object, fallback: string): string {
  const template = formatting.messages[key];
  return template === undefined ? fallback : format(template, params, formatting);
}

/** The units, largest first, with their catalogue keys (a full check words four durations). */
const unitKeys = durationUnits.map(([size, code]) => [size, `duration.${code}`] as const);

/** A crack time in seconds as its catalogue key and count, with the Rust core's units and rounding. */
export function durationParts(seconds: number): [key: string, count: number] {
  if (Number.isNaN(seconds) || seconds < 1) return ["duration.lessThanASecond", 0];
  for (const [size, key] of unitKeys) if (seconds >= size) return [key, Math.floor(seconds / size)];
  return ["duration.second", Math.floor(seconds)];
}

/** A crack time in seconds as a phrase, with the same units and rounding as the Rust core. */
export function duration(seconds: number, formatting: Formatting): string {
  const [key, count] = durationParts(seconds);
  return say(formatting, key, { count }, "");
}

/** Rewrites every message of a report (in place) and returns it. */
export function localizeReport(report: Report, formatting: Formatting): Report {
  for (const v of report.violations) {
    v.message = say(formatting, `violation.${v.code}`, v, v.message);
    if (v.code === "bannedWordScore") {
      for (const t of v.terms) t.message = say(formatting, `term.${t.source}`, t, t.message);
    }
  }
  for (const r of report.rules) r.message = say(formatting, `rule.${r.rule}`, r, r.message);
  const strength = (report as Partial<Report>).strength;
  if (strength) {
    const { feedback, note } = strength;
    if (feedback.warning) {
      const w = feedback.warning;
      w.message = say(formatting, `warning.${w.code}`, w, w.message);
    }
    for (const s of feedback.suggestions) s.message = say(formatting, `suggestion.${s.code}`, s, s.message);
    if (note) note.message = say(formatting, `note.${note.code}`, note, note.message);
    const display = strength.crackTimesDisplay as Record<string, string>;
    const seconds = strength.crackTimesSeconds as Record<string, number>;
    for (const key of Object.keys(display)) display[key] = duration(seconds[key] ?? NaN, formatting);
  }
  for (const a of report.passphrase.advice) a.message = say(formatting, `advice.${a.code}`, a, a.message);
  return report;
}

/** Rewrites a breach verdict's status line (in place) and returns it. */
export function localizeBreach(verdict: BreachVerdict, formatting: Formatting): BreachVerdict {
  const key = verdict.status === "unknown" ? `unknownReason.${verdict.reason}` : `breach.${verdict.status}`;
  verdict.message = say(formatting, key, verdict, verdict.message);
  return verdict;
}

/** Rewrites a generated passphrase's adjustment messages (in place) and returns it. */
export function localizeGenerated(generated: GeneratedPassphrase, formatting: Formatting): GeneratedPassphrase {
  for (const a of generated.adjustments) a.message = say(formatting, `adjustment.${a.code}`, a, a.message);
  return generated;
}

/**
 * Rewrites the message of a `policyUnsatisfiable` error from its `reason` and `params` (in
 * place) and returns it; any other value is returned untouched.
 */
export function localizeError(error: unknown, formatting: Formatting): unknown {
  if (error instanceof Error && typeof (error as { reason?: unknown }).reason === "string") {
    const { reason, params } = error as Error & { reason: string; params?: object };
    error.message = say(formatting, `unsatisfiable.${reason}`, params ?? {}, error.message);
  }
  return error;
}

/**
 * Rewrites the messages of a report, a breach verdict or a generated passphrase (in place)
 * into `options.locale` / `options.messages`, as a checker with those options would have.
 * A shipped locale other than English must be loaded first: `await loadCatalogue(locale)`
 * (a checker created with it, or switched to it, has loaded it too).
 *
 * @throws `Error` with `code` `"invalidOption"` for an unknown locale without `messages`, or
 *   `"localeNotLoaded"` for a shipped locale whose catalogue is not loaded yet.
 */
export function localize<T extends Report | BreachVerdict | GeneratedPassphrase>(value: T, options: LocaleOptions): T {
  const resolved = resolveLocale(options.locale, options.messages, "options.");
  if (resolved instanceof Promise) {
    resolved.catch(() => {}); // loading has started; the caller is told to await it
    const id = JSON.stringify(options.locale);
    throw Object.assign(
      new Error(`options.locale ${id} is not loaded yet: await loadCatalogue(${id}) before localize`),
      { code: "localeNotLoaded" },
    );
  }
  const { formatting } = resolved;
  if (!formatting) return value;
  if ("violations" in value) return localizeReport(value, formatting) as T;
  if ("status" in value) return localizeBreach(value, formatting) as T;
  return localizeGenerated(value, formatting) as T;
}
