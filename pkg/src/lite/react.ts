"use client";
// passgate/lite/react: `usePasswordCheck` over the lite build (no `report.strength`). The
// `<PasswordMeter>` element runs the full build: import it from passgate/react.
import { createChecker, type CheckerOptions, type LiteChecker, type Report } from "./index.js";
import type { LocaleOptions } from "../i18n/locales.js";
import { passwordCheckHook } from "../react-bindings.js";
import type { PasswordCheckOptions, PasswordCheckState } from "../live.js";

export { BREACH_DELAY, type PasswordCheckState } from "../live.js";

/** `usePasswordCheck` options: lite `createChecker` options, the context, or your own checker. */
export type UsePasswordCheckOptions = PasswordCheckOptions<CheckerOptions & LocaleOptions, LiteChecker>;

/** Checks `password` as it changes, with the lite build; see passgate/react. */
export const usePasswordCheck: (password: string, options?: UsePasswordCheckOptions) => PasswordCheckState<Report> =
  passwordCheckHook<CheckerOptions & LocaleOptions, Report, LiteChecker>(createChecker);
