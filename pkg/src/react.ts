"use client";
// passgate/react: `usePasswordCheck` and `<PasswordMeter>` for React 18 and 19. `react` is an
// optional peer dependency: only this entry (and passgate/lite/react) imports it. Under Node
// (the "node" export condition) react-node.ts is the same over the build that reads its wasm from disk.
import { createChecker, type Checker } from "./index.js";
import type { CreateCheckerOptions } from "./options.js";
import type { Report } from "./types/index.js";
import { passwordCheckHook } from "./react-bindings.js";
import type { PasswordCheckOptions, PasswordCheckState } from "./live.js";

export { BREACH_DELAY, type PasswordCheckState } from "./live.js";
export { PasswordMeter, type PasswordMeterProps } from "./react-meter.js";
export type { MeterChangeDetail } from "./meter.js";

/** `usePasswordCheck` options: `createChecker` options, the context, or your own checker. */
export type UsePasswordCheckOptions = PasswordCheckOptions<CreateCheckerOptions, Checker>;

/**
 * Checks `password` as it changes: `{ ready, report, breach, error }`. The checker loads once
 * per set of `options` (after the first render, in the browser only); `report` is `null`
 * until then, and `report.strength` is `null` while strength estimates load. With `breach`
 * (default: when `options.breach` is set), the value is looked up once the policy passes and
 * typing pauses, as `<passgate-meter>` does.
 */
export const usePasswordCheck: (password: string, options?: UsePasswordCheckOptions) => PasswordCheckState<Report> =
  passwordCheckHook<CreateCheckerOptions, Report, Checker>(createChecker);
