"use client";
// passgate/lite/react in Node: lite/react.ts over the lite Node build.
import { createChecker } from "./node.js";
import { passwordCheckHook } from "../react-bindings.js";
import type { usePasswordCheck as BrowserHook } from "./react.js";

export { BREACH_DELAY } from "../live.js";
export type { PasswordCheckState, UsePasswordCheckOptions } from "./react.js";

/** See lite/react.ts. */
export const usePasswordCheck: typeof BrowserHook = passwordCheckHook(createChecker);
