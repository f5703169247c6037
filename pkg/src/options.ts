import type { LocaleOptions } from "./i18n/locales.js";
import type { CheckerOptions } from "./types/index.js";

/** How much `createChecker` waits for before it resolves. */
export interface LoadOptions {
  /**
   * `"all"` (the default): resolve once everything, the strength dictionaries included, is in.
   * `"staged"`: resolve as soon as the policy can check (the checklist, violations, breach
   * lookups); `report.strength` is `null` until `checker.strengthReady` resolves `true`.
   */
  load?: "all" | "staged";
}

/** `createChecker` options: the checker's (policy, breach), the language of messages, and loading. */
export type CreateCheckerOptions = CheckerOptions & LocaleOptions & LoadOptions;
