// passgate/lite/vue in Node: lite/vue.ts over the lite Node build.
import { createChecker } from "./node.js";
import { passwordCheckComposable } from "../vue-bindings.js";
import type { usePasswordCheck as BrowserComposable } from "./vue.js";

export { BREACH_DELAY } from "../live.js";
export type { PasswordCheckRefs, UsePasswordCheckOptions } from "./vue.js";

/** See lite/vue.ts. */
export const usePasswordCheck: typeof BrowserComposable = passwordCheckComposable(createChecker);
