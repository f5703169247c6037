// The React hook, given the build's `createChecker` (passgate/react and passgate/lite/react
// differ only in that). Server rendering: nothing here touches `window` or loads wasm at import
// or during render; the checker is loaded in an effect, which servers do not run.
import { useEffect, useMemo, useState } from "react";
import type { BreachVerdict } from "./types/index.js";
import {
  asError,
  breachWanted,
  loadChecker,
  lookupLater,
  stableKey,
  dataArrival,
  type LiveChecker,
  type LiveReport,
  type PasswordCheckOptions,
  type PasswordCheckState,
} from "./live.js";

/** A verdict with the value it is for, so a verdict is never shown for a later value. */
interface Verdict {
  readonly password: string;
  readonly verdict: BreachVerdict;
}

/**
 * `usePasswordCheck(password, { options, context, checker, breach })` for a build's
 * `createChecker`: the checker loads once (shared by every component with the same options),
 * the value is checked synchronously at each render, and the breach lookup waits for a pause
 * of `BREACH_DELAY` after the policy passes.
 */
export function passwordCheckHook<O, R extends LiveReport, C extends LiveChecker<R>>(create: (options?: O) => Promise<C>) {
  return function usePasswordCheck(password: string, choice: PasswordCheckOptions<O, C> = {}): PasswordCheckState<R> {
    const [checker, setChecker] = useState<C | null>(null);
    const [loadError, setLoadError] = useState<Error | null>(null);
    // The checker whose strength estimates have arrived (or will not): re-checked once.
    const [settled, setSettled] = useState<C | null>(null);
    const [found, setFound] = useState<Verdict | null>(null);
    const optionsKey = stableKey(choice.options);
    const contextKey = stableKey(choice.context);
    const given = choice.checker;
    const wanted = breachWanted(choice);

    useEffect(() => {
      let live = true;
      const loading = loadChecker(create, { options: choice.options, checker: given });
      if (!loading) {
        setChecker(null);
        return;
      }
      loading.then(
        (loaded) => {
          if (!live) return;
          setChecker(() => loaded);
          setLoadError(null);
        },
        (error: unknown) => {
          if (live) setLoadError(asError(error));
        },
      );
      return () => {
        live = false;
      };
      // `choice.options` is compared by value (optionsKey), not by identity.
      // eslint-disable-next-line react-hooks/exhaustive-deps
    }, [given, optionsKey]);

    const checked = useMemo((): { report: R | null; error: Error | null } => {
      if (!checker) return { report: null, error: null };
      try {
        return { report: checker.check(password, choice.context), error: null };
      } catch (error) {
        return { report: null, error: asError(error) }; // only a bad context throws
      }
      // eslint-disable-next-line react-hooks/exhaustive-deps
    }, [checker, password, contextKey, settled]);
    const report = checked.report;

    useEffect(() => {
      if (!checker || settled === checker) return;
      const arrival = dataArrival(checker, report);
      if (!arrival) return;
      let live = true;
      void arrival.then(() => {
        if (live) setSettled(() => checker);
      });
      return () => {
        live = false;
      };
    }, [checker, report, settled]);

    const ok = report?.ok === true;
    const known = found !== null && found.password === password;
    useEffect(() => {
      if (!checker || !wanted || !ok || password === "" || known) return;
      // Cleared at the next change (and by strict mode's extra unmount): one lookup per pause.
      return lookupLater(checker, password, (verdict) => setFound({ password, verdict }));
    }, [checker, wanted, ok, password, known]);

    return {
      ready: checker !== null,
      report,
      breach: known ? found.verdict : null,
      error: loadError ?? checked.error,
    };
  };
}
