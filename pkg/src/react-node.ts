"use client";
// passgate/react in Node (test runners with a DOM, scripts): react.ts over the Node build.
import { createChecker } from "./node.js";
import { passwordCheckHook } from "./react-bindings.js";
import type { usePasswordCheck as BrowserHook } from "./react.js";

export { BREACH_DELAY } from "./live.js";
export { PasswordMeter } from "./react-meter.js";
export type { MeterChangeDetail, PasswordCheckState, PasswordMeterProps, UsePasswordCheckOptions } from "./react.js";

/** See react.ts. */
export const usePasswordCheck: typeof BrowserHook = passwordCheckHook(createChecker);
