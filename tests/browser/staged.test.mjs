// The meter before and without the strength dictionaries, and its combined verdict: the
// checklist works while the dictionaries are slow to arrive, a lite checker gets no bar, and a
// password the form will refuse never looks accepted.
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { test } from "node:test";
import { loadDemo, screenshot, useDemo } from "./harness.mjs";

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
/** How long the dictionaries' response is held back. */
const DICTIONARY_DELAY_MS = 5000;

const demo = useDemo();

const text = (page, selector) => page.locator(`passgate-meter ${selector}`).textContent();

test("the checklist works from the first keystroke while the dictionaries take 5 s; then the bar fills in", async () => {
  const page = await demo.newPage({ bypassCSP: true });
  const fetched = [];
  /** Requests and finished responses, in order: `["request" | "finished", path]`. */
  const events = [];
  page.on("request", (request) => events.push(["request", new URL(request.url()).pathname]));
  page.on("requestfinished", (request) => {
    fetched.push(new URL(request.url()).pathname);
    events.push(["finished", new URL(request.url()).pathname]);
  });
  // The strength module and its dictionaries, both held back.
  await page.route(/\/(engine\/passgate_bg\.wasm|strength\.txt)$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, DICTIONARY_DELAY_MS));
    await route.continue();
  });
  const started = Date.now();
  await loadDemo(page, demo.url, { strength: false });
  await page.getByLabel("New password").pressSequentially("abc");
  const typed = Date.now();
  // (An empty field fails minLength too: wait for the text of a rendered value.)
  await page.waitForFunction(
    () => /not met$/.test(document.querySelector("passgate-meter .passgate-summary")?.textContent ?? ""),
    null,
    { timeout: 1000 },
  );
  assert.ok(Date.now() - typed < 1000, "the checklist follows typing within a second");
  assert.ok(Date.now() - started < DICTIONARY_DELAY_MS, "…and before the dictionaries could have arrived");
  assert.ok(!fetched.some((path) => path.endsWith("/strength.txt")), "the dictionaries are still on their way");
  // They take no bandwidth from the policy module: requested only once it is in.
  const policyIn = events.findIndex(([kind, path]) => kind === "finished" && path.endsWith("/wasm/passgate_bg.wasm"));
  const strengthAsked = events.findIndex(([kind, path]) => kind === "request" && /\/(engine\/|strength\.txt$)/.test(path));
  assert.ok(policyIn >= 0 && strengthAsked > policyIn, `the strength files are requested after the policy module: ${JSON.stringify(events)}`);
  assert.equal(await text(page, ".passgate-strength"), "Strength: loading…");
  const meter = page.getByRole("meter", { name: "Password strength" });
  assert.equal(await meter.getAttribute("aria-valuetext"), "Strength: loading…");
  assert.equal(await page.locator("passgate-meter .passgate-fill").getAttribute("data-empty"), "");
  assert.match(await text(page, ".passgate-summary"), /^\d requirements? not met$/);
  // Accessible while loading, too.
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () =>
    (await window.axe.run(document, { resultTypes: ["violations"] })).violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => v.id),
  );
  assert.deepEqual(violations, []);
  await screenshot(page, "strength-loading");

  // Nobody types again: the bar fills in when the dictionaries arrive.
  await page.waitForFunction(
    () => document.querySelector("passgate-meter .passgate-strength").textContent.startsWith("Strength: Very weak"),
    null,
    { timeout: DICTIONARY_DELAY_MS + 5000 },
  );
  assert.match(await meter.getAttribute("aria-valuetext"), /^Very weak \(0 of 4\)$/);
  assert.ok(Date.now() - started >= DICTIONARY_DELAY_MS);
  await page.context().close();
});

test("with a lite checker the meter has no strength bar; the checklist and breach line work as usual", async () => {
  const page = await demo.newPage();
  await loadDemo(page, demo.url);
  await page.evaluate(() => {
    window.__ready = new Promise((resolve) => document.addEventListener("passgate-ready", resolve, { once: true }));
    document.getElementById("meter").setAttribute("build", "lite");
  });
  await page.evaluate(() => window.__ready);
  assert.equal(await page.evaluate(() => document.getElementById("meter").checker.check("x").strength), null);
  const input = page.getByLabel("New password");
  await input.pressSequentially("abc");
  await page.waitForFunction(() => /not met$/.test(document.querySelector("passgate-meter .passgate-summary").textContent));
  assert.equal(await page.getByRole("meter").count(), 0, "no strength bar");
  assert.equal(await page.locator("passgate-meter .passgate-strength").isVisible(), false);
  assert.match(await text(page, ".passgate-summary"), /requirements? not met$/);
  await input.fill("Kq7#mZ2!vR-river");
  await input.blur();
  await page.waitForFunction(() => document.querySelector("passgate-meter .passgate-breach")?.dataset.status === "clear");
  assert.equal(await text(page, ".passgate-summary"), "6 of 6 requirements met");
  await screenshot(page, "lite-meter");
  await page.context().close();
  assert.deepEqual(demo.errors, []);
});

test("a strong password the policy refuses leads with what is unmet, is never coloured as accepted, and is aria-invalid", async () => {
  // Reduced motion: no colour transition to wait out.
  const page = await demo.newPage({ reducedMotion: "reduce" });
  await loadDemo(page, demo.url);
  const input = page.getByLabel("New password");
  // Very strong by the estimate, but one character class where the preset asks for three.
  await input.pressSequentially("qzvkmtrplxwjdfbnhgsc");
  await page.waitForFunction(() => document.querySelector("passgate-meter .passgate-fill")?.dataset.score === "4");
  assert.equal(await text(page, ".passgate-summary"), "1 requirement not met");
  assert.equal(await text(page, ".passgate-strength"), "Strength: Very strong");
  const fill = page.locator("passgate-meter .passgate-fill");
  assert.equal(await fill.getAttribute("data-refused"), "");
  // The neutral "refused" grey (#605e5c), not score 4's green (#0b5a0b).
  assert.equal(await fill.evaluate((el) => getComputedStyle(el).backgroundColor), "rgb(96, 94, 92)");
  assert.equal(await input.getAttribute("aria-invalid"), "true");
  const described = (await input.getAttribute("aria-describedby")).split(" ");
  const summaryId = await page.locator("passgate-meter .passgate-summary").getAttribute("id");
  assert.ok(described.includes(summaryId), "the input is described by the summary");
  // Every checklist item keeps its icon and its text on one line, long texts included.
  const misplaced = await page.evaluate(() =>
    [...document.querySelectorAll("passgate-meter .passgate-rules > li")]
      .filter((item) => {
        const icon = item.querySelector(".passgate-icon").getBoundingClientRect();
        const text = item.querySelector(".passgate-rule-text").getBoundingClientRect();
        return text.top > icon.bottom || (document.dir !== "rtl" && text.left < icon.right);
      })
      .map((item) => item.dataset.rule),
  );
  assert.deepEqual(misplaced, []);
  await screenshot(page, "strong-but-refused");

  await input.fill("Kq7#mZ2!vR-river");
  await page.waitForFunction(() => document.querySelector("passgate-meter .passgate-summary").textContent === "6 of 6 requirements met");
  assert.equal(await fill.getAttribute("data-refused"), null);
  assert.equal(await input.getAttribute("aria-invalid"), null);
  await page.context().close();
});

test("a shown password is hidden again when the form is submitted", async () => {
  const page = await demo.newPage();
  await loadDemo(page, demo.url);
  const input = page.getByLabel("New password");
  await input.fill("abc");
  const toggle = page.getByRole("button", { name: "Show password" });
  await toggle.click();
  assert.equal(await input.getAttribute("type"), "text");
  assert.equal(await toggle.getAttribute("aria-pressed"), "true");
  // The submit event itself (a click would stop at the browser's validation of "abc").
  await page.evaluate(() => document.getElementById("reset").dispatchEvent(new Event("submit", { cancelable: true })));
  assert.equal(await input.getAttribute("type"), "password");
  assert.equal(await toggle.getAttribute("aria-pressed"), "false");
  await page.context().close();
});

test("the passphrase word list arrives after the checklist; a failed load is tried again by the next suggestion", async () => {
  const page = await demo.newPage();
  const served = [];
  await page.route("**/words.strength.txt", async (route) => {
    served.push(served.length < 2 ? 503 : 200);
    if (served.at(-1) === 503) await route.fulfill({ status: 503, body: "Service unavailable" });
    else await route.continue();
  });
  await loadDemo(page, demo.url);
  assert.equal(await page.evaluate(() => document.getElementById("meter").checker.wordsReady), false);
  const input = page.getByLabel("New password");
  await input.fill("correct horse battery staple");
  await page.waitForFunction(() => document.getElementById("meter").report?.passphrase.isPassphrase === true);
  assert.equal(await page.evaluate(() => document.getElementById("meter").report.passphrase.pending), true);
  // The checklist does not wait for the list.
  assert.match(await page.locator("passgate-meter .passgate-summary").textContent(), /^\d+ (of \d+ )?requirements? (not )?met$/);

  const suggest = page.getByRole("button", { name: "Suggest a passphrase" });
  await suggest.click();
  await page.waitForFunction(() => /^Couldn't suggest a passphrase/.test(document.getElementById("suggest-note").textContent));
  await suggest.click();
  await page.waitForFunction(() => /exactly \d+\.\d\d bits of entropy/.test(document.getElementById("suggest-note").textContent));
  assert.deepEqual(served, [503, 503, 200]);
  await page.waitForFunction(() => document.getElementById("meter").report?.passphrase.pending === false);
  assert.equal(await page.evaluate(() => document.getElementById("meter").report.passphrase.generated !== null), true);
  await page.context().close();
});
