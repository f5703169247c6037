// The Vue composable, given the build's `createChecker` (passgate/vue and passgate/lite/vue
// differ only in that). Server rendering: the checker loads in `onMounted`, which servers do
// not run; nothing touches `window` at import or in `setup`.
import {
  computed,
  getCurrentInstance,
  onMounted,
  onScopeDispose,
  shallowRef,
  toValue,
  watch,
  type ComputedRef,
  type MaybeRefOrGetter,
} from "vue";
import type { BreachVerdict, Context } from "./types/index.js";
import {
  asError,
  breachWanted,
  loadChecker,
  lookupLater,
  dataArrival,
  type LiveChecker,
  type LiveReport,
  type PasswordCheckOptions,
} from "./live.js";

/** `usePasswordCheck` options in Vue: as in React, and `context` may be a ref or a getter. */
export interface VuePasswordCheckOptions<O, C> extends Omit<PasswordCheckOptions<O, C>, "context"> {
  context?: MaybeRefOrGetter<Context | undefined>;
}

/** What the composable returns: read-only refs. */
export interface PasswordCheckRefs<R> {
  ready: ComputedRef<boolean>;
  report: ComputedRef<R | null>;
  breach: ComputedRef<BreachVerdict | null>;
  error: ComputedRef<Error | null>;
}

/** `usePasswordCheck(password, options)` for a build's `createChecker`; see passgate/vue. */
export function passwordCheckComposable<O, R extends LiveReport, C extends LiveChecker<R>>(create: (options?: O) => Promise<C>) {
  return function usePasswordCheck(
    password: MaybeRefOrGetter<string>,
    choice: VuePasswordCheckOptions<O, C> = {},
  ): PasswordCheckRefs<R> {
    const checker = shallowRef<C | null>(null);
    const loadError = shallowRef<Error | null>(null);
    const settled = shallowRef<C | null>(null);
    const found = shallowRef<{ password: string; verdict: BreachVerdict } | null>(null);
    const wanted = breachWanted(choice);
    let live = true;
    onScopeDispose(() => {
      live = false;
    });

    const load = (): void => {
      loadChecker(create, { options: choice.options, checker: choice.checker })?.then(
        (loaded) => {
          if (live) checker.value = loaded;
        },
        (error: unknown) => {
          if (live) loadError.value = asError(error);
        },
      );
    };
    if (getCurrentInstance()) onMounted(load);
    else load(); // outside a component (an effect scope in the browser)

    const checked = computed((): { report: R | null; error: Error | null } => {
      void settled.value; // re-check once strength estimates arrive
      const current = checker.value;
      if (!current) return { report: null, error: null };
      try {
        return { report: current.check(toValue(password), toValue(choice.context)), error: null };
      } catch (error) {
        return { report: null, error: asError(error) }; // only a bad context throws
      }
    });

    watch(checked, ({ report }) => {
      const current = checker.value;
      if (!current || settled.value === current) return;
      void dataArrival(current, report)?.then(() => {
        if (live && checker.value === current) settled.value = current;
      });
    });

    watch(
      [() => checker.value as C | null, () => toValue(password), () => checked.value.report?.ok === true] as const,
      ([current, value, ok], _previous, onCleanup) => {
        if (!current || !wanted || !ok || value === "" || found.value?.password === value) return;
        onCleanup(lookupLater(current, value, (verdict) => (found.value = { password: value, verdict })));
      },
    );

    return {
      ready: computed(() => checker.value !== null),
      report: computed(() => checked.value.report),
      breach: computed(() => (found.value && found.value.password === toValue(password) ? found.value.verdict : null)),
      error: computed(() => loadError.value ?? checked.value.error),
    };
  };
}
