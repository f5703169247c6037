import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { openDemo } from "./harness.mjs";

let demo;
before(async () => {
  demo = await openDemo();
});
after(async () => {
  await demo?.close();
});

test("typing a password moves the strength meter", async () => {
  const { page, url, errors } = demo;
  await page.goto(url);
  await page.waitForSelector("html[data-ready=true]");
  const meter = page.getByRole("meter", { name: "Password strength" });
  assert.equal(await meter.getAttribute("aria-valuenow"), "0");

  const input = page.getByLabel("New password");
  await input.fill("password");
  await page.waitForFunction(() => document.getElementById("feedback").textContent !== "");
  assert.equal(await meter.getAttribute("aria-valuenow"), "0");
  assert.match(await meter.getAttribute("aria-valuetext"), /Very weak/);
  assert.equal(await page.locator("#feedback [data-code=topTenPassword]").count(), 1);

  await input.fill("");
  await input.pressSequentially("wT7#kq9!Lp2@vZ");
  await page.waitForFunction(() => document.getElementById("meter").getAttribute("aria-valuenow") === "4");
  assert.match(await meter.getAttribute("aria-valuetext"), /Very strong/);
  assert.match(await page.locator("#strength-text").textContent(), /Very strong/);
  assert.deepEqual(errors, []);
});
