// What leaves the device, and where the password could linger: every request made while a
// person types (with human pauses between keys) and submits (which alone sends the password, to
// the demo's own server, as a reset form does), and every place a page can keep
// text (console, errors, URL, storage, cookies, DOM attributes) scanned for the password.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { test } from "node:test";
import { screenshot, useDemo } from "./harness.mjs";

const BREACH_DELAY = 800; // the meter's pause before a lookup
/** Gaps between keys (ms), all shorter than the pause: a quick but human typist. */
const GAPS = [110, 160, 95, 210, 130, 180, 120, 240, 105, 150, 175, 90, 200, 140];

const demo = useDemo();

const sha1 = (text) => createHash("sha1").update(text, "utf8").digest("hex").toUpperCase();

test("typing sends only hash prefixes, once per paused candidate; only submitting sends the password; nothing is stored", async () => {
  const page = await demo.newPage();
  const { origin } = new URL(demo.url);
  const requests = [];
  page.on("request", (request) => {
    requests.push({ url: request.url(), method: request.method(), headers: request.headers(), body: request.postData(), at: Date.now() });
  });
  const consoleLines = [];
  page.on("console", (message) => consoleLines.push(message.text()));
  page.on("pageerror", (error) => consoleLines.push(String(error?.stack ?? error)));
  await page.goto(demo.url);
  await page.waitForSelector("html[data-ready=true]");
  const input = page.getByLabel("New password");
  const ranges = () => requests.filter((r) => new URL(r.url).pathname.startsWith("/range/"));
  const keyTimes = [];
  const lastKeyBefore = (time) => Math.max(...keyTimes.filter((t) => t <= time));
  async function type(text) {
    await input.focus();
    for (const [i, key] of [...text].entries()) {
      await page.keyboard.type(key);
      keyTimes.push(Date.now());
      await page.waitForTimeout(GAPS[i % GAPS.length]);
    }
  }
  async function erase(count) {
    for (let i = 0; i < count; i++) {
      await page.keyboard.press("Backspace");
      keyTimes.push(Date.now());
      await page.waitForTimeout(GAPS[i % GAPS.length]);
    }
  }
  const pause = () => page.waitForTimeout(BREACH_DELAY + 900);
  const policyOk = () => page.evaluate(() => document.getElementById("meter").report?.ok);

  // 1. Candidates that fail the policy: no lookup at all, however long the pause.
  await type("contoso");
  await pause();
  assert.equal(await policyOk(), false);
  await type("rugby");
  await pause();
  assert.equal(await policyOk(), false);
  assert.equal(ranges().length, 0, "no lookup while the policy fails");
  await erase("contosorugby".length);

  // 2. A candidate that passes part-way through typing: nothing until the person pauses.
  const first = "Kq7#mZ2!vR-river";
  await type(first);
  assert.equal(ranges().length, 0, "no lookup while typing");
  await pause();
  assert.equal(await policyOk(), true);
  assert.equal(ranges().length, 1, "one lookup after the pause");

  // 3. Two more keys: a new candidate, one more lookup after the pause.
  const second = `${first}42`;
  await type("42");
  assert.equal(ranges().length, 1);
  await pause();
  assert.equal(ranges().length, 2);

  // 4. Back to the first candidate: the checker's range cache answers, without a request.
  await erase(2);
  await pause();
  assert.equal(ranges().length, 2, "a prefix already fetched is not fetched again");

  // 5. Confirm and submit: the candidate has its result, so no lookup on submit.
  await page.getByLabel("Confirm password").focus();
  for (const key of first) {
    await page.keyboard.type(key);
    keyTimes.push(Date.now());
    await page.waitForTimeout(GAPS[key.charCodeAt(0) % GAPS.length]);
  }
  const midFlow = await scan(page, [first]);
  assert.deepEqual(requests.filter((r) => r.method !== "GET"), [], "nothing but lookups before submit");
  const submittedAt = Date.now();
  await page.getByRole("button", { name: "Reset password" }).click();
  await page.locator("#success").waitFor();
  await screenshot(page, "privacy-after-submit");
  assert.equal(ranges().length, 2, "no lookup on submit");
  // Submitting sends the password once, to this origin's /reset, in the body (never the URL).
  const posts = requests.filter((r) => r.method !== "GET");
  assert.deepEqual(posts.map((r) => r.url), [new URL("/reset", origin).href]);
  assert.ok(posts[0].at >= submittedAt, "sent on submit, not while typing");
  assert.deepEqual(JSON.parse(posts[0].body), { password: first });
  assert.equal(demo.account.history.length, 1, "the server keeps a hash");
  assert.ok(!JSON.stringify(demo.account.history).includes(first), "and never the password");

  // What left the device: static files of this origin, and /range/{5 hex} for each candidate.
  const expected = [first, second].map((p) => `/range/${sha1(p).slice(0, 5)}`);
  assert.deepEqual(ranges().map((r) => new URL(r.url).pathname + new URL(r.url).search), expected);
  for (const r of ranges()) {
    assert.ok(r.at - lastKeyBefore(r.at) >= BREACH_DELAY - 50, "each lookup follows a pause");
    assert.equal(r.method, "GET");
    assert.equal(r.body, null);
    assert.equal(r.headers["add-padding"], "true");
  }
  // As the server received them: no referrer, no cookie, nothing but the prefix in the URL.
  assert.deepEqual(demo.breach.requests.map((r) => r.url), expected);
  for (const { headers } of demo.breach.requests) {
    assert.equal(headers.referer, undefined, "no referrer");
    assert.equal(headers.cookie, undefined, "no cookie");
  }
  const lookups = requests.filter((r) => r !== posts[0]);
  for (const r of lookups) {
    const url = new URL(r.url);
    assert.equal(url.origin, origin, `only this origin: ${r.url}`);
    assert.equal(r.method, "GET", r.url);
    assert.ok(url.pathname.startsWith("/range/") || /^\/(|[\w/.-]+\.(html|js|css|svg|wasm|png|txt))$/.test(url.pathname), `a static file: ${r.url}`);
  }

  // Nothing holds the password or more of its hash than the prefix.
  const secrets = [first, second, "contosorugby"];
  const hashTails = [first, second].map((p) => sha1(p).slice(5, 15));
  const outgoing = JSON.stringify(lookups);
  for (const secret of [...secrets, ...hashTails]) assert.ok(!outgoing.includes(secret), "lookups carry no password or hash beyond the prefix");
  for (const secret of secrets.filter((s) => s !== first)) assert.ok(!posts[0].body.includes(secret), "only the submitted password is sent");
  for (const line of consoleLines) for (const secret of secrets) assert.ok(!line.includes(secret), "console and errors");
  assert.ok(!secrets.some((s) => page.url().includes(s)), "URL");
  assert.deepEqual(midFlow, { attributes: [], html: false, storage: [], idb: [], caches: [], cookie: "" }, "while the fields are filled");
  assert.deepEqual(await scan(page, secrets), { attributes: [], html: false, storage: [], idb: [], caches: [], cookie: "" }, "after submit");
  assert.deepEqual(await page.context().cookies(), []);
  await page.context().close();
});

/** Every attribute, the serialized DOM, web storage, IndexedDB, Cache Storage and cookies. */
function scan(page, secrets) {
  return page.evaluate(async (secrets) => {
    const has = (text) => secrets.some((s) => String(text).includes(s));
    const attributes = [];
    for (const element of document.querySelectorAll("*")) {
      for (const attribute of element.attributes) if (has(attribute.value)) attributes.push(`${element.tagName} ${attribute.name}`);
    }
    const storage = [];
    for (const area of [localStorage, sessionStorage]) {
      for (let i = 0; i < area.length; i++) storage.push(area.key(i));
    }
    const idb = (await indexedDB.databases()).map((db) => db.name);
    const cacheNames = typeof caches === "undefined" ? [] : await caches.keys();
    return { attributes, html: has(document.documentElement.outerHTML), storage, idb, caches: cacheNames, cookie: document.cookie };
  }, secrets);
}
