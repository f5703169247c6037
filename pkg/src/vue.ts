// passgate/vue: `usePasswordCheck` and `<PasswordMeter>` for Vue 3. `vue` is an optional peer
// dependency: only this entry (and passgate/lite/vue) imports it. Under Node (the "node" export
// condition) vue-node.ts is the same over the build that reads its wasm from disk.
import type { MaybeRefOrGetter } from "vue";
import { createChecker, type Checker } from "./index.js";
import type { CreateCheckerOptions } from "./options.js";
import type { Report } from "./types/index.js";
import { passwordCheckComposable, type PasswordCheckRefs, type VuePasswordCheckOptions } from "./vue-bindings.js";

export { BREACH_DELAY } from "./live.js";
export { PasswordMeter } from "./vue-meter.js";
export type { PasswordCheckRefs } from "./vue-bindings.js";
export type { MeterChangeDetail } from "./meter.js";

/** `usePasswordCheck` options: `createChecker` options, the context (a ref, a getter or a value), or your own checker. */
export type UsePasswordCheckOptions = VuePasswordCheckOptions<CreateCheckerOptions, Checker>;

/**
 * Checks `password` (a ref or a getter) as it changes; returns refs `{ ready, report, breach,
 * error }`. The checker loads once per set of `options`, when the component mounts (in the
 * browser only); `report.strength` is `null` while strength estimates load. With `breach`
 * (default: when `options.breach` is set), the value is looked up once the policy passes and
 * typing pauses, as `<passgate-meter>` does.
 */
export const usePasswordCheck: (
  password: MaybeRefOrGetter<string>,
  options?: UsePasswordCheckOptions,
) => PasswordCheckRefs<Report> = passwordCheckComposable<CreateCheckerOptions, Report, Checker>(createChecker);
