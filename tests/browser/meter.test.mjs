// <passgate-meter> on the demo page: meter, checklist, validity, events, announcements, privacy.
import assert from "node:assert/strict";
import { test } from "node:test";
import { screenshot, useDemo } from "./harness.mjs";

const demo = useDemo({ fresh: true });

const STRONG = "Kq7#mZ2!vR-river";
const meterAttr = (page, name) => page.getByRole("meter", { name: "Password strength" }).getAttribute(name);
const rule = (page, id) => page.locator(`passgate-meter li[data-rule=${id}]`);

test("typing updates the meter, the checklist and the input's validity", async () => {
  const { page, errors } = demo;
  assert.equal(await meterAttr(page, "aria-valuemin"), "0");
  assert.equal(await meterAttr(page, "aria-valuemax"), "4");
  assert.equal(await meterAttr(page, "aria-valuenow"), "0");
  assert.equal(await meterAttr(page, "aria-valuetext"), "No password yet");
  await screenshot(page, "empty");

  const input = page.getByLabel("New password");
  await input.pressSequentially("abc");
  await page.waitForFunction(() => document.querySelector("passgate-meter li[data-rule=minLength]")?.dataset.passed === "false" &&
    document.querySelector("passgate-meter .passgate-strength").textContent !== "No password yet");
  assert.match(await meterAttr(page, "aria-valuetext"), /^(Very weak|Weak) \([01] of 4\)$/);
  // State in text, not only in colour or icon.
  assert.equal((await rule(page, "minLength").textContent()).trim(), "Not met: At least 8 characters");
  assert.match(await input.evaluate((el) => el.validationMessage), /8/);
  await screenshot(page, "weak");

  await input.fill("");
  await input.pressSequentially(STRONG);
  await page.waitForFunction(() => document.querySelector("passgate-meter .passgate-summary").textContent === "6 of 6 requirements met");
  assert.equal(await meterAttr(page, "aria-valuenow"), "4");
  assert.equal(await meterAttr(page, "aria-valuetext"), "Very strong (4 of 4)");
  assert.equal((await rule(page, "minClasses").textContent()).trim().startsWith("Met: At least 3 of these"), true);
  assert.equal(await input.evaluate((el) => el.validationMessage), "");
  await screenshot(page, "strong");
  assert.deepEqual(errors, []);
});

test("updates are debounced and dispatch passgate-change with the report", async () => {
  const { page } = demo;
  await page.evaluate(() => {
    window.__changes = [];
    document.addEventListener("passgate-change", (event) => window.__changes.push(event.detail.report.ok));
  });
  await page.getByLabel("New password").pressSequentially(STRONG, { delay: 20 });
  await page.waitForTimeout(400);
  const changes = await page.evaluate(() => window.__changes);
  // 16 keystrokes 20 ms apart: one render after the pause (150 ms debounce), not one per key.
  assert.ok(changes.length >= 1 && changes.length <= 2, `got ${changes.length} renders`);
  assert.equal(changes.at(-1), true);
});

test("one polite live region announces only the summary, once typing pauses", async () => {
  const { page } = demo;
  const regions = page.locator("[aria-live=polite], [role=status]");
  assert.equal(await regions.count(), 1);
  const live = page.locator("passgate-meter [role=status]");
  await page.getByLabel("New password").pressSequentially("abc");
  await page.waitForTimeout(300);
  assert.equal(await live.textContent(), "", "nothing is spoken while typing");
  await page.waitForFunction(() => document.querySelector("passgate-meter [role=status]").textContent !== "");
  // Unmet requirements lead, so a person never hears "strong" first for a refused password.
  assert.match(await live.textContent(), /^\d requirements? not met, strength (very weak|weak)$/);
});

test("the show/hide toggle is a keyboard-reachable toggle button", async () => {
  const { page } = demo;
  const toggle = page.getByRole("button", { name: "Show password" });
  assert.equal(await toggle.getAttribute("aria-pressed"), "false");
  assert.equal(await toggle.getAttribute("aria-controls"), "new-password");
  await page.getByLabel("New password").focus();
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), "Show password");
  await page.keyboard.press("Space");
  assert.equal(await toggle.getAttribute("aria-pressed"), "true");
  assert.equal(await page.locator("#new-password").getAttribute("type"), "text");
  await page.keyboard.press("Enter");
  assert.equal(await toggle.getAttribute("aria-pressed"), "false");
  assert.equal(await page.locator("#new-password").getAttribute("type"), "password");
});

test("the password never reaches an attribute, the URL or storage", async () => {
  const { page, url } = demo;
  await page.getByLabel("New password").pressSequentially(STRONG);
  await page.getByLabel("Confirm password").pressSequentially(STRONG);
  await page.waitForTimeout(300);
  const leaks = await page.evaluate((secret) => ({
    html: document.documentElement.outerHTML.includes(secret),
    storage: localStorage.length + sessionStorage.length,
    cookie: document.cookie,
  }), STRONG);
  assert.deepEqual(leaks, { html: false, storage: 0, cookie: "" });
  await page.getByRole("button", { name: "Reset password" }).click();
  await page.locator("#success").waitFor();
  assert.equal(page.url(), url);
});

test("an Entra rejection explains each term: where it comes from and how it matched", async () => {
  const { page, errors } = demo;
  const input = page.getByLabel("New password");
  // The demo account's tenant is Contoso; "dragon" is on the global list.
  await input.pressSequentially("C0ntos0dragon");
  await page.waitForFunction(() => document.querySelectorAll("passgate-meter li[data-rule=bannedWords] .passgate-why li").length === 2);
  const why = rule(page, "bannedWords").locator(".passgate-why li");
  assert.deepEqual(await why.allTextContents(), [
    "\u201ccontoso\u201d is your organisation's name (swapping in look-alike characters such as 0 for o doesn't hide it).",
    "\u201cdragon\u201d is a commonly used password.",
  ]);
  assert.deepEqual(await rule(page, "contextWords").locator(".passgate-why li").allTextContents(), [
    "Don't build your password from your organisation's name (\u201ccontoso\u201d).",
  ]);
  assert.match(await input.evaluate((el) => el.validationMessage), /your organisation's name/);
  await screenshot(page, "explained-terms");
  // When the banned-word score is the first violation, the input's validity message explains it.
  await input.fill("");
  await input.pressSequentially("Dr@gonQ1!");
  await page.waitForFunction(() => /commonly banned words/.test(document.getElementById("new-password").validationMessage));
  assert.match(
    await input.evaluate((el) => el.validationMessage),
    /\u201cdragon\u201d is a commonly used password \(swapping in look-alike characters/,
  );
  assert.deepEqual(errors, []);
});
