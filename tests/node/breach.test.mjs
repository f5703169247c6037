// checkBreached through the packed package against the local range server (sample data).
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { createChecker } from "passgate";

const repo = process.env.PASSGATE_REPO;
const { createRangeServer, listenLocal, SAMPLE_FILES } = await import(join(repo, "scripts", "range-server.mjs"));

let server;
let endpoint;
before(async () => {
  server = createRangeServer({ ...SAMPLE_FILES, slowMs: 1500 });
  endpoint = await listenLocal(server);
});
after(() => new Promise((done) => server.close(done)));

/** A fresh checker (fresh cache) against the local server, with the given fault. */
async function fresh(fault, breach = {}) {
  server.fault = fault;
  server.requests.length = 0;
  return createChecker({ breach: { endpoint, timeoutMs: 500, ...breach } });
}

/** The verdict without its status line, which must be a non-empty sentence. */
function verdict({ message, ...rest }) {
  assert.ok(typeof message === "string" && message.endsWith("."), message);
  return rest;
}

const sha1 = (text) => createHash("sha1").update(text, "utf8").digest("hex").toUpperCase();

test("a sample breached password is found with its count", async () => {
  const checker = await fresh(undefined);
  const result = await checker.checkBreached("password");
  assert.equal(result.status, "breached");
  assert.ok(Number.isInteger(result.count) && result.count > 0);
  assert.match(result.message, /^This password has appeared in data breaches (once|\d+ times)\. /);
  assert.equal((await checker.checkBreached("P@ssw0rd")).status, "breached");
});

test("a password outside the corpus is clear", async () => {
  const checker = await fresh(undefined);
  assert.deepEqual(verdict(await checker.checkBreached("mauve-tundra-lantern-oboe-57")), { status: "clear" });
});

test("NTLM mode queries ?mode=ntlm and finds the NTLM hash", async () => {
  const checker = await fresh(undefined, { mode: "ntlm" });
  assert.equal((await checker.checkBreached("password")).status, "breached");
  assert.deepEqual(server.requests.map((r) => r.url), ["/range/8846F?mode=ntlm"]);
});

test("every failure is unknown, never clear", async () => {
  const cases = [
    ["429", { status: "unknown", reason: "http", httpStatus: 429 }],
    ["502", { status: "unknown", reason: "http", httpStatus: 502 }],
    ["empty", { status: "unknown", reason: "malformed" }],
    ["truncated", { status: "unknown", reason: "malformed" }],
    ["garbage", { status: "unknown", reason: "malformed" }],
    ["slow", { status: "unknown", reason: "timeout" }],
  ];
  for (const [fault, expected] of cases) {
    const checker = await fresh(fault);
    assert.deepEqual(verdict(await checker.checkBreached("password")), expected, fault);
    // A clear password gets the same verdict: a failure never says "clear".
    assert.deepEqual(verdict(await checker.checkBreached("mauve-tundra-lantern-oboe-57")), expected, fault);
  }
});

test("LF line endings and lowercase hex are read correctly", async () => {
  for (const fault of ["lf", "lowercase"]) {
    const checker = await fresh(fault);
    assert.equal((await checker.checkBreached("password")).status, "breached", fault);
  }
});

test("a server that is down gives unknown/network", async () => {
  const checker = await createChecker({ breach: { endpoint: "http://127.0.0.1:9", timeoutMs: 2000 } });
  assert.deepEqual(verdict(await checker.checkBreached("password")), { status: "unknown", reason: "network" });
});

test("only the 5-hex prefix is sent, with padding, and never the password or its hash", async () => {
  const checker = await fresh(undefined);
  const passwords = ["password", "correct horse battery staple", "Zürich-2024!"];
  for (const password of passwords) await checker.checkBreached(password);
  assert.equal(server.requests.length, passwords.length);
  for (const [i, request] of server.requests.entries()) {
    assert.match(request.url, /^\/range\/[0-9A-F]{5}$/);
    assert.equal(request.url, `/range/${sha1(passwords[i]).slice(0, 5)}`);
    assert.equal(request.headers["add-padding"], "true");
    const seen = JSON.stringify(request);
    for (const secret of [passwords[i], encodeURIComponent(passwords[i]), sha1(passwords[i]), sha1(passwords[i]).slice(5)]) {
      assert.ok(!seen.includes(secret), `request carries ${secret}`);
    }
  }
});

test("concurrent calls for one prefix share a request, and valid ranges are cached", async () => {
  const checker = await fresh(undefined);
  // SECURITY.md, "The range protocol": all three fall in bucket 21BD1.
  const results = await Promise.all(["P@ssw0rd", "020293", "sparky50"].map((p) => checker.checkBreached(p)));
  assert.deepEqual(results.map((r) => r.status), ["breached", "breached", "breached"]);
  assert.deepEqual(server.requests.map((r) => r.url), ["/range/21BD1"]);
  await checker.checkBreached("P@ssw0rd");
  assert.equal(server.requests.length, 1, "served from the cache");
});

test("empty input is not sent; a non-string password rejects", async () => {
  const checker = await fresh(undefined);
  assert.deepEqual(verdict(await checker.checkBreached("")), { status: "unknown", reason: "empty" });
  assert.equal(server.requests.length, 0);
  await assert.rejects(checker.checkBreached(42), { code: "invalidArgument" });
});

test("bad breach options name the field", async () => {
  await assert.rejects(createChecker({ breach: { timeoutMs: 5 } }), { code: "invalidOption", message: /options\.breach\.timeoutMs/ });
  await assert.rejects(createChecker({ breach: { mode: "md5" } }), { code: "invalidOption", message: /options\.breach\.mode/ });
  await assert.rejects(createChecker({ breach: { endpoint: "ftp://x" } }), { message: /options\.breach\.endpoint/ });
  await assert.rejects(createChecker({ breach: { paddding: true } }), { code: "unknownOption", message: /options\.breach\.paddding/ });
});
