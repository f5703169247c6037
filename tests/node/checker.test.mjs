// Runs against the packed npm package installed into a fresh project (scripts/test-packed.mjs).
import assert from "node:assert/strict";
import { readFile, writeFile } from "node:fs/promises";
import { test } from "node:test";
import { createChecker } from "passgate";

test("the README's JavaScript example runs as written", async () => {
  const readme = await readFile(new URL("./README.md", import.meta.url), "utf8");
  const example = readme.match(/```js\n([\s\S]*?)```/)?.[1];
  assert.ok(example, "README has a js example");
  const file = new URL("./readme-example.mjs", import.meta.url);
  await writeFile(file, example);
  const logged = [];
  const log = console.log;
  console.log = (...args) => logged.push(args);
  try {
    await import(file.href);
  } finally {
    console.log = log;
  }
  assert.equal(logged[0][0], 12);
  assert.ok(Number.isInteger(logged[1][0]) && logged[1][0] >= 0 && logged[1][0] <= 4);
});

test("a report has the documented shape", async () => {
  const checker = await createChecker();
  const report = checker.check("password");
  assert.equal(report.length, 8);
  const { strength } = report;
  assert.equal(strength.score, 0);
  assert.ok(strength.guessesLog10 > 0);
  const scenarios = [
    "onlineThrottling100PerHour",
    "onlineNoThrottling10PerSecond",
    "offlineSlowHashing1e4PerSecond",
    "offlineFastHashing1e10PerSecond",
  ];
  assert.deepEqual(Object.keys(strength.crackTimesSeconds), scenarios);
  assert.deepEqual(Object.keys(strength.crackTimesDisplay), scenarios);
  for (const key of scenarios) {
    assert.equal(typeof strength.crackTimesSeconds[key], "number");
    assert.equal(typeof strength.crackTimesDisplay[key], "string");
  }
  assert.deepEqual(strength.feedback.warning, {
    code: "topTenPassword",
    message: "This is one of the ten most common passwords.",
  });
  assert.ok(strength.feedback.suggestions.every((s) => typeof s.code === "string" && typeof s.message === "string"));
});

test("a strong password has no warning and a high score", async () => {
  const checker = await createChecker();
  const { strength } = checker.check("wT7#kq9!Lp2@vZ");
  assert.equal(strength.score, 4);
  assert.equal(strength.feedback.warning, null);
});

test("length counts Unicode code points, not UTF-16 units", async () => {
  const checker = await createChecker();
  assert.equal(checker.check("😀👍é").length, 3);
  assert.equal(checker.check("e\u0301").length, 1, "counted after NFC");
});

test("user inputs lower the estimate", async () => {
  const checker = await createChecker();
  const alone = checker.check("Quintessa1987").strength;
  const withContext = checker.check("Quintessa1987", { firstName: "Quintessa", userInputs: ["1987"] }).strength;
  assert.ok(withContext.guessesLog10 < alone.guessesLog10);
});

test("an unknown option throws an Error with a code naming the key", async () => {
  await assert.rejects(createChecker({ minLenght: 12 }), (error) => {
    assert.ok(error instanceof Error);
    assert.equal(error.code, "unknownOption");
    assert.match(error.message, /options\.minLenght/);
    return true;
  });
});

test("an unknown context key or a wrong type throws, and the checker keeps working", async () => {
  const checker = await createChecker();
  assert.throws(() => checker.check("x", { userInput: ["a"] }), { code: "unknownOption", message: /context\.userInput\b/ });
  assert.throws(() => checker.check("x", { userInputs: "alice" }), { code: "invalidOption", message: /context\.userInputs/ });
  assert.throws(() => checker.check("x", "alice"), { code: "invalidOption", message: /context/ });
  assert.throws(() => checker.check(42), { code: "invalidArgument", message: /password/ });
  assert.throws(() => checker.check(undefined), { code: "invalidArgument" });
  assert.equal(checker.check("still works").length, 11);
});

test("options must be a plain object", async () => {
  await assert.rejects(createChecker("microsoft-entra"), { code: "invalidOption", message: /^options/ });
  await assert.rejects(createChecker([]), { code: "invalidOption" });
});

test("presets are listed with titles and sources, without loading the wasm", async () => {
  const { presets } = await import("passgate");
  assert.deepEqual(
    presets.map((p) => p.id),
    ["nist-800-63b-4", "nist-800-63b-4-mfa", "owasp-asvs-5-l1", "owasp-asvs-5-l2", "microsoft-entra", "pci-dss-4"],
  );
  for (const preset of presets) {
    assert.ok(preset.title && preset.source && preset.url.startsWith("https://") && preset.summary, preset.id);
    assert.equal(typeof preset.config.minLength, "number");
  }
});
