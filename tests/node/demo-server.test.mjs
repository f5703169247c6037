// The demo server's POST /reset (scripts/serve.mjs): the demo account refuses its last three
// passwords and keeps only scrypt hashes of them.
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, test } from "node:test";

const repo = process.env.PASSGATE_REPO;
const { createDemoServer, HISTORY } = await import(join(repo, "scripts", "serve.mjs"));

let server;
let url;
before(async () => {
  server = createDemoServer();
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${server.address().port}/reset`;
});
after(() => new Promise((resolve) => server.close(resolve)));

const reset = async (body, init = {}) => {
  const response = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body, ...init });
  return [response.status, await response.json().catch(() => null)];
};

test("the last three passwords are refused with passwordReused; older ones are accepted again", async () => {
  assert.equal(HISTORY, 3);
  const passwords = ["first-Pass-1", "second-Pass-2", "third-Pass-3", "fourth-Pass-4"];
  for (const password of passwords.slice(0, 3)) {
    assert.deepEqual(await reset(JSON.stringify({ password })), [200, { ok: true }]);
  }
  for (const password of passwords.slice(0, 3)) {
    assert.deepEqual(await reset(JSON.stringify({ password })), [409, { code: "passwordReused" }], password);
  }
  assert.deepEqual(await reset(JSON.stringify({ password: passwords[3] })), [200, { ok: true }]);
  // The first fell out of the last three.
  assert.deepEqual(await reset(JSON.stringify({ password: passwords[0] })), [200, { ok: true }]);
  const { history } = server.account;
  assert.equal(history.length, 3);
  const salts = new Set(history.map((entry) => entry.salt.toString("hex")));
  assert.equal(salts.size, 3, "a salt of its own for each hash");
  for (const entry of history) {
    assert.deepEqual(Object.keys(entry).sort(), ["hash", "salt"]);
    assert.equal(entry.hash.length, 32);
    for (const password of passwords) assert.ok(!entry.hash.includes(Buffer.from(password)), "only hashes");
  }
});

test("bad requests get a clear status and keep nothing", async () => {
  const kept = server.account.history.length;
  assert.deepEqual(await reset("not json"), [400, { code: "badRequest" }]);
  assert.deepEqual(await reset(JSON.stringify({ password: 42 })), [400, { code: "badRequest" }]);
  assert.deepEqual(await reset(JSON.stringify({ password: "" })), [400, { code: "badRequest" }]);
  assert.deepEqual(await reset(JSON.stringify({ password: "x".repeat(70_000) })), [400, { code: "badRequest" }]);
  const get = await fetch(url);
  assert.equal(get.status, 405);
  assert.equal(get.headers.get("allow"), "POST");
  assert.equal(server.account.history.length, kept);
});
