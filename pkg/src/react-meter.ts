"use client";
// `<PasswordMeter>`: `<passgate-meter>` for React, shared by passgate/react's browser and Node
// builds. The element's module is imported when the component mounts, never before.
import { createElement, useEffect, useRef, type ReactElement } from "react";
import type { Checker } from "./checker.js";
import type { Context } from "./types/index.js";
import type { PassgateMeter, MeterChangeDetail } from "./meter.js";
import { stableKey } from "./live.js";

/** Props of `<PasswordMeter>`: the element's attributes, properties and events, typed. */
export interface PasswordMeterProps {
  /** The id of the `<input type="password">` to watch (the element's `for`). */
  htmlFor: string;
  /** A preset id (the `policy` attribute); ignored when `checker` is given. */
  policy?: string;
  /** A Pwned Passwords range service: the element looks values up only with one. */
  breachEndpoint?: string;
  breachMode?: "sha1" | "ntlm";
  /** A shipped locale of the element and its checker. */
  locale?: string;
  /** Facts about the user (merged over the context attributes). */
  context?: Context;
  /** Your own checker, instead of one the element creates from `policy` and `breach*`. */
  checker?: Checker;
  id?: string;
  className?: string;
  /** Each new report (and breach verdict) of the input's value (`passgate-change`). */
  onChange?: (detail: MeterChangeDetail) => void;
  /** The element's checker has loaded (`passgate-ready`). */
  onReady?: (checker: Checker) => void;
  /** The checker could not be created or a check failed (`passgate-error`). */
  onError?: (error: unknown) => void;
}

/**
 * `<passgate-meter>` for React. The element's module is loaded in an effect, so server
 * rendering outputs only the tag and its attributes, and an app that does not render a
 * `<PasswordMeter>` does not bundle the element.
 */
export function PasswordMeter(props: PasswordMeterProps): ReactElement {
  const ref = useRef<PassgateMeter>(null);
  const handlers = useRef(props);
  useEffect(() => {
    handlers.current = props;
  });
  const { checker, context } = props;
  const contextKey = stableKey(context);

  useEffect(() => {
    let live = true;
    const element = ref.current;
    const abort = new AbortController();
    void import("./meter.js").then(() => {
      if (!live || !element) return;
      // Set once the element is defined, so the properties reach its setters.
      element.context = context ?? {};
      if (checker) element.checker = checker;
      const { signal } = abort;
      element.addEventListener("passgate-change", (event) => handlers.current.onChange?.(event.detail), { signal });
      element.addEventListener(
        "passgate-ready",
        (event) => handlers.current.onReady?.((event as CustomEvent<{ checker: Checker }>).detail.checker),
        { signal },
      );
      element.addEventListener(
        "passgate-error",
        (event) => handlers.current.onError?.((event as CustomEvent<{ error: unknown }>).detail.error),
        { signal },
      );
      // A report made before the listeners were there.
      if (element.report) handlers.current.onChange?.({ report: element.report, breach: element.breach });
    });
    return () => {
      live = false;
      abort.abort();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [checker, contextKey]);

  return createElement("passgate-meter", {
    ref,
    id: props.id,
    className: props.className,
    for: props.htmlFor,
    policy: props.policy,
    "breach-endpoint": props.breachEndpoint,
    "breach-mode": props.breachMode,
    locale: props.locale,
  });
}
