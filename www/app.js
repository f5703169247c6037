// The demo reset page. It imports passgate exactly as a page without a bundler would (ES module
// files), lets <passgate-meter> do the live checking, and re-validates on submit with the same
// checker. Checking while typing sends nothing (a breach lookup sends a 5-hex-digit hash
// prefix); only submitting sends the password, to this demo's own server (POST /reset), as a
// real reset form does. A rejection from that server (a reused password) is shown through the
// meter. The password is never logged, stored, put in a URL or in an attribute.
//
// Languages: the switcher lists passgate's `locales`. The meter's `locale` attribute localizes
// the meter and every checker message; the page's own texts come from `strings.js`.
import { locales, presets } from "./passgate/index.js";
import "./passgate/meter.js";
import { pageStrings } from "./strings.js";

const $ = (id) => document.getElementById(id);
const form = $("reset");
const password = $("new-password");
const confirm = $("confirm-password");
const meter = $("meter");
const suggest = $("suggest");
const suggestNote = $("suggest-note");

/** The page's strings in the current language. */
let t = pageStrings.en;
const fill = (template, params) => template.replace(/\{(\w+)\}/g, (whole, key) => String(params[key] ?? whole));

// ---- demo settings: policy preset, breach source, language (all data-driven) ----

const presetSelect = $("preset");
presetSelect.replaceChildren(
  ...presets.map(({ id, title }) => {
    const option = new Option(title, id, false, id === meter.getAttribute("policy"));
    option.lang = "en"; // preset titles are English (from the Rust presets)
    return option;
  }),
);
presetSelect.addEventListener("change", () => meter.setAttribute("policy", presetSelect.value));

const breachSelect = $("breach-source");
breachSelect.value = meter.getAttribute("breach-endpoint") ?? "/";
breachSelect.addEventListener("change", () => meter.setAttribute("breach-endpoint", breachSelect.value));

const languageSelect = $("language");
languageSelect.replaceChildren(
  ...locales.map(({ id, name, dir }) => {
    const option = new Option(name, id, false, id === meter.getAttribute("locale"));
    option.lang = id; // each name is in its own language
    option.dir = dir;
    return option;
  }),
);
languageSelect.addEventListener("change", () => setLanguage(languageSelect.value));

/** Switches the page, the meter and its checker to a shipped locale. */
function setLanguage(id) {
  const locale = locales.find((l) => l.id === id) ?? locales[0];
  t = pageStrings[locale.id] ?? pageStrings.en;
  document.documentElement.lang = locale.id;
  document.documentElement.dir = locale.dir;
  document.title = t.title;
  for (const element of document.querySelectorAll("[data-i18n]")) element.textContent = t[element.dataset.i18n];
  meter.setAttribute("locale", locale.id); // the meter sets the checker's locale and re-renders
  if (meter.checker) describeChecker(meter.checker);
  if (!$("password-error").hidden) showError(password, $("password-error"), password.validationMessage);
  syncConfirm();
}

/** Called whenever the meter (re)builds its checker: show the policy. */
function describeChecker(checker) {
  const { preset } = checker.policy;
  $("policy-title").textContent = preset.title;
  const source = $("policy-source");
  source.textContent = preset.source;
  source.href = preset.url;
  $("policy-summary").textContent = preset.summary;

  $("breach-note").textContent = t.breachNote;
  suggestNote.textContent = suggested ? fill(t.suggested, suggested) : "";
}

meter.addEventListener("passgate-ready", (event) => {
  describeChecker(event.detail.checker);
  document.documentElement.dataset.ready = "true";
});
meter.addEventListener("passgate-error", (event) => {
  $("breach-note").textContent = fill(t.checkerFailed, { error: event.detail.error?.message ?? event.detail.error });
});

// ---- suggest a passphrase ----

/** The last suggestion's word count and entropy (never the passphrase), for its note. */
let suggested = null;

suggest.addEventListener("click", async () => {
  const checker = meter.checker;
  if (!checker) return;
  let result;
  try {
    result = await checker.generatePassphrase({ words: 5, separator: "-", capitalize: true, includeNumber: true });
  } catch (error) {
    suggestNote.textContent = fill(t.suggestFailed, { error: error.message });
    return;
  }
  password.value = result.passphrase;
  confirm.value = result.passphrase;
  meter.revealed = true; // so the person can read (and note) what was filled in
  for (const input of [password, confirm]) input.dispatchEvent(new Event("input", { bubbles: true }));
  meter.update();
  const words = Array.isArray(result.words) ? result.words.length : result.words;
  suggested = { words, bits: result.entropyBits.toFixed(2) };
  suggestNote.textContent = fill(t.suggested, suggested);
  password.focus();
});

// ---- confirm field and inline errors (shown once a field was left or a submit was tried) ----

function showError(input, element, message) {
  element.textContent = message;
  element.hidden = message === "";
  if (message) input.setAttribute("aria-invalid", "true");
  else input.removeAttribute("aria-invalid");
}

function syncConfirm() {
  confirm.setCustomValidity(confirm.value !== "" && confirm.value !== password.value ? t.mismatch : "");
  if (!$("confirm-error").hidden || confirm.dataset.touched) showError(confirm, $("confirm-error"), confirm.validationMessage);
}
password.addEventListener("input", syncConfirm);
confirm.addEventListener("input", syncConfirm);
confirm.addEventListener("blur", (event) => {
  // Leaving for the submit button: validation will show the error. Showing it now would move
  // the button between mousedown and mouseup, and the click would miss it.
  if (event.relatedTarget?.type === "submit") return;
  if (confirm.value !== "") confirm.dataset.touched = "true";
  syncConfirm();
});
meter.addEventListener("passgate-change", () => {
  if (!$("password-error").hidden) showError(password, $("password-error"), password.validationMessage);
});

// Native validation (the meter's setCustomValidity) fires `invalid`: mirror it as inline text.
password.addEventListener("invalid", () => showError(password, $("password-error"), password.validationMessage));
confirm.addEventListener("invalid", () => {
  confirm.dataset.touched = "true";
  showError(confirm, $("confirm-error"), confirm.validationMessage);
});

// ---- submit: re-validate with the same engine, then send it to the demo's server ----

/** POSTs the checked form of the password; resolves to a server rejection code, `null` or "failed". */
async function submitReset(checker) {
  try {
    const response = await fetch("/reset", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ password: checker.normalize(password.value) }),
      credentials: "same-origin",
      referrerPolicy: "no-referrer",
    });
    if (response.ok) return null;
    const body = await response.json().catch(() => ({}));
    return response.status === 409 && typeof body.code === "string" ? body.code : "failed";
  } catch {
    return "failed";
  }
}

form.addEventListener("submit", async (event) => {
  event.preventDefault(); // sent by fetch below, so the page can show the server's answer
  const checker = meter.checker;
  if (!checker) return;
  meter.update();
  const report = checker.check(password.value, meter.context);
  if (!report.ok) {
    // The checker's messages are in the meter's locale.
    showError(password, $("password-error"), report.violations[0]?.message ?? t.chooseDifferent);
    password.focus();
    return;
  }
  syncConfirm();
  if (password.value !== confirm.value) {
    confirm.dataset.touched = "true";
    showError(confirm, $("confirm-error"), t.mismatch);
    confirm.focus();
    return;
  }
  // Fail-open: a lookup that could not run ("unknown") does not block; the server checks again.
  const breach = await meter.checkBreach();
  if (breach?.status === "breached") {
    showError(password, $("password-error"), password.validationMessage || breach.message || t.chooseDifferent);
    password.focus();
    return;
  }
  const rejection = await submitReset(checker);
  if (rejection === "failed") {
    showError(password, $("password-error"), t.serverFailed);
    password.focus();
    return;
  }
  if (rejection) {
    // The meter shows it: the summary, and the input's validity message, in the meter's locale.
    meter.setServerRejection(rejection);
    showError(password, $("password-error"), password.validationMessage);
    password.focus();
    return;
  }
  form.reset();
  meter.revealed = false;
  meter.update();
  suggestNote.textContent = "";
  suggested = null;
  $("reset-view").hidden = true;
  $("success").hidden = false;
  $("success-title").focus();
});

$("start-over").addEventListener("click", () => {
  for (const [input, error] of [[password, "password-error"], [confirm, "confirm-error"]]) {
    showError(input, $(error), "");
    delete input.dataset.touched;
  }
  $("success").hidden = true;
  $("reset-view").hidden = false;
  password.focus();
});

if (meter.checker) {
  describeChecker(meter.checker);
  document.documentElement.dataset.ready = "true";
}
