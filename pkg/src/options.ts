import type { LocaleOptions } from "./i18n/locales.js";
import type { CheckerOptions } from "./types/index.js";

/** How much `createChecker` waits for before it resolves. */
export interface LoadOptions {
  /**
   * `"all"` (the default of `passgate`): resolve once everything is in, the strength
   * dictionaries and the passphrase word list included.
   * `"staged"` (the default of `passgate/lite`): resolve as soon as the policy can check (the
   * checklist, violations, breach lookups); `report.strength` is `null` until
   * `checker.strengthReady` resolves `true`, and `report.passphrase.pending` is `true` until
   * `checker.wordsReady` does.
   */
  load?: "all" | "staged";
}

/** `createChecker` options: the checker's (policy, breach), the language of messages, and loading. */
export type CreateCheckerOptions = CheckerOptions & LocaleOptions & LoadOptions;
