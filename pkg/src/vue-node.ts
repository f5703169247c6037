// passgate/vue in Node (test runners with a DOM, scripts): vue.ts over the Node build.
import { createChecker } from "./node.js";
import { passwordCheckComposable } from "./vue-bindings.js";
import type { usePasswordCheck as BrowserComposable } from "./vue.js";

export { BREACH_DELAY } from "./live.js";
export { PasswordMeter } from "./vue-meter.js";
export type { MeterChangeDetail, PasswordCheckRefs, UsePasswordCheckOptions } from "./vue.js";

/** See vue.ts. */
export const usePasswordCheck: typeof BrowserComposable = passwordCheckComposable(createChecker);
