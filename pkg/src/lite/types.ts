// The lite build's types, derived from the generated ones: the same shapes minus what needs
// zxcvbn (the report's `strength`, the policy's `minScore`).
import type { Checker } from "../checker.js";
import type {
  CheckerOptions as FullCheckerOptions,
  Context,
  PolicyConfig as FullPolicyConfig,
  Report as FullReport,
} from "../types/index.js";

/** A report without `strength`: the lite build has no zxcvbn estimate. */
export type Report = Omit<FullReport, "strength">;

/** A policy config without `minScore`, which needs the strength estimate (setting it throws). */
export type PolicyConfig = Omit<FullPolicyConfig, "minScore"> & { minScore?: null };

/** Checker options of the lite build. */
export type CheckerOptions = Omit<FullCheckerOptions, "policy"> & { policy?: PolicyConfig };

/** A configured lite checker: the full `Checker` API, with a report that has no `strength`. */
export type LiteChecker = Omit<Checker, "check"> & {
  /** Checks one candidate password, synchronously: `ok`, `violations`, `rules`, `passphrase`. */
  check(password: string, context?: Context): Report;
};
