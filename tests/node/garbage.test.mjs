// Garbage through every exported function and method of the packed package: each call returns a
// valid result or throws (rejects) an `Error` with a string `code`, never anything else, and the
// checker still works afterwards. Timings of the 1 MB calls are printed as test diagnostics
// (not asserted: the machine may be busy).
import assert from "node:assert/strict";
import { test } from "node:test";
import { createChecker, generatePassphrase, presets } from "passgate";

const MB = 1024 * 1024;
const huge1 = "x".repeat(MB);
const huge10 = "Tr0ub4dour&3 ".repeat(Math.ceil((10 * MB) / 13));

function cyclic() {
  const value = { policy: {} };
  value.policy.self = value;
  return value;
}

function revokedProxy() {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** Values a careless or hostile caller may pass where passgate expects a string or an object. */
const garbage = () => [
  ["undefined", undefined],
  ["null", null],
  ["true", true],
  ["0", 0],
  ["NaN", NaN],
  ["-Infinity", -Infinity],
  ["BigInt", 12n],
  ["symbol", Symbol("x")],
  ["empty string", ""],
  ["lone high surrogate", "\uD800"],
  ["lone low surrogate inside", "ab\uDC00cd"],
  ["string", "options"],
  ["array", []],
  ["array of objects", [{ preset: "pci-dss-4" }]],
  ["function", () => "x"],
  ["Date", new Date(0)],
  ["RegExp", /x/],
  ["Map", new Map([["policy", {}]])],
  ["object without prototype", Object.create(null)],
  ["getter that throws", Object.defineProperty({}, "policy", { enumerable: true, get() { throw new Error("boom"); } })],
  ["toJSON that throws", { toJSON() { throw new Error("boom"); } }],
  ["toJSON to a string", { toJSON: () => "policy" }],
  ["proxy throwing on ownKeys", new Proxy({}, { ownKeys() { throw new Error("boom"); } })],
  ["proxy throwing on get", new Proxy({ policy: 1 }, { get() { throw new Error("boom"); } })],
  ["revoked proxy", revokedProxy()],
  ["cyclic object", cyclic()],
  ["nested BigInt", { policy: { minLength: 10n } }],
  ["wrong nested types", { policy: [], breach: "yes" }],
  ["nested garbage values", { policy: { minLength: -1, preset: null, bannedWords: [huge1] } }],
  ["1 MB string", huge1],
  ["1 MB key", { [huge1]: 1 }],
  ["1 MB option value", { policy: { customBlocklist: [huge1] } }],
  ["1 MB user input", { userInputs: [huge1], firstName: huge1 }],
  ["10 MB string", huge10],
];

/** Asserts `error` is what passgate may throw: an `Error` with a string `code`. */
function assertCodedError(error, label) {
  assert.ok(error instanceof Error, `${label}: threw ${String(error)} instead of an Error`);
  assert.equal(typeof error.code, "string", `${label}: Error without a code: ${error.message}`);
}

/** Runs `call`; a throw must be a coded `Error`, a result must satisfy `valid`. */
async function expectResultOrCodedError(label, call, valid = () => true) {
  let result;
  try {
    result = await call();
  } catch (error) {
    assertCodedError(error, label);
    return "threw";
  }
  assert.ok(valid(result), `${label}: unexpected result ${JSON.stringify(result)?.slice(0, 200)}`);
  return "returned";
}

const isReport = (report) =>
  report !== null &&
  typeof report === "object" &&
  typeof report.ok === "boolean" &&
  report.ok === (report.violations.length === 0) &&
  Number.isInteger(report.length) &&
  Number.isInteger(report.strength.score);

async function assertStillWorks(checker, label) {
  const report = checker.check("Tr0ub4dour&3", { userInputs: ["alice"] });
  assert.ok(isReport(report), `${label}: broken report afterwards`);
  assert.equal(report.length, 12, `${label}: wrong length afterwards`);
  assert.equal(checker.normalize("e\u0301"), "\u00e9", `${label}: normalize broken afterwards`);
}

function isOneMegabyte(value) {
  if (value === huge1) return true;
  try {
    return JSON.stringify(value)?.length > MB && JSON.stringify(value).length < 3 * MB;
  } catch {
    return false; // hostile values
  }
}

/** A timing line for the test output (`t.diagnostic`), only for the 1 MB inputs. */
async function timed(t, label, value, call) {
  if (!isOneMegabyte(value)) return call();
  const start = performance.now();
  try {
    return await call();
  } finally {
    const what = typeof value === "string" ? "string" : JSON.stringify(value).slice(0, 24).replace(/x+/, "<1 MB>");
    t.diagnostic(`1 MB ${label} (${what}): ${(performance.now() - start).toFixed(1)} ms`);
  }
}

// A closed local port: breach lookups fail fast with `unknown`, nothing leaves the machine.
const offline = { breach: { endpoint: "http://127.0.0.1:9", timeoutMs: 1000 } };

test("createChecker: garbage options resolve to a checker or reject with a coded Error", async (t) => {
  for (const [label, value] of garbage()) {
    await timed(t, "createChecker options", value, () =>
      expectResultOrCodedError(`createChecker(${label})`, () => createChecker(value), (c) => isReport(c.check("x"))),
    );
    await expectResultOrCodedError(`createChecker({policy: ${label}})`, () => createChecker({ policy: value }));
    await expectResultOrCodedError(`createChecker({breach: ${label}})`, () => createChecker({ breach: value }));
  }
});

test("generatePassphrase: garbage options resolve or reject with a coded Error", async (t) => {
  for (const [label, value] of garbage()) {
    await timed(t, "generatePassphrase options", value, () =>
      expectResultOrCodedError(`generatePassphrase(${label})`, () => generatePassphrase(value), (g) => typeof g.passphrase === "string"),
    );
    await expectResultOrCodedError(`generatePassphrase({separator: ${label}})`, () => generatePassphrase({ separator: value }));
  }
});

test("checker.check: garbage password and context, then the checker still works", async (t) => {
  const checker = await createChecker();
  for (const [label, value] of garbage()) {
    await timed(t, "check password", value, () =>
      expectResultOrCodedError(`check(${label})`, () => checker.check(value), isReport),
    );
    await timed(t, "check context", value, () =>
      expectResultOrCodedError(`check("pw", ${label})`, () => checker.check("Tr0ub4dour&3", value), isReport),
    );
    await expectResultOrCodedError(`check(${label}, ${label})`, () => checker.check(value, value), isReport);
    await assertStillWorks(checker, label);
  }
});

test("checker.normalize, generatePassphrase and policy: garbage, then the checker still works", async (t) => {
  const checker = await createChecker();
  for (const [label, value] of garbage()) {
    await timed(t, "normalize", value, () =>
      expectResultOrCodedError(`normalize(${label})`, () => checker.normalize(value), (s) => typeof s === "string"),
    );
    await timed(t, "checker.generatePassphrase", value, () =>
      expectResultOrCodedError(`checker.generatePassphrase(${label})`, () => checker.generatePassphrase(value)),
    );
    assert.equal(typeof checker.policy.preset.id, "string");
    await assertStillWorks(checker, label);
  }
});

test("checker.checkBreached: garbage rejects with a coded Error, strings resolve to a verdict", async (t) => {
  const checker = await createChecker(offline);
  const statuses = new Set(["breached", "clear", "unknown"]);
  for (const [label, value] of garbage()) {
    const outcome = await timed(t, "checkBreached", value, () =>
      expectResultOrCodedError(`checkBreached(${label})`, () => checker.checkBreached(value), (r) => statuses.has(r.status)),
    );
    if (typeof value === "string") assert.equal(outcome, "returned", `checkBreached(${label}) must resolve`);
    await assertStillWorks(checker, label);
  }
});

test("the exported presets are plain data", () => {
  assert.ok(Array.isArray(presets) && presets.length > 0);
  for (const preset of presets) assert.equal(typeof preset.id, "string");
});
