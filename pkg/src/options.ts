import type { LocaleOptions } from "./i18n/locales.js";
import type { CheckerOptions } from "./types/index.js";

/** `createChecker` options: the checker's (policy, breach) plus the language of messages. */
export type CreateCheckerOptions = CheckerOptions & LocaleOptions;
