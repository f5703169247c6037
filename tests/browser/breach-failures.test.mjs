// The breach lookup failing in every way the server can fail: the meter says it couldn't check
// (in the page's language), offers a retry that works, and the form still submits a password
// that meets the policy (fail-open). Faults are set on the demo server from the test
// (`demo.setFault`), never through anything the page can reach.
import assert from "node:assert/strict";
import { test } from "node:test";
import { meterLocales } from "../../pkg/dist/meter.js";
import { pageStrings } from "../../www/strings.js";
import { screenshot, useDemo } from "./harness.mjs";

const STRONG = "Kq7#mZ2!vR-river";
/** Chromium itself logs a failed network load to the console; that line is not the page's. */
const NETWORK_LOG = /^Failed to load resource: /;

const demo = useDemo({ fresh: true });

const status = (page) => page.locator("passgate-meter .passgate-breach").getAttribute("data-status");
const pageErrors = () => demo.errors.filter((error) => !NETWORK_LOG.test(error.message));

for (const fault of ["down", "slow", "429", "502", "garbage", "empty"]) {
  test(`breach server ${fault}: "couldn't check", a working retry, and the form still submits`, async () => {
    const { page } = demo;
    demo.setFault(fault);
    const input = page.getByLabel("New password");
    await input.pressSequentially(STRONG);
    await page.getByLabel("Confirm password").fill(STRONG);
    const retry = page.getByRole("button", { name: meterLocales.en.breachRetry });
    await retry.waitFor({ timeout: 10_000 }); // "slow" answers after the checker's 5 s timeout
    assert.equal(await status(page), "unknown");
    assert.equal(await page.locator("passgate-meter .passgate-breach-text").textContent(), meterLocales.en.breachUnknown);
    assert.equal(await page.evaluate(() => document.getElementById("meter").breach?.status), "unknown");
    assert.equal(await input.evaluate((el) => el.validationMessage), "", "an unknown result does not block");
    assert.equal(demo.breach.requests.length, 1, "one lookup for the candidate");
    if (fault === "502") await screenshot(page, "breach-failure-retry");

    // A retry that fails again keeps its button (and the focus) in place.
    if (fault !== "slow") {
      await retry.focus();
      await retry.click();
      await page.waitForFunction(() => document.querySelector("passgate-meter .passgate-breach").dataset.status === "unknown");
      assert.equal(demo.breach.requests.length, 2);
      assert.equal(await page.evaluate(() => document.activeElement.className), "passgate-retry");
    }

    // Fail-open: the policy passes, so the form submits; no new lookup on submit.
    const before = demo.breach.requests.length;
    await page.getByRole("button", { name: "Reset password" }).click();
    await page.locator("#success").waitFor();
    assert.equal(demo.breach.requests.length, before);

    // The same candidate again, with the server back: the failure is shown until a retry.
    demo.setFault(null);
    await page.getByRole("button", { name: "Start over" }).click();
    await input.pressSequentially(STRONG);
    await retry.waitFor();
    assert.equal(demo.breach.requests.length, 0, "a failed lookup is repeated only on request");
    await retry.click();
    await page.waitForFunction(() => document.querySelector("passgate-meter .passgate-breach").dataset.status === "clear");
    assert.equal(await page.locator("passgate-meter .passgate-breach-text").textContent(), "This password was not found in known data breaches.");
    assert.equal(await retry.isVisible(), false);
    assert.equal(await page.evaluate(() => document.activeElement.id), "new-password", "focus leaves the hidden button for the field");
    assert.equal(demo.breach.requests.length, 1);
    assert.deepEqual(pageErrors(), []);
  });
}

test("the failure text and retry are localized (Arabic)", async () => {
  const { page } = demo;
  demo.setFault("502");
  await page.locator("#language").selectOption("ar");
  await page.waitForFunction(() => document.documentElement.dir === "rtl");
  await page.getByLabel(pageStrings.ar.newPassword).pressSequentially(STRONG);
  const retry = page.getByRole("button", { name: meterLocales.ar.breachRetry });
  await retry.waitFor();
  assert.equal(await page.locator("passgate-meter .passgate-breach-text").textContent(), meterLocales.ar.breachUnknown);
  await screenshot(page, "breach-failure-retry-ar");
  demo.setFault(null);
  await retry.click();
  await page.waitForFunction(() => document.querySelector("passgate-meter .passgate-breach").dataset.status === "clear");
  assert.deepEqual(pageErrors(), []);
});
