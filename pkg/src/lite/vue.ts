// passgate/lite/vue: `usePasswordCheck` over the lite build (no `report.strength`). The
// `<PasswordMeter>` element runs the full build: import it from passgate/vue.
import { createChecker, type CheckerOptions, type LiteChecker, type Report } from "./index.js";
import type { MaybeRefOrGetter } from "vue";
import type { LocaleOptions } from "../i18n/locales.js";
import { passwordCheckComposable, type PasswordCheckRefs, type VuePasswordCheckOptions } from "../vue-bindings.js";

export { BREACH_DELAY } from "../live.js";
export type { PasswordCheckRefs } from "../vue-bindings.js";

/** `usePasswordCheck` options: lite `createChecker` options, the context, or your own checker. */
export type UsePasswordCheckOptions = VuePasswordCheckOptions<CheckerOptions & LocaleOptions, LiteChecker>;

/** Checks `password` (a ref or a getter) as it changes, with the lite build; see passgate/vue. */
export const usePasswordCheck: (
  password: MaybeRefOrGetter<string>,
  options?: UsePasswordCheckOptions,
) => PasswordCheckRefs<Report> = passwordCheckComposable<CheckerOptions & LocaleOptions, Report, LiteChecker>(createChecker);
