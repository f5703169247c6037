// The demo reset page: presets, confirm field, submit, keyboard-only use, suggested passphrases
// and breach lookups.
import assert from "node:assert/strict";
import { test } from "node:test";
import { screenshot, useDemo } from "./harness.mjs";

const demo = useDemo({ fresh: true });

const STRONG = "Kq7#mZ2!vR-river";

async function choosePreset(page, id) {
  const title = await page.locator(`#preset option[value="${id}"]`).textContent();
  await page.getByLabel("Password policy").selectOption(id);
  await page.waitForFunction((t) => document.getElementById("policy-title").textContent === t, title);
}

test("a mismatched confirmation blocks submit with an error tied to the field", async () => {
  const { page, errors } = demo;
  await page.getByLabel("New password").fill(STRONG);
  await page.getByLabel("Confirm password").fill(`${STRONG}x`);
  await page.evaluate(() => {
    window.__invalid = [];
    document.addEventListener("invalid", (event) => window.__invalid.push(event.target.id), true);
  });
  await page.getByRole("button", { name: "Reset password" }).click();
  const error = page.locator("#confirm-error");
  await error.waitFor();
  // Native validation blocked the submit (the click reached the button) and focused the field.
  assert.deepEqual(await page.evaluate(() => window.__invalid), ["confirm-password"]);
  assert.equal(await page.evaluate(() => document.activeElement.id), "confirm-password");
  assert.match(await error.textContent(), /don't match/);
  const confirm = page.getByLabel("Confirm password");
  assert.match(await confirm.getAttribute("aria-describedby"), /\bconfirm-error\b/);
  assert.equal(await confirm.getAttribute("aria-invalid"), "true");
  assert.equal(await page.locator("#success").isVisible(), false);
  await screenshot(page, "mismatch");

  await confirm.fill(STRONG);
  await page.getByRole("button", { name: "Reset password" }).click();
  await page.locator("#success").waitFor();
  assert.equal(await error.isVisible(), false);
  await screenshot(page, "success");
  assert.deepEqual(errors, []);
});

test("a common password shows the blocklist message and cannot be submitted", async () => {
  const { page } = demo;
  await choosePreset(page, "owasp-asvs-5-l1");
  await page.getByLabel("New password").fill("baseball");
  await page.getByLabel("Confirm password").fill("baseball");
  await page.waitForFunction(() => document.querySelector("passgate-meter li[data-rule=blocklist]")?.dataset.passed === "false");
  assert.equal((await page.locator("passgate-meter li[data-rule=blocklist]").textContent()).trim(), "Not met: Not a commonly used password");
  await page.getByRole("button", { name: "Reset password" }).click();
  const error = page.locator("#password-error");
  await error.waitFor();
  assert.match(await error.textContent(), /commonly used password/);
  assert.equal(await page.locator("#success").isVisible(), false);
});

test("switching presets updates the checklist, the title and the cited source", async () => {
  const { page } = demo;
  assert.equal(await page.locator("#policy-source").textContent(), "Microsoft Entra password policies and Password Protection");
  const entraRule = page.locator("passgate-meter li[data-rule=minClasses]");
  assert.match(await entraRule.textContent(), /At least 3 of these: lowercase letters, uppercase letters, digits and symbols/);

  await choosePreset(page, "nist-800-63b-4");
  await page.waitForFunction(() => !document.querySelector("passgate-meter li[data-rule=minClasses]"));
  assert.match(await page.locator("passgate-meter li[data-rule=minLength]").textContent(), /At least 15 characters/);
  assert.match(await page.locator("#policy-source").textContent(), /NIST SP 800-63B-4/);
  assert.equal(await page.locator("#policy-source").getAttribute("href"), "https://pages.nist.gov/800-63-4/sp800-63b.html");

  await choosePreset(page, "microsoft-entra");
  await page.locator("passgate-meter li[data-rule=minClasses]").waitFor();
});

test("keyboard only: Tab reaches field, toggle, confirm, suggest and submit; Enter submits", async () => {
  const { page } = demo;
  await page.locator("body").focus();
  const order = [];
  for (let i = 0; i < 12 && !order.includes("Reset password"); i++) {
    await page.keyboard.press("Tab");
    order.push(await page.evaluate(() => document.activeElement.id || document.activeElement.textContent.trim()));
  }
  const at = (name) => order.indexOf(name);
  for (const name of ["new-password", "Show password", "confirm-password", "suggest", "Reset password"]) {
    assert.ok(at(name) >= 0, `${name} reachable: ${order.join(" → ")}`);
  }
  assert.ok(at("new-password") < at("Show password") && at("Show password") < at("confirm-password"));
  assert.ok(at("confirm-password") < at("suggest") && at("suggest") < at("Reset password"));

  await page.getByLabel("New password").focus();
  await page.keyboard.type(STRONG);
  await page.keyboard.press("Tab"); // the toggle
  await page.keyboard.press("Tab");
  await page.keyboard.type(STRONG);
  await page.keyboard.press("Enter");
  await page.locator("#success").waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.id), "success-title");
});

test("suggest a passphrase fills both fields and shows its exact entropy", async () => {
  const { page } = demo;
  await page.getByRole("button", { name: "Suggest a passphrase" }).click();
  const [value, confirm] = await page.evaluate(() => [document.getElementById("new-password").value, document.getElementById("confirm-password").value]);
  assert.ok(value.length > 0);
  assert.equal(confirm, value);
  assert.match(await page.locator("#suggest-note").textContent(), /exactly \d+\.\d\d bits of entropy/);
  await page.waitForFunction(() => document.getElementById("meter").report?.ok === true);
  await page.getByRole("button", { name: "Reset password" }).click();
  await page.locator("#success").waitFor();
});

test("breach lookups: found, clear, once per candidate, and retry after a failure", async () => {
  const { page } = demo;
  const requests = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.startsWith("/range/")) requests.push(request.url());
  });
  await choosePreset(page, "owasp-asvs-5-l1"); // sparky50 passes its policy but is in the sample
  const input = page.getByLabel("New password");
  await input.pressSequentially("sparky50");
  const breach = page.locator("passgate-meter .passgate-breach-text");
  await page.waitForFunction(() => document.querySelector("passgate-meter .passgate-breach")?.dataset.status === "breached");
  assert.match(await breach.textContent(), /^This password has appeared in data breaches \d+ times\. Choose a different one\.$/);
  assert.equal(requests.length, 1, "one lookup for the candidate");
  assert.ok(requests.every((u) => /\/range\/[0-9A-F]{5}(\?mode=ntlm)?$/i.test(u)), "only a prefix is sent");
  assert.match(await input.evaluate((el) => el.validationMessage), /breaches/);
  await input.blur();
  await input.focus();
  await page.waitForTimeout(900);
  assert.equal(requests.length, 1, "no second lookup for the same candidate");

  await input.fill(STRONG);
  await page.waitForFunction(() => /not found in known data breaches/.test(document.querySelector("passgate-meter .passgate-breach-text")?.textContent ?? ""));
  assert.equal(await input.evaluate((el) => el.validationMessage), "");

  await page.route("**/range/**", (route) => route.fulfill({ status: 502, body: "Bad gateway" }));
  await input.fill(`${STRONG}!`);
  await page.getByRole("button", { name: "Try again" }).waitFor();
  assert.match(await breach.textContent(), /Couldn't check/);
  await page.unroute("**/range/**");
  await page.getByRole("button", { name: "Try again" }).click();
  await page.waitForFunction(() => /not found in known data breaches/.test(document.querySelector("passgate-meter .passgate-breach-text")?.textContent ?? ""));
});

test("the demo's server refuses the account's last three passwords, and the meter shows it", async () => {
  const { page, errors } = demo;
  const input = page.getByLabel("New password");
  const passwords = ["Kq7#mZ2!vR-river", "Zeb-Rt7 Quill-lamp", "Wx4!harbor-Tulip", "Jn8$meadow-Crane"];
  const posts = [];
  page.on("request", (request) => {
    if (request.method() === "POST") posts.push(new URL(request.url()).pathname);
  });
  async function reset(value) {
    await input.fill(value);
    await page.getByLabel("Confirm password").fill(value);
    const answered = page.waitForResponse((response) => new URL(response.url()).pathname === "/reset");
    await page.getByRole("button", { name: "Reset password" }).click();
    await answered;
    await page.waitForFunction(
      () => !document.getElementById("success").hidden || document.getElementById("meter").serverRejection !== null,
    );
    if (await page.locator("#success").isVisible()) {
      await page.getByRole("button", { name: "Start over" }).click();
      return "accepted";
    }
    return "rejected";
  }
  assert.equal(await reset(passwords[0]), "accepted");
  assert.equal(await reset(passwords[1]), "accepted");
  // Checking while typing sent nothing: one POST per submit, to the demo's own server.
  assert.deepEqual(posts, ["/reset", "/reset"]);
  assert.equal(await reset(passwords[0]), "rejected");
  const reused = "You've used this password on this account before. Choose one you haven't used here.";
  assert.equal(await page.locator("#password-error").textContent(), reused);
  assert.equal(await input.evaluate((el) => el.validationMessage), reused);
  assert.equal(await input.getAttribute("aria-invalid"), "true");
  assert.equal(await page.locator("passgate-meter .passgate-summary").textContent(), reused);
  assert.equal(await page.evaluate(() => document.getElementById("meter").serverRejection?.code), "passwordReused");
  await screenshot(page, "server-rejection");
  // In the meter's locale.
  await page.getByLabel("Language").selectOption("de");
  await page.waitForFunction(() => /schon verwendet/.test(document.getElementById("new-password").validationMessage));
  await page.getByLabel("Sprache").selectOption("en");
  // Another value clears it; only scrypt hashes were kept, never the passwords.
  await input.press("End");
  await input.press("x");
  await page.waitForFunction(
    (text) => document.querySelector("passgate-meter .passgate-summary").textContent !== text,
    reused,
  );
  assert.equal(await page.evaluate(() => document.getElementById("meter").serverRejection), null);
  assert.notEqual(await input.evaluate((el) => el.validationMessage), reused);
  const history = demo.account.history;
  assert.equal(history.length, 2);
  for (const entry of history) {
    assert.deepEqual(Object.keys(entry).sort(), ["hash", "salt"]);
    for (const p of passwords) assert.ok(!entry.hash.toString("latin1").includes(p) && !entry.hash.toString("utf8").includes(p));
  }
  // Only the last three count: after three newer ones, the first is accepted again.
  for (const value of passwords.slice(2)) assert.equal(await reset(value), "accepted");
  assert.equal(demo.account.history.length, 3);
  assert.equal(await reset(passwords[0]), "accepted");
  // The 409 answer is the only console error (Chromium logs every failed response).
  assert.deepEqual(errors.filter((e) => !/409/.test(String(e.message))), []);
});
