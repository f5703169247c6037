// passgate/lite and inputAttributes, against the packed package (scripts/test-packed.mjs).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { pathToFileURL } from "node:url";
import { createChecker } from "passgate";
import * as lite from "passgate/lite";

test("inputAttributes describe the policy for password managers", async () => {
  const entra = await createChecker({ policy: { preset: "microsoft-entra" } });
  assert.deepEqual(entra.inputAttributes(), {
    autocomplete: "new-password",
    minlength: 8,
    maxlength: 256,
    passwordrules:
      "minlength: 8; maxlength: 256; required: lower; required: upper; required: digit; required: special; allowed: ascii-printable;",
  });
  const pci = await createChecker({ policy: { preset: "pci-dss-4", maxRepeated: 3 } });
  const attributes = pci.inputAttributes();
  assert.equal("maxlength" in attributes, false);
  assert.equal(
    attributes.passwordrules,
    "minlength: 12; required: lower, upper; required: digit; allowed: ascii-printable; max-consecutive: 3;",
  );
});

test("passgate/lite has the same API without strength, and refuses minScore", async () => {
  const checker = await lite.createChecker({ policy: { preset: "owasp-asvs-5-l2" } });
  const report = checker.check("alice-in-wonderland", { firstName: "Alice" });
  assert.equal(report.strength, null);
  assert.deepEqual(report.violations.map((v) => v.code), ["containsContextWord"]);
  assert.equal(checker.check("pass").violations[0].code, "tooShort");
  assert.equal(checker.check("password").violations[0].code, "commonPassword");
  assert.equal(checker.normalize("e\u0301"), "\u00e9");
  assert.equal(checker.inputAttributes().minlength, 8);
  assert.equal(checker.policy.preset.id, "owasp-asvs-5-l2");
  assert.ok(report.passphrase && typeof report.passphrase.isPassphrase === "boolean");
  const generated = await checker.generatePassphrase({ words: 5 });
  assert.ok(checker.check(generated.passphrase).ok);
  assert.equal((await lite.generatePassphrase()).passphrase.split("-").length, 6);
  await assert.rejects(lite.createChecker({ policy: { minScore: 2 } }), (error) => {
    assert.ok(error instanceof Error);
    assert.equal(error.code, "invalidOption");
    assert.match(error.message, /options\.policy\.minScore: needs zxcvbn strength estimation/);
    return true;
  });
  // The full build accepts it.
  assert.equal((await createChecker({ policy: { minScore: 2 } })).policy.config.minScore, 2);
});

test("loading: strengthReady says whether reports carry strength; lite never estimates", async () => {
  const full = await createChecker();
  assert.equal(await full.strengthReady, true);
  assert.equal(typeof full.check("Tr0ub4dour&3").strength.score, "number");
  const staged = await createChecker({ load: "staged" });
  assert.equal(await staged.strengthReady, true);
  assert.equal(typeof staged.check("Tr0ub4dour&3").strength.score, "number");
  // A lite checker, on a page whose strength module has its dictionaries by now: no estimate.
  const liteChecker = await lite.createChecker();
  assert.equal(await liteChecker.strengthReady, false);
  assert.equal(liteChecker.check("Tr0ub4dour&3").strength, null);
  for (const load of ["later", 1, null]) {
    await assert.rejects(createChecker({ load }), (error) => {
      assert.equal(error.code, "invalidOption");
      assert.match(error.message, /^options\.load: /);
      return true;
    });
  }
});

test("the policy module has no estimator, the strength module no policy", async () => {
  const dist = join(dirname(createRequire(import.meta.url).resolve("passgate/package.json")), "dist");
  const compile = (path) => WebAssembly.compile(readFileSync(join(dist, path)));
  const exportsOf = async (path) => WebAssembly.Module.exports(await compile(path)).map((e) => e.name);
  const policy = await exportsOf("wasm/passgate_bg.wasm");
  const engine = await exportsOf("engine/passgate_bg.wasm");
  assert.ok(!policy.includes("loadStrengthData") && !policy.includes("estimate"));
  assert.ok(policy.includes("checker_check"));
  assert.ok(engine.includes("loadStrengthData") && engine.includes("estimate"));
  assert.ok(!engine.some((name) => name.startsWith("checker_")));
  // The policy module's raw checker never estimates by itself: strength comes from the
  // strength module, through the score it is given.
  const glue = await import(pathToFileURL(join(dist, "wasm", "passgate.js")).href);
  glue.initSync({ module: await compile("wasm/passgate_bg.wasm") });
  const raw = new glue.Checker({ policy: { minScore: 3 } }, false);
  assert.equal(raw.check("Tr0ub4dour&3").strength, null);
  const minScore = (score) =>
    raw.check("violet-anchor-meadow-42", undefined, undefined, undefined, score, false).rules.find((rule) => rule.rule === "minScore");
  assert.equal(minScore(4).passed, true);
  assert.equal(minScore(1).passed, false);
  // Without a score (the dictionaries still loading) the rule is there, and not passed.
  assert.equal(raw.check("violet-anchor-meadow-42").rules.find((rule) => rule.rule === "minScore").passed, false);
  // A score the model cannot give is refused.
  assert.throws(() => raw.check("x", undefined, undefined, undefined, 5, false), { code: "invalidArgument", message: /score/ });
  // A lite checker refuses minScore.
  assert.throws(() => new glue.Checker({ policy: { minScore: 2 } }, true), { code: "invalidOption", message: /minScore/ });
});
