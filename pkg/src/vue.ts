// passgate/vue: `usePasswordCheck` and `<PasswordMeter>` for Vue 3. `vue` is an optional peer
// dependency: only this entry (and passgate/lite/vue) imports it.
import { defineComponent, h, onBeforeUnmount, onMounted, shallowRef, watch, type MaybeRefOrGetter, type PropType } from "vue";
import { createChecker, type Checker } from "./index.js";
import type { CreateCheckerOptions } from "./options.js";
import type { Context, Report } from "./types/index.js";
import type { MeterChangeDetail, PassgateMeter } from "./meter.js";
import { passwordCheckComposable, type PasswordCheckRefs, type VuePasswordCheckOptions } from "./vue-bindings.js";

export { BREACH_DELAY } from "./live.js";
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

/**
 * `<passgate-meter>` for Vue: props `for`, `policy`, `breachEndpoint`, `breachMode`, `locale`,
 * `context`, `checker`; events `change` (`{ report, breach }`), `ready` (the checker), `error`.
 * The element's module loads when the component mounts, so server rendering outputs only the
 * tag and its attributes.
 */
export const PasswordMeter = defineComponent({
  name: "PasswordMeter",
  props: {
    for: { type: String, required: true },
    policy: String,
    breachEndpoint: String,
    breachMode: String as PropType<"sha1" | "ntlm">,
    locale: String,
    context: Object as PropType<Context>,
    checker: Object as PropType<Checker>,
  },
  emits: {
    change: (detail: MeterChangeDetail) => detail !== undefined,
    ready: (checker: Checker) => checker !== undefined,
    error: (_error: unknown) => true,
  },
  setup(props, { emit }) {
    const element = shallowRef<PassgateMeter | null>(null);
    const abort = new AbortController();
    const defined = shallowRef(false);
    onMounted(async () => {
      await import("./meter.js");
      const meter = element.value;
      if (!meter || abort.signal.aborted) return;
      const { signal } = abort;
      meter.addEventListener("passgate-change", (event) => emit("change", event.detail), { signal });
      meter.addEventListener("passgate-ready", (event) => emit("ready", (event as CustomEvent<{ checker: Checker }>).detail.checker), { signal });
      meter.addEventListener("passgate-error", (event) => emit("error", (event as CustomEvent<{ error: unknown }>).detail.error), { signal });
      defined.value = true;
    });
    onBeforeUnmount(() => abort.abort());
    // Properties are set once the element is defined, so they reach its setters.
    watch(
      [defined, () => props.context],
      ([ready, context]) => {
        if (ready && element.value) element.value.context = context ?? {};
      },
      { deep: true },
    );
    watch([defined, () => props.checker], ([ready, checker]) => {
      if (ready && element.value && checker) element.value.checker = checker;
    });
    return () =>
      h("passgate-meter", {
        ref: element,
        for: props.for,
        policy: props.policy,
        "breach-endpoint": props.breachEndpoint,
        "breach-mode": props.breachMode,
        locale: props.locale,
      });
  },
});
