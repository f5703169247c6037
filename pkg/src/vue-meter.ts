// `<PasswordMeter>`: `<passgate-meter>` for Vue, shared by passgate/vue's browser and Node
// builds. The element's module is imported when the component mounts, never before.
import { defineComponent, h, onBeforeUnmount, onMounted, shallowRef, watch, type PropType } from "vue";
import type { Checker } from "./checker.js";
import type { Context } from "./types/index.js";
import type { MeterChangeDetail, PassgateMeter } from "./meter.js";

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
