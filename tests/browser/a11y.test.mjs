// Accessibility (axe-core, light and dark) and the strict CSP the demo server sends.
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { test } from "node:test";
import { loadDemo, screenshot, useDemo } from "./harness.mjs";

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const STRONG = "Kq7#mZ2!vR-river";

const demo = useDemo();

/** Serious and critical axe violations, as "rule: targets" lines. */
async function axe(page) {
  await page.addScriptTag({ path: axePath });
  const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

for (const colorScheme of ["light", "dark"]) {
  test(`axe finds no serious or critical violations (${colorScheme})`, async () => {
    // bypassCSP only here: axe is injected as a script, which the page's CSP would refuse.
    const page = await demo.newPage({ bypassCSP: true, colorScheme });
    await loadDemo(page, demo.url);
    assert.deepEqual(await axe(page), [], "empty form");
    await page.getByLabel("New password").pressSequentially("abc");
    await page.getByLabel("Confirm password").fill("abd");
    await page.getByRole("button", { name: "Reset password" }).click();
    await page.locator("#password-error").waitFor();
    await page.waitForTimeout(1200); // debounce and announcement done
    assert.deepEqual(await axe(page), [], "weak password with errors shown");
    if (colorScheme === "dark") await screenshot(page, "dark-weak");
    await page.getByLabel("New password").fill(STRONG);
    await page.getByLabel("Confirm password").fill(STRONG);
    await page.waitForTimeout(400);
    assert.deepEqual(await axe(page), [], "strong password");
    if (colorScheme === "dark") await screenshot(page, "dark-strong");
    await page.context().close();
  });
}

test("the page works with its CSP enforced, with no violations or console errors", async () => {
  const page = await demo.newPage();
  const response = await page.goto(demo.url);
  const csp = response.headers()["content-security-policy"];
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.match(csp, /style-src 'self'/);
  await page.waitForSelector("html[data-ready=true]");
  await page.getByLabel("New password").pressSequentially(STRONG);
  await page.getByLabel("Confirm password").fill(STRONG);
  await page.waitForFunction(() => document.getElementById("meter").report?.ok === true);
  // The meter's default styles applied (adopted stylesheet, allowed by style-src 'self').
  assert.notEqual(await page.locator("passgate-meter .passgate-fill").evaluate((el) => getComputedStyle(el).width), "0px");
  await page.getByRole("button", { name: "Reset password" }).click();
  await page.locator("#success").waitFor();
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  assert.deepEqual(demo.errors, []);

  // And the policy is really enforced: an inline script is refused.
  const ran = await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.__inlineRan = true";
    document.body.append(script);
    return window.__inlineRan === true;
  });
  assert.equal(ran, false);
  await page.waitForFunction(() => window.__cspViolations.length > 0);
  demo.errors.length = 0; // the refusal above logs a console error on purpose
  await page.context().close();
});

test("axe finds no serious or critical violations in Arabic (right to left)", async () => {
  const page = await demo.newPage({ bypassCSP: true });
  await loadDemo(page, demo.url);
  await page.locator("#language").selectOption("ar");
  await page.waitForFunction(() => document.documentElement.lang === "ar" && document.documentElement.dir === "rtl");
  assert.deepEqual(await axe(page), [], "empty form");
  const [password, confirm] = [page.locator("#new-password"), page.locator("#confirm-password")];
  await password.pressSequentially("abc");
  await confirm.fill("abd");
  await page.locator("button[type=submit]").click();
  await page.locator("#password-error").waitFor();
  await page.waitForTimeout(1200);
  assert.deepEqual(await axe(page), [], "weak password with errors shown");
  await password.fill(STRONG);
  await confirm.fill(STRONG);
  await page.waitForFunction(() => document.querySelector("passgate-meter .passgate-breach")?.dataset.status === "clear");
  assert.deepEqual(await axe(page), [], "strong password, breach line shown");
  await page.context().close();
});
