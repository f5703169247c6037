// Languages: every shipped locale in the meter (its own strings and the checker's messages), the
// demo's switcher and page strings, and right-to-left layout in Arabic.
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadCatalogue, locales } from "../../pkg/dist/index.js";
import { meterLocales } from "../../pkg/dist/meter.js";
import { pageStrings } from "../../www/strings.js";
import { loadDemo, screenshot, useDemo } from "./harness.mjs";

const STRONG = "Kq7#mZ2!vR-river";

const demo = useDemo({ fresh: true });

const ids = locales.map((l) => l.id);
const catalogues = Object.fromEntries(await Promise.all(ids.map(async (id) => [id, await loadCatalogue(id)])));

test("every shipped locale has the meter's strings and the demo's page strings", () => {
  assert.deepEqual(Object.keys(meterLocales).sort(), [...ids].sort());
  assert.deepEqual(Object.keys(pageStrings).sort(), [...ids].sort());
  const meterKeys = Object.keys(meterLocales.en).sort();
  const pageKeys = Object.keys(pageStrings.en).sort();
  for (const id of ids) {
    assert.deepEqual(Object.keys(meterLocales[id]).sort(), meterKeys, `meter strings of ${id}`);
    assert.deepEqual(Object.keys(pageStrings[id]).sort(), pageKeys, `page strings of ${id}`);
    assert.equal(meterLocales[id].scores.length, 5);
  }
  // One source of truth: the meter owns no message that a code already names.
  const catalogueTexts = new Set(Object.values(catalogues.en));
  for (const value of Object.values(meterLocales.en).flat()) assert.ok(!catalogueTexts.has(value), value);
});

/** Holds back the response to `pattern`: `held` resolves once it is requested, `release()` lets it through. */
async function holdBack(page, pattern) {
  let release;
  const gate = new Promise((resolve) => (release = resolve));
  let requested;
  const held = new Promise((resolve) => (requested = resolve));
  await page.route(pattern, async (route) => {
    requested();
    await gate;
    await route.continue();
  });
  return { held, release };
}

/** Selects a language through the switcher (its label changes with the language). */
async function switchTo(page, id) {
  await page.locator("#language").selectOption(id);
  await page.waitForFunction((want) => document.documentElement.lang === want && document.querySelector("passgate-meter").lang === want, id);
}

test("switching locales updates the texts", async () => {
  const { page, errors } = demo;
  assert.deepEqual(
    await page.locator("#language option").evaluateAll((options) => options.map((o) => [o.value, o.textContent, o.lang, o.dir])),
    locales.map((l) => [l.id, l.name, l.id, l.dir]),
    "the switcher lists every shipped locale in its own language",
  );
  const input = page.getByLabel("New password");
  await input.pressSequentially("abc");
  await page.waitForFunction(() => document.querySelector("passgate-meter .passgate-strength").textContent !== "No password yet");
  const english = await page.evaluate(() => ({
    rules: [...document.querySelectorAll("passgate-meter .passgate-rules > li")].map((li) => [...li.childNodes].filter((n) => !n.classList?.contains("passgate-why")).map((n) => n.textContent).join("")),
    validation: document.getElementById("new-password").validationMessage,
  }));

  for (const id of [...ids.filter((x) => x !== "en"), "en"]) {
    const { dir } = locales.find((l) => l.id === id);
    const strings = meterLocales[id];
    const page_ = pageStrings[id];
    await switchTo(page, id);
    const seen = await page.evaluate(() => {
      const meter = document.querySelector("passgate-meter");
      const q = (selector) => meter.querySelector(selector);
      return {
        htmlDir: document.documentElement.dir,
        meterDir: meter.dir,
        title: document.title,
        chrome: Object.fromEntries([...document.querySelectorAll("[data-i18n]")].map((el) => [el.dataset.i18n, el.textContent])),
        toggle: q(".passgate-toggle").textContent,
        meterLabel: q("[role=meter]").getAttribute("aria-label"),
        valueText: q("[role=meter]").getAttribute("aria-valuetext"),
        strength: q(".passgate-strength").textContent,
        summary: q(".passgate-summary").textContent,
        rules: [...meter.querySelectorAll(".passgate-rules > li")].map((li) => [...li.childNodes].filter((n) => !n.classList?.contains("passgate-why")).map((n) => n.textContent).join("")),
        reportRules: meter.report.rules.map((r) => r.message),
        prefixes: [...meter.querySelectorAll(".passgate-rules li .passgate-hidden")].map((el) => el.textContent.trim()),
        validation: document.getElementById("new-password").validationMessage,
        firstViolation: meter.report.violations[0]?.message,
        checkerLocale: meter.checker.locale,
      };
    });
    assert.equal(seen.htmlDir, dir, `${id}: <html dir>`);
    assert.equal(seen.meterDir, dir, `${id}: meter dir`);
    assert.equal(seen.checkerLocale, id);
    assert.equal(seen.title, page_.title);
    for (const [key, text] of Object.entries(seen.chrome)) assert.equal(text, page_[key], `${id}: page string ${key}`);
    assert.equal(seen.toggle, strings.showPassword);
    assert.equal(seen.meterLabel, strings.strengthLabel);
    assert.ok(strings.scores.some((label) => seen.valueText.startsWith(label)), `${id}: ${seen.valueText}`);
    assert.ok(strings.scores.some((label) => seen.strength.includes(label)), `${id}: ${seen.strength}`);
    assert.match(seen.summary, /\d/);
    assert.ok(seen.prefixes.every((p) => p === strings.met || p === strings.notMet));
    // The checklist and the validity message are the checker's messages, in this locale.
    assert.deepEqual(seen.rules.map((text, i) => text.endsWith(seen.reportRules[i])), seen.rules.map(() => true));
    assert.equal(seen.validation, seen.firstViolation);
    if (id !== "en") {
      seen.rules.forEach((text, i) => assert.notEqual(text, english.rules[i], `${id}: rule ${i} translated`));
      assert.notEqual(seen.validation, english.validation, `${id}: validity message translated`);
    } else {
      assert.deepEqual(seen.rules, english.rules);
      assert.equal(seen.validation, english.validation);
    }
    await screenshot(page, `locale-${id}-weak`);
  }
  assert.deepEqual(errors, []);
});

test("a breach verdict follows a locale switch without another request", async () => {
  const { page, errors } = demo;
  const input = page.getByLabel("New password");
  await input.pressSequentially(STRONG);
  const text = page.locator("passgate-meter .passgate-breach-text");
  await page.waitForFunction(() => document.querySelector("passgate-meter .passgate-breach")?.dataset.status === "clear");
  assert.equal(await text.textContent(), "This password was not found in known data breaches.");
  assert.equal(demo.breach.requests.length, 1);
  for (const id of ["de", "ar"]) {
    await switchTo(page, id);
    await page.waitForFunction((want) => document.querySelector("passgate-meter .passgate-breach-text").textContent === want, catalogues[id]["breach.clear"]);
  }
  assert.equal(demo.breach.requests.length, 1, "the verdict came from the checker's range cache");
  assert.deepEqual(errors, []);
});

test("Arabic lays the page and the meter out right to left", async () => {
  const { page, errors } = demo;
  await switchTo(page, "ar");
  await page.getByLabel(pageStrings.ar.newPassword).pressSequentially(STRONG);
  await page.getByLabel(pageStrings.ar.confirmPassword).fill(STRONG);
  await page.waitForFunction(() => document.querySelector("passgate-meter .passgate-breach")?.dataset.status === "clear");
  const box = async (selector) => page.locator(selector).first().boundingBox();
  const bar = await box("passgate-meter .passgate-bar");
  const toggle = await box("passgate-meter .passgate-toggle");
  assert.ok(bar.x > toggle.x, "the bar starts on the right, the toggle ends on the left");
  const fill = await box("passgate-meter .passgate-fill");
  assert.ok(Math.abs(fill.x + fill.width - (bar.x + bar.width)) < 1, "the fill grows from the right");
  const item = await box("passgate-meter .passgate-rules li");
  const itemIcon = await box("passgate-meter .passgate-rules li .passgate-icon");
  assert.ok(itemIcon.x > item.x + item.width / 2, "the tick sits at the start (right) of its item");
  const [text, field] = await page.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector("label[for=new-password]"));
    const a = range.getBoundingClientRect();
    const b = document.getElementById("new-password").getBoundingClientRect();
    return [{ left: a.left, right: a.right }, { left: b.left, right: b.right }];
  });
  assert.ok(Math.abs(text.right - field.right) < 2 && text.left > field.left + 20, "label text starts on the right");
  assert.equal(await page.locator("passgate-meter .passgate-toggle").textContent(), meterLocales.ar.showPassword);
  await screenshot(page, "locale-ar-strong");
  await page.getByRole("button", { name: pageStrings.ar.submit }).click();
  await page.locator("#success").waitFor();
  assert.equal(await page.locator("#success-title").textContent(), pageStrings.ar.successTitle);
  assert.deepEqual(errors, []);
});

test("a language whose catalogue is slow to arrive switches the meter all at once", async () => {
  const page = await demo.newPage();
  const { held, release } = await holdBack(page, "**/i18n/fr.js");
  await loadDemo(page, demo.url);
  await page.getByLabel("New password").pressSequentially("abc");
  await page.waitForFunction(() => /not met$/.test(document.querySelector("passgate-meter .passgate-summary").textContent));
  const shown = () =>
    page.evaluate(() => {
      const meter = document.querySelector("passgate-meter");
      return {
        lang: meter.lang,
        checker: meter.checker.locale,
        toggle: meter.querySelector(".passgate-toggle").textContent,
        summary: meter.querySelector(".passgate-summary").textContent,
        rules: [...meter.querySelectorAll(".passgate-rules > li")].map((li) =>
          [...li.childNodes].filter((n) => !n.classList?.contains("passgate-why")).map((n) => n.textContent).join(""),
        ),
      };
    });
  const english = await shown();
  await page.locator("#language").selectOption("fr");
  await held;
  // While the catalogue is on its way the meter stays wholly in English, so no English message
  // is read out with French pronunciation.
  assert.deepEqual(await shown(), english);
  release();
  await page.waitForFunction(() => document.querySelector("passgate-meter").lang === "fr");
  const french = await shown();
  assert.equal(french.checker, "fr");
  assert.equal(french.toggle, meterLocales.fr.showPassword);
  french.rules.forEach((text, i) => assert.notEqual(text, english.rules[i], `rule ${i} translated`));
  const messages = await page.evaluate(() => document.querySelector("passgate-meter").report.rules.map((r) => r.message));
  french.rules.forEach((text, i) => assert.ok(text.endsWith(messages[i]), `rule ${i} shows the checker's French message`));
  await page.close();
});

test("a language switch still loading survives the meter rebuilding its checker", async () => {
  const page = await demo.newPage();
  const { held, release } = await holdBack(page, "**/i18n/es.js");
  await loadDemo(page, demo.url);
  await page.locator("#language").selectOption("es");
  await held;
  // A policy change rebuilds the meter's checker while the catalogue is on its way.
  await page.getByLabel(pageStrings.es.policyLabel).selectOption("owasp-asvs-5-l1");
  release();
  await page.waitForFunction(() => {
    const meter = document.querySelector("passgate-meter");
    return meter.lang === "es" && meter.checker?.policy.preset.id === "owasp-asvs-5-l1" && meter.checker.locale === "es";
  });
  assert.equal(await page.locator("passgate-meter .passgate-toggle").textContent(), meterLocales.es.showPassword);
  await page.close();
});
