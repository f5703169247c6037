// Privacy in memory (SECURITY.md): after a check and a breach lookup, the wasm module's memory
// holds no copy of the password. The memory is read through the wasm-bindgen glue that the
// package itself loads: calling its init again returns the existing instance's exports.
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { createChecker } from "passgate";

const repo = process.env.PASSGATE_REPO;
const { createRangeServer, listenLocal, SAMPLE_FILES } = await import(join(repo, "scripts", "range-server.mjs"));

let server;
let endpoint;
before(async () => {
  server = createRangeServer(SAMPLE_FILES);
  endpoint = await listenLocal(server);
});
after(() => new Promise((done) => server.close(done)));

/** The exports (with `memory`) of the instance the package uses. */
async function wasmExports() {
  await createChecker(); // loads the package's instance, if no test did yet
  const glue = await import(new URL("./wasm/passgate.js", import.meta.resolve("passgate")).href);
  return glue.default();
}

/** Byte offsets of every occurrence of `needle` in `haystack`. */
function occurrences(haystack, needle) {
  const found = [];
  const first = needle[0];
  for (let i = haystack.indexOf(first); i !== -1 && i <= haystack.length - needle.length; i = haystack.indexOf(first, i + 1)) {
    let j = 1;
    while (j < needle.length && haystack[i + j] === needle[j]) j++;
    if (j === needle.length) found.push(i);
  }
  return found;
}

/** The forms a copy of `password` may take in memory: UTF-8, lowercase, UTF-16LE (NTLM). */
function forms(password) {
  return {
    utf8: Buffer.from(password, "utf8"),
    lowercase: Buffer.from(password.toLowerCase(), "utf8"),
    utf16le: Buffer.from(password, "utf16le"),
  };
}

function assertAbsent(memory, password, when) {
  const bytes = new Uint8Array(memory.buffer);
  for (const [form, needle] of Object.entries(forms(password))) {
    const at = occurrences(bytes, needle);
    assert.deepEqual(at, [], `${when}: the password (${form}) is still in wasm memory at ${at.join(", ")}`);
  }
}

test("the scanner finds what is there (positive control)", async () => {
  const { memory } = await wasmExports();
  // A word of the embedded EFF list lives in the module's data segment.
  assert.ok(occurrences(new Uint8Array(memory.buffer), Buffer.from("\ncactus\n")).length > 0);
});

for (const mode of ["sha1", "ntlm"]) {
  test(`no copy of the password survives check, normalize and a ${mode} breach lookup`, async () => {
    const checker = await createChecker({ breach: { endpoint, mode, timeoutMs: 2000 } });
    const { memory } = await wasmExports();
    const marker = `Mk${randomBytes(12).toString("hex")}Zq-pass Phrase`;
    assertAbsent(memory, marker, "before");

    const report = checker.check(marker, { userInputs: ["alice"], email: "alice@example.com" });
    assert.equal(report.length, marker.length);
    assertAbsent(memory, marker, "after check");

    assert.equal(checker.normalize(marker), marker);
    assertAbsent(memory, marker, "after normalize");

    const verdict = await checker.checkBreached(marker);
    assert.equal(verdict.status, "clear", JSON.stringify(verdict));
    assertAbsent(memory, marker, "after checkBreached");

    // A non-ASCII password goes through the glue's slower UTF-8 path (with a realloc).
    const accented = `Ünïcødé-${marker}-密码`;
    checker.check(accented);
    await checker.checkBreached(accented);
    assertAbsent(memory, accented, "after a non-ASCII check");
  });
}
