// The meter's breach-lookup state, in Node (no DOM): one lookup per candidate, shared while it
// runs, superseded by the next candidate, a failure kept as "unknown" until a retry.
import assert from "node:assert/strict";
import { test } from "node:test";
import { BreachLookup } from "../../pkg/dist/breach-lookup.js";

const clear = { status: "clear", message: "not found" };
const breached = { status: "breached", count: 3, message: "seen 3 times" };

/** A lookup function that answers when told to, counting its calls. */
function controlled() {
  const calls = [];
  const run = (value) =>
    new Promise((resolve, reject) => {
      calls.push({ value, resolve, reject });
    });
  const answer = async (index, result) => {
    // Let the lookup's own microtask run first.
    while (!calls[index]) await Promise.resolve();
    calls[index].resolve(result);
  };
  return { calls, run, answer };
}

test("a candidate is looked up once; callers share the lookup in flight and then its result", async () => {
  const lookups = new BreachLookup();
  const { calls, run, answer } = controlled();
  const settled = [];
  const first = lookups.lookup("hunter2", run, { settled: (r) => settled.push(r) });
  const second = lookups.lookup("hunter2", run);
  assert.equal(first.started, true);
  assert.equal(second.started, false);
  assert.equal(lookups.isFor("hunter2"), true);
  assert.equal(lookups.resultFor("hunter2"), null, "no result while it runs");
  await answer(0, breached);
  assert.deepEqual(await first.promise, breached);
  assert.deepEqual(await second.promise, breached);
  assert.deepEqual(settled, [breached]);
  assert.deepEqual(lookups.resultFor("hunter2"), breached);
  assert.equal(lookups.resultFor("hunter3"), null);
  const third = lookups.lookup("hunter2", run);
  assert.equal(third.started, false);
  assert.deepEqual(await third.promise, breached);
  assert.equal(calls.length, 1);
});

test("a newer candidate supersedes a lookup still running: its late answer is dropped", async () => {
  const lookups = new BreachLookup();
  const { run, answer } = controlled();
  const settled = [];
  const old = lookups.lookup("first-candidate", run, { settled: (r) => settled.push(["old", r]) });
  lookups.lookup("second-candidate", run, { settled: (r) => settled.push(["new", r]) });
  await answer(1, clear);
  await answer(0, breached);
  assert.deepEqual(await old.promise, breached, "the caller still gets its answer");
  assert.deepEqual(settled, [["new", clear]], "but only the current lookup is reported");
  assert.equal(lookups.resultFor("first-candidate"), null);
  assert.deepEqual(lookups.resultFor("second-candidate"), clear);
});

test("a failed lookup is unknown, is not repeated, and a retry runs it again", async () => {
  const lookups = new BreachLookup();
  let calls = 0;
  const failing = async () => {
    calls += 1;
    throw new Error("offline");
  };
  const first = await lookups.lookup("pw-1", failing).promise;
  assert.equal(first.status, "unknown");
  assert.equal(first.reason, "network");
  assert.equal((await lookups.lookup("pw-1", failing).promise).status, "unknown");
  assert.equal(calls, 1, "not repeated behind the person's back");
  const retry = lookups.lookup("pw-1", async () => clear, { retry: true });
  assert.equal(retry.started, true);
  assert.equal(lookups.retrying, true);
  assert.deepEqual(await retry.promise, clear);
  assert.equal(lookups.retrying, false);
  // A synchronous throw is a failure too, never an exception out of lookup().
  const sync = await lookups.lookup("pw-2", () => {
    throw new Error("boom");
  }).promise;
  assert.equal(sync.status, "unknown");
});

test("keys are salted digests: they tell values apart and say nothing without the salt", () => {
  const a = new BreachLookup(new Uint32Array([1, 2]));
  const b = new BreachLookup(new Uint32Array([3, 4]));
  assert.equal(a.key("correct horse"), a.key("correct horse"));
  assert.notEqual(a.key("correct horse"), a.key("correct horsf"));
  assert.notEqual(a.key("correct horse"), b.key("correct horse"));
  assert.ok(!a.key("correct horse").includes("horse"));
  assert.equal(a.isFor(""), false, "an empty field has no lookup");
});

test("replace swaps a verdict for the same answer in another language, nothing else", async () => {
  const lookups = new BreachLookup();
  await lookups.lookup("pw", async () => breached).promise;
  assert.equal(lookups.replace("pw", { ...breached, message: "3-mal gesehen" }), true);
  assert.equal(lookups.resultFor("pw").message, "3-mal gesehen");
  assert.equal(lookups.replace("pw", clear), false, "a different status is not a translation");
  assert.equal(lookups.replace("other", breached), false);
  lookups.clear();
  assert.equal(lookups.resultFor("pw"), null);
});
