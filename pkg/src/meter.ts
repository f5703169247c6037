// <passgate-meter>: a drop-in strength meter and live policy checklist for an existing
// <input type="password">. Importing this module registers the element (a side effect).
//
// Light DOM on purpose: the input lives in the page, and ARIA id references (aria-describedby,
// aria-controls) cannot cross a shadow root. The default styles are `meter-styles.ts`; the
// breach-lookup state (one lookup per candidate, retry, supersession) is `breach-lookup.ts`,
// free of the DOM and tested in Node; this file is the element: wiring and rendering.
//
// Language: the `locale` attribute picks one of the shipped `locales`. The checker renders every
// coded message (rules, violations, feedback, advice, breach verdicts) in it through
// `setLocale`; `meter-locales.ts` holds only the element's own interface strings.
//
// Privacy: the element keeps no copy of the password. The last breach result is keyed by a
// salted digest of the candidate (`BreachLookup`); repeated lookups of a prefix are answered by the checker's
// range cache without a request.
//
// Loading: the element imports no checker until it needs one. Its own checker comes from the
// full build with `load: "staged"` (or from `passgate/lite` with `build="lite"`), so the
// checklist works from the first keystroke and the strength bar fills in when the
// dictionaries arrive; until then it says it is loading.
import type { Checker } from "./checker.js";
import type { BreachVerdict, CheckerOptions, Context, Report, ServerRejection } from "./types/index.js";
import { BreachLookup } from "./breach-lookup.js";
import { fillTemplate, meterLocaleFor, meterLocales, plural, type MeterLocale, type MeterStrings } from "./meter-locales.js";
import { adoptStyles } from "./meter-styles.js";
// The rest of this module's static graph, imported here too, so that a browser
// without a bundler requests it in one round trip rather than one per level of imports
// (ARCHITECTURE.md, "Each entry's imports are one level deep").
import "./i18n/locales.js";
import "./i18n/en.js";
import "./types/messages.js";
// And the modules both builds' checkers are made of (a page that hands the element its own
// checker has loaded them too), so that the build imported on connecting is one request more.
import "./checker.js";
import "./factory.js";
import "./i18n/format.js";
import "./i18n/localize.js";
import "./range-fetch.js";
import "./schema.js";
import "./types/presets.js";
import "./wasm/passgate.js";

export { meterLocales, type MeterLocale, type MeterStrings } from "./meter-locales.js";

/** Result of a breach lookup: the checker's `BreachVerdict`, with `message` in the meter's locale. */
export type BreachResult = BreachVerdict;

/** `detail` of the `passgate-change` event. */
export interface MeterChangeDetail {
  /** The report of the current value (never the password itself). */
  report: MeterReport;
  /** The breach result for the current value, once known; `null` before or without a lookup. */
  breach: BreachResult | null;
}

/** Parts of the API that a checker given through `checker` may lack: detected at run time. */
interface OptionalApi {
  serverRejection?: Checker["serverRejection"];
  checkBreached?: (password: string) => Promise<BreachResult>;
  setLocale?: (locale: string) => Promise<void> | void;
  strengthReady?: Promise<boolean>;
  wordsReady?: Promise<boolean>;
}
/**
 * The report the element renders: the generated `Report` (its `strength` is `null` for a lite
 * checker, and for a staged one until the dictionaries arrive).
 */
export type MeterReport = Report;


/** Rendering waits for typing to pause this long (ms). */
const RENDER_DELAY = 150;
/** The live region speaks only after typing has paused this long (ms). */
const ANNOUNCE_DELAY = 1000;
/** A breach lookup waits for a pause this long after the policy passes (ms). */
const BREACH_DELAY = 800;

const CONTEXT_ATTRIBUTES = {
  username: "username",
  email: "email",
  "first-name": "firstName",
  "last-name": "lastName",
  tenant: "tenant",
} as const;


const SVG = "http://www.w3.org/2000/svg";
// Shapes differ (tick vs cross), so the state never rests on colour alone.
const ICON_PATHS = { met: "M3 8.5l3.2 3.2L13 4.8", unmet: "M4 4l8 8M12 4l-8 8" };

let uid = 0;
const BaseElement = (globalThis.HTMLElement ?? class {}) as typeof HTMLElement;

/**
 * `<passgate-meter for="new-password" policy="microsoft-entra">`: strength meter, rule checklist,
 * feedback, passphrase advice and breach status for the password input whose id is `for`.
 *
 * Attributes: `for`, `policy` (preset id), `breach-endpoint` (HIBP-compatible base URL, or a
 * static mirror's URL template with `{prefix}`; no lookups without it), `breach-mode` (`sha1` |
 * `ntlm`), `build` (`lite`: the element's own checker comes from `passgate/lite`, without a
 * strength bar), `locale` (a shipped locale, see
 * `locales`; sets the element's `lang` and `dir` and the checker's `setLocale`), and context
 * words `username`, `email`, `first-name`, `last-name`, `tenant`.
 * Properties: `context`, `checker` (use your own Checker instead of `policy`), `report`, `breach`,
 * `revealed`. Methods: `update()`, `checkBreach()`.
 * Events: `passgate-change` (bubbles; `detail: { report, breach }`), `passgate-ready`
 * (`detail: { checker }`), `passgate-error` (`detail: { error }`).
 */
export class PassgateMeter extends BaseElement {
  static observedAttributes = ["for", "policy", "breach-endpoint", "breach-mode", "build", "locale", ...Object.keys(CONTEXT_ATTRIBUTES)];

  #input: HTMLInputElement | null = null;
  #checker: Checker | null = null;
  /** A server rejection and the key of the value it is about. */
  #server: { code: ServerRejection; key: string } | null = null;
  #ownChecker = true;
  /** The checker's strength dictionaries are still on their way. */
  #strengthPending = false;
  #buildSeq = 0;
  #context: Context = {};
  #locale: MeterLocale = meterLocaleFor("en");
  /** Counts locale changes, so that a catalogue arriving late cannot undo a later one. */
  #localeRequest = 0;
  /** A `setLocale` of the meter's is still loading its catalogue (`#switchToken` names the last). */
  #switching = false;
  #switchToken = 0;
  #report: MeterReport | null = null;
  #renderTimer: ReturnType<typeof setTimeout> | undefined;
  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  #breachTimer: ReturnType<typeof setTimeout> | undefined;
  #lastAnnounced = "";
  /** The last breach lookup, keyed by a salted digest of the candidate (never the password). */
  readonly #lookups = new BreachLookup();
  #retrying = false;
  #abort: AbortController | null = null;
  #parts: {
    fill: HTMLElement;
    bar: HTMLElement;
    toggle: HTMLButtonElement;
    strength: HTMLElement;
    summary: HTMLElement;
    rules: HTMLUListElement;
    feedback: HTMLElement;
    advice: HTMLElement;
    adviceList: HTMLUListElement;
    breach: HTMLElement;
    breachText: HTMLElement;
    retry: HTMLButtonElement;
    live: HTMLElement;
  } | null = null;

  connectedCallback(): void {
    adoptStyles(this.ownerDocument);
    this.#applyLocale();
    this.#renderSkeleton();
    this.#attach();
    if (this.#ownChecker && !this.#checker) this.#build();
  }

  disconnectedCallback(): void {
    this.#detach();
    for (const timer of [this.#renderTimer, this.#announceTimer, this.#breachTimer]) clearTimeout(timer);
  }

  attributeChangedCallback(name: string, previous: string | null, value: string | null): void {
    if (previous === value || !this.isConnected) return;
    if (name === "for") {
      this.#detach();
      this.#attach();
    } else if (name === "locale") {
      this.#applyLocale(true);
    } else if (name in CONTEXT_ATTRIBUTES) {
      this.update();
    } else if (this.#ownChecker) {
      this.#build(); // policy or breach settings changed
    }
  }

  /** Facts about the user the password must not be built from; merged over the attributes. */
  get context(): Context {
    return { ...this.#attributeContext(), ...this.#context };
  }
  set context(value: Context | null | undefined) {
    this.#context = { ...(value ?? {}) };
    this.update();
  }

  /** The checker in use (`null` while loading). Setting one overrides `policy` and `breach-*`. */
  get checker(): Checker | null {
    return this.#checker;
  }
  set checker(value: Checker | null) {
    this.#buildSeq++; // drop any build in flight
    this.#ownChecker = value === null;
    this.#useChecker(value);
    if (value === null && this.isConnected) this.#build();
  }

  /** The report of the current value, after the last update (`strength` `null` while it loads). */
  get report(): MeterReport | null {
    return this.#report;
  }

  /**
   * Shows a rejection only your server can make (`passwordReused`, `changedTooRecently`,
   * `accountPolicy`) for the current value: the summary says it and the input is invalid with
   * its message, in the meter's locale, until the value is edited. `null` clears it.
   *
   * @throws `Error` with `code` `"invalidArgument"` for an unknown code (see
   *   `checker.serverRejection`).
   */
  setServerRejection(code: ServerRejection | null): void {
    const checker = this.#checker as (Checker & OptionalApi) | null;
    if (code !== null && typeof checker?.serverRejection === "function") checker.serverRejection(code); // validates it
    const value = this.#input?.value ?? "";
    this.#server = code === null || value === "" ? null : { code, key: this.#key(value) };
    this.update();
  }

  /** The server rejection shown for the current value (`{ code, message }`), if any. */
  get serverRejection(): { code: ServerRejection; message: string } | null {
    const value = this.#input?.value;
    const server = this.#server;
    const checker = this.#checker as (Checker & OptionalApi) | null;
    if (!value || !server || server.key !== this.#key(value) || typeof checker?.serverRejection !== "function") return null;
    return checker.serverRejection(server.code);
  }

  /** The breach result for the current value, if a lookup finished. */
  get breach(): BreachResult | null {
    const value = this.#input?.value;
    return value ? this.#lookups.resultFor(value) : null;
  }

  /** Whether the password is shown as text (the toggle button's state). */
  get revealed(): boolean {
    return this.#input?.type === "text";
  }
  set revealed(value: boolean) {
    if (!this.#input || !this.#parts) return;
    this.#input.type = value ? "text" : "password";
    this.#parts.toggle.setAttribute("aria-pressed", String(value));
  }

  /** Checks the current value now (skipping the debounce) and renders it. */
  update(): void {
    clearTimeout(this.#renderTimer);
    this.#renderTimer = undefined;
    if (!this.#input || !this.#checker || !this.#parts) return;
    const password = this.#input.value;
    let report: MeterReport;
    try {
      report = this.#checker.check(password, this.context) as unknown as MeterReport;
    } catch (error) {
      this.#fail(error); // only a bad context can throw
      return;
    }
    this.#report = report;
    this.#render(report, password);
    this.#scheduleAnnouncement();
  }

  /**
   * Looks the current value up in known breaches, if the checker supports it, a
   * `breach-endpoint` is set and the policy passes. One lookup per candidate: a later call for
   * the same value returns its result (also a failed one, which only the retry button or a
   * changed value repeats). Never rejects.
   */
  async checkBreach(): Promise<BreachResult | null> {
    if (this.#renderTimer !== undefined) this.update();
    clearTimeout(this.#breachTimer);
    const candidate = this.#input?.value ?? "";
    const api = this.#checker as (Checker & OptionalApi) | null;
    if (!candidate || !this.#report?.ok || typeof api?.checkBreached !== "function" || !this.#breachEnabled()) {
      return null;
    }
    const { promise, started } = this.#lookups.lookup(candidate, (value) => api.checkBreached(value), {
      retry: this.#retrying,
      settled: (result) => {
        if (!this.#lookups.isFor(this.#input?.value ?? "")) return;
        this.#showBreach(result);
        this.#applyValidity(this.#report, this.#input?.value ?? "");
        this.#dispatchChange();
        this.#scheduleAnnouncement();
      },
    });
    if (started) this.#showBreach(null);
    return promise;
  }

  // ---- set-up ----

  #attributeContext(): Context {
    const context: Record<string, string> = {};
    for (const [attribute, key] of Object.entries(CONTEXT_ATTRIBUTES)) {
      const value = this.getAttribute(attribute);
      if (value) context[key] = value;
    }
    return context as Context;
  }

  #breachEnabled(): boolean {
    return this.#ownChecker ? this.hasAttribute("breach-endpoint") : true;
  }

  #build(): void {
    const seq = ++this.#buildSeq;
    const options: CheckerOptions & { breach?: unknown } = {};
    const preset = this.getAttribute("policy");
    if (preset) options.policy = { preset };
    const endpoint = this.getAttribute("breach-endpoint");
    if (endpoint !== null) {
      options.breach = {
        // Resolved against the page; the URL parser escapes a template's braces, so undo that.
        endpoint: new URL(endpoint || "/", this.ownerDocument.baseURI).href
          .replace(/%7B(prefix|mode)%7D/gi, "{$1}")
          .replace(/\/+$/, ""),
        mode: this.getAttribute("breach-mode") === "ntlm" ? "ntlm" : "sha1",
        padding: true,
      };
    }
    // Imported on first use, so a page that hands the element its own checker loads neither build.
    const build = this.getAttribute("build") === "lite" ? import("./lite/index.js") : import("./index.js");
    build
      .then(({ createChecker }) => createChecker({ ...options, locale: meterLocaleFor(this.getAttribute("locale")).id, load: "staged" } as never) as Promise<Checker>)
      .then(
        (checker) => {
          if (seq === this.#buildSeq) this.#useChecker(checker);
        },
        (error: unknown) => {
          if (seq === this.#buildSeq) this.#fail(error);
        },
      );
  }

  #useChecker(checker: Checker | null): void {
    this.#checker = checker;
    this.#lookups.clear();
    this.#strengthPending = false;
    if (this.#parts) this.#parts.breach.hidden = true;
    if (!checker) return;
    const ready = (checker as Checker & OptionalApi).strengthReady;
    if (ready && typeof ready.then === "function") {
      this.#strengthPending = true;
      void ready.then(() => {
        if (this.#checker !== checker) return;
        this.#strengthPending = false;
        this.update();
      });
    }
    // The passphrase advice may change once the word list is in.
    const words = (checker as Checker & OptionalApi).wordsReady;
    if (words && typeof words.then === "function") {
      void words.then(() => {
        if (this.#checker === checker) this.update();
      });
    }
    // A new checker takes the language the `locale` attribute asks for (a switch under way
    // for the previous checker is not lost).
    this.#switching = false;
    this.#switchToken++;
    this.#applyLocale(true);
    this.dispatchEvent(new CustomEvent("passgate-ready", { bubbles: true, detail: { checker } }));
    this.update();
  }

  #fail(error: unknown): void {
    this.#input?.setCustomValidity("");
    this.dispatchEvent(new CustomEvent("passgate-error", { bubbles: true, detail: { error } }));
  }

  #attach(): void {
    const id = this.getAttribute("for");
    const root = this.getRootNode() as Document | ShadowRoot;
    const found = id ? root.getElementById?.(id) : null;
    if (!(found instanceof HTMLInputElement)) {
      if (id && this.ownerDocument.readyState === "loading") {
        this.ownerDocument.addEventListener("DOMContentLoaded", () => this.isConnected && this.#attach(), { once: true });
      }
      return;
    }
    const input = found;
    this.#input = input;
    this.#abort = new AbortController();
    const { signal } = this.#abort;
    input.addEventListener("input", () => this.#onInput(), { signal });
    input.addEventListener("blur", () => void this.#settle(), { signal });
    // Before the form validates (click on a submit button, or Enter's implicit submission,
    // which also clicks it): bring the validity up to date.
    input.form?.addEventListener(
      "click",
      (event) => {
        const target = event.target as HTMLElement | null;
        if (target?.closest("button[type=submit], button:not([type]), input[type=submit]")) void this.#settle();
      },
      { capture: true, signal },
    );
    input.addEventListener("keydown", (event) => event.key === "Enter" && this.update(), { signal });
    // A shown password is hidden again when the form is sent (the browser may keep the page).
    input.form?.addEventListener("submit", () => (this.revealed = false), { signal });
    if (this.#parts) {
      this.#parts.toggle.setAttribute("aria-controls", input.id);
      this.#parts.toggle.addEventListener("click", () => (this.revealed = !this.revealed), { signal });
      this.#parts.retry.addEventListener("click", () => this.#retry(), { signal });
      const described = (input.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean);
      for (const part of [this.#parts.summary.id, this.#parts.rules.id]) {
        if (!described.includes(part)) described.push(part);
      }
      input.setAttribute("aria-describedby", described.join(" "));
    }
    this.update();
  }

  #detach(): void {
    this.#abort?.abort();
    this.#abort = null;
    if (this.#input && this.#parts) {
      const mine = [this.#parts.summary.id, this.#parts.rules.id];
      const rest = (this.#input.getAttribute("aria-describedby") ?? "").split(/\s+/).filter((id) => id && !mine.includes(id));
      if (rest.length) this.#input.setAttribute("aria-describedby", rest.join(" "));
      else this.#input.removeAttribute("aria-describedby");
      this.#input.setCustomValidity("");
      this.#input.removeAttribute("aria-invalid");
    }
    this.#input = null;
  }

  // ---- events ----

  #onInput(): void {
    this.#server = null; // a server rejection is about the value it was given for
    clearTimeout(this.#renderTimer);
    clearTimeout(this.#breachTimer);
    this.#renderTimer = setTimeout(() => this.update(), RENDER_DELAY);
    this.#breachTimer = setTimeout(() => void this.checkBreach(), BREACH_DELAY);
  }

  /** Blur or submit: render now and start the breach lookup if the policy passes. */
  async #settle(): Promise<void> {
    if (this.#renderTimer !== undefined) this.update();
    await this.checkBreach();
  }

  #retry(): void {
    if (this.#parts?.retry.getAttribute("aria-disabled") === "true") return;
    this.#lookups.clear();
    this.#retrying = true;
    void this.checkBreach();
    this.#retrying = false;
  }

  // ---- language and privacy ----

  /**
   * Resolves the `locale` attribute. The meter speaks one language at a time: when the
   * checker's catalogue has to load first, the meter's own strings, `lang` and `dir` switch
   * together with the checker's messages once it is in (a later change wins), and stay as
   * they were if it cannot load.
   */
  #applyLocale(rerender = false): void {
    const next = meterLocaleFor(this.getAttribute("locale"));
    const request = ++this.#localeRequest;
    const api = this.#checker;
    const loading = this.#localizeChecker(next.id);
    if (!loading || !api) {
      this.#showLocale(next, rerender);
      return;
    }
    // Until the catalogue is in, the meter speaks the checker's language (and stays in it if
    // the catalogue cannot load).
    const current = meterLocaleFor(api.locale);
    if (current.id !== this.#locale.id) this.#showLocale(current, rerender);
    void loading.then(
      () => {
        if (request !== this.#localeRequest || this.#checker !== api) return;
        this.#showLocale(next, true);
      },
      (error: unknown) => {
        if (request === this.#localeRequest && this.#checker === api) this.#fail(error);
      },
    );
  }

  #showLocale(next: MeterLocale, rerender: boolean): void {
    this.#locale = next;
    if (this.hasAttribute("locale")) {
      this.lang = next.id;
      this.dir = next.dir;
    }
    if (!rerender) return;
    this.#renderSkeleton(true);
    this.update();
    void this.#relocalizeBreach();
  }

  /**
   * The meter's own checker always follows its locale; a given one only if `locale` is set.
   * Returns the pending switch when the checker has to load a catalogue first.
   */
  #localizeChecker(id: string): Promise<void> | null {
    const api = this.#checker as (Checker & OptionalApi) | null;
    if (!api || typeof api.setLocale !== "function") return null;
    if (!this.#ownChecker && !this.hasAttribute("locale")) return null;
    // A switch still loading must be superseded even by the language the checker has now.
    if (api.locale === id && !this.#switching) return null;
    const switched = api.setLocale(id);
    const token = ++this.#switchToken;
    this.#switching = !!switched && typeof switched.then === "function" && api.locale !== id;
    if (!this.#switching) return null;
    const settle = (): void => {
      if (token === this.#switchToken) this.#switching = false;
    };
    return (switched as Promise<void>).then(settle, (error: unknown) => {
      settle();
      throw error;
    });
  }

  /**
   * After a locale change, asks the checker again for the shown verdict so its message is in
   * the new language. A valid range is cached by the checker, so this sends no request; a
   * failed lookup is not repeated (its text is the meter's own).
   */
  async #relocalizeBreach(): Promise<void> {
    const api = this.#checker as (Checker & OptionalApi) | null;
    const value = this.#input?.value ?? "";
    const shown = this.#lookups.resultFor(value);
    if (!shown || shown.status === "unknown" || typeof api?.checkBreached !== "function") return;
    const again = await api.checkBreached(value).catch(() => null);
    if (!again || !this.#lookups.replace(value, again)) return;
    if (!this.#lookups.isFor(this.#input?.value ?? "")) return;
    this.#showBreach(again);
    this.#applyValidity(this.#report, this.#input?.value ?? "");
  }


  /** A salted 64-bit digest of a candidate: tells values apart without keeping them. */
  #key(value: string): string {
    return this.#lookups.key(value);
  }

  // ---- rendering ----

  #renderSkeleton(force = false): void {
    if (this.#parts && !force) return;
    const s = this.#locale.strings;
    const id = `passgate-meter-${++uid}`;
    const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] => {
      const node = this.ownerDocument.createElement(tag);
      node.className = className;
      return node;
    };
    const row = el("div", "passgate-row");
    const bar = el("div", "passgate-bar");
    bar.setAttribute("role", "meter");
    bar.setAttribute("aria-label", s.strengthLabel);
    bar.setAttribute("aria-valuemin", "0");
    bar.setAttribute("aria-valuemax", "4");
    bar.setAttribute("aria-valuenow", "0");
    bar.setAttribute("aria-valuetext", s.noPassword);
    const fill = el("div", "passgate-fill");
    fill.dataset.score = "0";
    fill.dataset.empty = "";
    bar.append(fill);
    const toggle = el("button", "passgate-toggle");
    toggle.type = "button";
    toggle.setAttribute("aria-pressed", String(this.revealed));
    const box = el("span", "passgate-box");
    box.setAttribute("aria-hidden", "true");
    toggle.append(box, s.showPassword);
    if (this.#input) toggle.setAttribute("aria-controls", this.#input.id);
    row.append(bar, toggle);

    const strength = el("p", "passgate-strength");
    strength.textContent = s.noPassword;
    const summary = el("p", "passgate-summary");
    summary.id = `${id}-summary`;
    const rules = el("ul", "passgate-rules");
    rules.id = `${id}-rules`;
    rules.setAttribute("aria-label", s.requirements);
    const feedback = el("p", "passgate-feedback");
    feedback.hidden = true;
    const advice = el("div", "passgate-advice");
    advice.hidden = true;
    const adviceTitle = el("p", "passgate-advice-title");
    adviceTitle.textContent = s.passphraseAdvice;
    const adviceList = el("ul", "");
    advice.append(adviceTitle, adviceList);
    const breach = el("div", "passgate-breach");
    breach.hidden = true;
    const breachText = el("span", "passgate-breach-text");
    const retry = el("button", "passgate-retry");
    retry.type = "button";
    retry.textContent = s.breachRetry;
    retry.hidden = true;
    breach.append(breachText, retry);
    // The one live region: it exists before any text goes in, so screen readers pick it up.
    const live = el("div", "passgate-hidden");
    live.setAttribute("role", "status");
    live.setAttribute("aria-live", "polite");
    live.setAttribute("aria-atomic", "true");

    const old = this.#parts;
    this.#parts = { fill, bar, toggle, strength, summary, rules, feedback, advice, adviceList, breach, breachText, retry, live };
    this.replaceChildren(row, strength, summary, rules, feedback, advice, breach, live);
    if (old && this.#input) {
      // Re-wire the new buttons (locale change) by re-attaching.
      const input = this.#input;
      this.#detach();
      this.#input = input;
      this.#attach();
    }
  }

  #render(report: MeterReport, password: string): void {
    const parts = this.#parts;
    if (!parts) return;
    const s = this.#locale.strings;
    const empty = password === "";
    const strength = report.strength ?? null;
    // No bar at all for a build without strength; a loading one says so.
    const loading = strength === null && this.#strengthPending;
    parts.bar.hidden = strength === null && !loading;
    parts.strength.hidden = parts.bar.hidden;
    const score = strength?.score ?? 0;
    const label = s.scores[score] ?? String(score);
    parts.bar.setAttribute("aria-valuenow", empty ? "0" : String(score));
    parts.bar.setAttribute(
      "aria-valuetext",
      empty ? s.noPassword : loading ? s.strengthLoading : fillTemplate(s.valueText, { label, score }),
    );
    parts.fill.dataset.score = String(score);
    if (empty || strength === null) parts.fill.dataset.empty = "";
    else delete parts.fill.dataset.empty;
    parts.strength.textContent = empty ? s.noPassword : loading ? s.strengthLoading : fillTemplate(s.strengthLine, { label });

    // The headline: unmet requirements first, so "very strong" is never read as "accepted".
    const met = report.rules.filter((rule) => rule.passed).length;
    const unmet = report.rules.length - met;
    const server = empty ? null : this.serverRejection;
    parts.summary.textContent = server
      ? server.message
      : !empty && unmet > 0
        ? plural(s.unmet, unmet, this.#locale.id)
        : fillTemplate(s.summary, { met, total: report.rules.length });
    parts.rules.replaceChildren(
      ...report.rules.map((rule) => {
        const item = this.ownerDocument.createElement("li");
        item.dataset.rule = rule.rule;
        item.dataset.passed = String(rule.passed);
        const prefix = this.ownerDocument.createElement("span");
        prefix.className = "passgate-hidden";
        prefix.textContent = `${rule.passed ? s.met : s.notMet} `;
        const text = this.ownerDocument.createElement("span");
        text.className = "passgate-rule-text";
        text.textContent = rule.message;
        item.append(icon(this.ownerDocument, rule.passed), prefix, text);
        const why = empty ? [] : explanations(report.violations.find((v) => v.rule === rule.rule));
        if (why.length > 0) {
          const list = this.ownerDocument.createElement("ul");
          list.className = "passgate-why";
          for (const line of why) list.append(Object.assign(this.ownerDocument.createElement("li"), { textContent: line }));
          item.append(list);
        }
        return item;
      }),
    );

    const hint = empty || !strength ? null : (strength.feedback.warning ?? strength.feedback.suggestions[0] ?? null);
    parts.feedback.hidden = hint === null;
    parts.feedback.dataset.code = hint?.code ?? "";
    parts.feedback.textContent = hint?.message ?? "";

    const advice = empty ? [] : (report.passphrase?.advice ?? []);
    parts.advice.hidden = advice.length === 0;
    parts.adviceList.replaceChildren(
      ...advice.map((item) => {
        const li = this.ownerDocument.createElement("li");
        li.dataset.code = item.code;
        li.textContent = item.message;
        return li;
      }),
    );

    if (report.ok && password !== "" && this.#lookups.isFor(password)) {
      this.#showBreach(this.#lookups.resultFor(password));
    } else {
      // Once the policy passes, the breach line takes its place at once (as "pending"), so the
      // lookup on pause or blur does not move the form under the pointer.
      const pending = report.ok && password !== "" && this.#breachEnabled();
      this.#hideRetry();
      parts.breach.hidden = !pending;
      parts.breach.dataset.status = "pending";
      parts.breachText.textContent = pending ? s.breachPending : "";
    }
    this.#applyValidity(report, password);
    this.#dispatchChange();
  }

  #applyValidity(report: MeterReport | null, password: string): void {
    if (!this.#input || !report) return;
    // An empty field is left to `required`; a violation explains itself in its message.
    let message = "";
    const first = report.violations[0];
    const breach = password !== "" ? this.breach : null;
    const server = password !== "" ? this.serverRejection : null;
    if (password !== "" && server) message = server.message;
    else if (password !== "" && first) {
      message = first.code === "bannedWordScore" ? [first.message, ...explanations(first)].join(" ") : first.message;
    }
    else if (breach?.status === "breached") message = breach.message;
    this.#input.setCustomValidity(message);
    if (message) this.#input.setAttribute("aria-invalid", "true");
    else this.#input.removeAttribute("aria-invalid");
    // The bar's colour follows the form's verdict, not the strength alone.
    this.#parts?.fill.toggleAttribute("data-refused", message !== "");
  }

  /** Shows a verdict (its message from the checker), or "checking" for `null`. */
  #showBreach(result: BreachResult | null): void {
    const parts = this.#parts;
    if (!parts) return;
    const s = this.#locale.strings;
    parts.breach.hidden = false;
    parts.breach.dataset.status = result?.status ?? "checking";
    if (result?.status === "unknown" || (result === null && this.#lookups.retrying)) {
      // While a retry runs, its button stays where it is (disabled), keeping the focus.
      parts.retry.hidden = false;
      if (result === null) parts.retry.setAttribute("aria-disabled", "true");
      else parts.retry.removeAttribute("aria-disabled");
    } else this.#hideRetry();
    if (result === null) parts.breachText.textContent = s.breachChecking;
    else if (result.status === "unknown") parts.breachText.textContent = s.breachUnknown;
    else parts.breachText.textContent = result.message;
  }

  /** Hides the retry button; focus on it moves to the input rather than to the page. */
  #hideRetry(): void {
    const retry = this.#parts?.retry;
    if (!retry || retry.hidden) return;
    const focused = retry.ownerDocument.activeElement === retry;
    retry.hidden = true;
    retry.removeAttribute("aria-disabled");
    if (focused) this.#input?.focus();
  }

  #dispatchChange(): void {
    if (!this.#report) return;
    const detail: MeterChangeDetail = { report: this.#report, breach: this.breach };
    this.dispatchEvent(new CustomEvent("passgate-change", { bubbles: true, composed: true, detail }));
  }

  /** Speaks the summary once typing pauses, and only when it changed. */
  #scheduleAnnouncement(): void {
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      const parts = this.#parts;
      const report = this.#report;
      if (!parts || !report || !this.#input || this.#input.value === "") return;
      const s = this.#locale.strings;
      const summary = parts.summary.textContent ?? "";
      const strength = report.strength ?? null;
      let text = strength
        ? fillTemplate(s.announcement, { summary, label: (s.scores[strength.score] ?? "").toLowerCase() })
        : summary;
      const breach = this.breach;
      if (breach && !parts.breach.hidden) text += `. ${parts.breachText.textContent ?? ""}`;
      if (text === this.#lastAnnounced) return;
      this.#lastAnnounced = text;
      parts.live.textContent = text;
    }, ANNOUNCE_DELAY);
  }
}

/**
 * Why a violation counts, where the report says more than its message: each banned term's
 * source and match ("“northwind” is your organisation's name"), or the context field a word
 * came from (already in a context-word violation's message, which the checklist item lacks).
 */
function explanations(violation: MeterReport["violations"][number] | undefined): string[] {
  if (violation?.code === "bannedWordScore") return violation.terms.map((term) => term.message);
  if (violation?.code === "containsContextWord") return [violation.message];
  return [];
}

function icon(doc: Document, passed: boolean): SVGSVGElement {
  const svg = doc.createElementNS(SVG, "svg");
  svg.setAttribute("class", "passgate-icon");
  svg.setAttribute("viewBox", "0 0 16 16");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  const path = doc.createElementNS(SVG, "path");
  path.setAttribute("d", passed ? ICON_PATHS.met : ICON_PATHS.unmet);
  path.setAttribute("fill", "none");
  path.setAttribute("stroke", "currentColor");
  path.setAttribute("stroke-width", "2.2");
  path.setAttribute("stroke-linecap", "round");
  path.setAttribute("stroke-linejoin", "round");
  svg.append(path);
  return svg;
}

declare global {
  interface HTMLElementTagNameMap {
    "passgate-meter": PassgateMeter;
  }
  interface HTMLElementEventMap {
    "passgate-change": CustomEvent<MeterChangeDetail>;
  }
}

if (globalThis.customElements && !customElements.get("passgate-meter")) {
  customElements.define("passgate-meter", PassgateMeter);
}

/** Locale tags the element ships strings for. */
export const meterLocaleTags: readonly string[] = Object.keys(meterLocales);
