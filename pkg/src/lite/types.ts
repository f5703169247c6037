// The lite build's types, derived from the generated ones: the same shapes without what needs
// the strength estimate (the report's `strength` is `null`, the policy has no `minScore`).
import type { Checker } from "../checker.js";
import type {
  CheckerOptions as FullCheckerOptions,
  Context,
  PolicyConfig as FullPolicyConfig,
  Report as FullReport,
} from "../types/index.js";

/** A report whose `strength` is `null`: the lite build has no strength estimate. */
export type Report = Omit<FullReport, "strength"> & { strength: null };

/** A policy config without `minScore`, which needs the strength estimate (setting it throws). */
export type PolicyConfig = Omit<FullPolicyConfig, "minScore"> & { minScore?: null };

/** Checker options of the lite build. */
export type CheckerOptions = Omit<FullCheckerOptions, "policy"> & { policy?: PolicyConfig };

/** A configured lite checker: the full `Checker` API, with a report that has no `strength`. */
export type LiteChecker = Omit<Checker, "check"> & {
  /** Checks one candidate password, synchronously: `ok`, `violations`, `rules`, `passphrase` (`strength: null`). */
  check(password: string, context?: Context): Report;
};
