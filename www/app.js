// The demo reset page. It imports passgate exactly as a page without a bundler would (ES module
// files), lets <passgate-meter> do the live checking, and re-validates on submit with the same
// checker. The password is never logged, stored, put in a URL or in an attribute, nor sent.
import { presets } from "./passgate/index.js";
import { meterLocales } from "./passgate/meter.js";

const $ = (id) => document.getElementById(id);
const form = $("reset");
const password = $("new-password");
const confirm = $("confirm-password");
const meter = $("meter");
const suggest = $("suggest");
const suggestNote = $("suggest-note");

const MISMATCH = "The passwords don't match. Type the same password in both fields.";

// ---- demo settings: policy preset, breach source, language (all data-driven) ----

const presetSelect = $("preset");
presetSelect.replaceChildren(
  ...presets.map(({ id, title }) => new Option(title, id, false, id === meter.getAttribute("policy"))),
);
presetSelect.addEventListener("change", () => meter.setAttribute("policy", presetSelect.value));

const breachSelect = $("breach-source");
breachSelect.value = meter.getAttribute("breach-endpoint") ?? "/";
breachSelect.addEventListener("change", () => meter.setAttribute("breach-endpoint", breachSelect.value));

const languageSelect = $("language");
languageSelect.replaceChildren(
  ...Object.entries(meterLocales).map(([tag, strings]) => new Option(strings.name, tag, false, tag === meter.getAttribute("locale"))),
);
$("language-note").textContent =
  Object.keys(meterLocales).length > 1 ? "" : "More languages arrive with the translations: each is one entry in the meter's locale table.";
languageSelect.addEventListener("change", () => {
  meter.setAttribute("locale", languageSelect.value);
  document.documentElement.lang = languageSelect.value;
});

/** Called whenever the meter (re)builds its checker: show the policy and what the build supports. */
function describeChecker(checker) {
  const { preset } = checker.policy;
  $("policy-title").textContent = preset.title;
  const source = $("policy-source");
  source.textContent = preset.source;
  source.href = preset.url;
  $("policy-summary").textContent = preset.summary;

  $("breach-note").textContent =
    typeof checker.checkBreached === "function"
      ? "Checked once your password meets the policy and you pause typing; only a 5-character hash prefix is sent."
      : "This build of passgate has no breach lookup yet (checker.checkBreached); the offline common-password list still applies.";

  const canSuggest = typeof checker.generatePassphrase === "function";
  // aria-disabled (not disabled) keeps the button focusable, so its explanation can be read.
  suggest.setAttribute("aria-disabled", String(!canSuggest));
  if (!canSuggest) suggestNote.textContent = "Passphrase suggestions aren't available in this build of passgate yet.";
  else if (suggestNote.dataset.kind !== "result") suggestNote.textContent = "";
}

meter.addEventListener("passgate-ready", (event) => {
  describeChecker(event.detail.checker);
  document.documentElement.dataset.ready = "true";
});
meter.addEventListener("passgate-error", (event) => {
  $("breach-note").textContent = `The checker could not start: ${event.detail.error?.message ?? event.detail.error}`;
});

// ---- suggest a passphrase ----

suggest.addEventListener("click", () => {
  const checker = meter.checker;
  if (!checker || typeof checker.generatePassphrase !== "function") return;
  let result;
  try {
    result = checker.generatePassphrase({ words: 5, separator: "-", capitalize: true, includeNumber: true });
  } catch (error) {
    suggestNote.textContent = `Couldn't suggest a passphrase: ${error.message}`;
    return;
  }
  password.value = result.passphrase;
  confirm.value = result.passphrase;
  meter.revealed = true; // so the person can read (and note) what was filled in
  for (const input of [password, confirm]) input.dispatchEvent(new Event("input", { bubbles: true }));
  meter.update();
  const words = Array.isArray(result.words) ? result.words.length : result.words;
  suggestNote.dataset.kind = "result";
  suggestNote.textContent =
    `Filled in a ${words}-word passphrase with exactly ${result.entropyBits.toFixed(2)} bits of entropy. ` +
    "It is shown in the field: save it in your password manager.";
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
  confirm.setCustomValidity(confirm.value !== "" && confirm.value !== password.value ? MISMATCH : "");
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

// ---- submit: re-validate with the same engine; nothing is sent ----

form.addEventListener("submit", async (event) => {
  event.preventDefault(); // the demo has no backend
  const checker = meter.checker;
  if (!checker) return;
  meter.update();
  const report = checker.check(password.value, meter.context);
  if (!report.ok) {
    showError(password, $("password-error"), report.violations[0]?.message ?? "Choose a different password.");
    password.focus();
    return;
  }
  syncConfirm();
  if (password.value !== confirm.value) {
    confirm.dataset.touched = "true";
    showError(confirm, $("confirm-error"), MISMATCH);
    confirm.focus();
    return;
  }
  const breach = await meter.checkBreach();
  if (breach?.status === "breached") {
    showError(password, $("password-error"), password.validationMessage || "This password appears in known data breaches.");
    password.focus();
    return;
  }
  form.reset();
  meter.revealed = false;
  meter.update();
  suggestNote.textContent = "";
  delete suggestNote.dataset.kind;
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
