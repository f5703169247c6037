// The demo imports passgate exactly as a page without a bundler would: an ES module file.
import { createChecker } from "./passgate/index.js";

const LABELS = ["Very weak", "Weak", "Fair", "Strong", "Very strong"];

const input = document.getElementById("new-password");
const meter = document.getElementById("meter");
const fill = document.getElementById("meter-fill");
const strengthText = document.getElementById("strength-text");
const feedback = document.getElementById("feedback");

const checker = await createChecker();

function render() {
  const password = input.value;
  if (password === "") {
    meter.setAttribute("aria-valuenow", "0");
    meter.setAttribute("aria-valuetext", "No password yet");
    fill.dataset.score = "0";
    fill.dataset.empty = "true";
    strengthText.textContent = "Strength: no password yet";
    feedback.replaceChildren();
    return;
  }
  const { strength } = checker.check(password);
  const label = LABELS[strength.score];
  meter.setAttribute("aria-valuenow", String(strength.score));
  meter.setAttribute("aria-valuetext", `${label} (${strength.score} of 4)`);
  fill.dataset.score = String(strength.score);
  delete fill.dataset.empty;
  strengthText.textContent = `Strength: ${label} · about ${strength.crackTimesDisplay.offlineSlowHashing1e4PerSecond} to crack offline`;
  const messages = [strength.feedback.warning, ...strength.feedback.suggestions].filter(Boolean);
  feedback.replaceChildren(
    ...messages.map(({ code, message }) => {
      const item = document.createElement("p");
      item.dataset.code = code;
      item.textContent = message;
      return item;
    }),
  );
}

input.addEventListener("input", render);
render();
document.documentElement.dataset.ready = "true";
