// The passphrase word list is a file of its own (`wasm/words.txt`), installed once the module
// is in: before that, reports say `passphrase.pending` and generation refuses with a code;
// `createChecker` waits for it with `load: "all"` (the default of `passgate`), `passgate/lite`
// does not. The blocklist's entries under 8 characters (`wasm/blocklist-short.txt`) are
// fetched only for a policy with a smaller minLength, before its checker resolves. This file
// runs in a process of its own (node --test): the raw module below starts without either.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { test } from "node:test";

const dist = join(dirname(createRequire(import.meta.url).resolve("passgate/package.json")), "dist");
const PHRASE = "Correct-Horse-Battery-Staple";

test("the raw module: pending and wordsNotLoaded until loadWords, which refuses a malformed list", async () => {
  const wasm = await import(pathToFileURL(join(dist, "wasm", "passgate.js")).href);
  wasm.initSync({ module: await WebAssembly.compile(readFileSync(join(dist, "wasm", "passgate_bg.wasm"))) });
  const checker = new wasm.Checker(undefined, true);
  const before = JSON.parse(JSON.stringify(checker.check(PHRASE)));
  assert.equal(before.passphrase.pending, true);
  assert.equal(before.passphrase.isPassphrase, true);
  assert.equal(before.passphrase.listWords, 0);
  assert.throws(() => checker.generatePassphrase(), { code: "wordsNotLoaded" });
  assert.throws(() => wasm.generatePassphrase(), { code: "wordsNotLoaded" });
  assert.throws(() => wasm.loadWords("0zoom\n0abacus\n"), { code: "invalidWords", message: /line 2/ });
  // The list ships front-coded: plain text is refused.
  assert.throws(() => wasm.loadWords("abacus\nabbey\n"), { code: "invalidWords", message: /line 1/ });
  assert.equal(checker.check(PHRASE).passphrase.pending, true, "a refused list leaves it pending");

  wasm.loadWords(readFileSync(join(dist, "wasm", "words.txt"), "utf8"));
  const after = checker.check(PHRASE);
  assert.equal(after.passphrase.pending, false);
  assert.ok(after.passphrase.listWords >= 3);
  assert.equal(checker.generatePassphrase().words, 6);

  // Every preset builds without the short entries; a smaller minLength does not.
  for (const { id: preset } of (await import("passgate")).presets) new wasm.Checker({ policy: { preset } }, true);
  const short = { policy: { preset: "owasp-asvs-5-l1", minLength: 6 } };
  assert.throws(() => new wasm.Checker(short, true), { code: "listNotLoaded", message: /minLength/ });
  assert.throws(() => wasm.loadShortBlocklist("0qwerty\n0password\n"), { code: "invalidBlocklist", message: /line 2/ });
  assert.throws(() => new wasm.Checker(short, true), { code: "listNotLoaded" });
});

test("a minLength under 8: createChecker loads the short entries first, and they are checked", async () => {
  const { createChecker } = await import("passgate/lite");
  const checker = await createChecker({ policy: { preset: "owasp-asvs-5-l1", minLength: 6 } });
  assert.deepEqual(checker.check("qwerty").violations.map((v) => v.code), ["commonPassword"]);
  assert.deepEqual(checker.check("Tr!gger").violations.map((v) => v.code), ["commonPassword"]);
  assert.deepEqual(checker.check("kq7#mz").violations, []);
});

test("createChecker: the full entry waits for the list, lite says when it is in", async () => {
  const { createChecker } = await import("passgate");
  const full = await createChecker();
  assert.equal(full.check(PHRASE).passphrase.pending, false);
  assert.equal(await full.wordsReady, true);
  const lite = await (await import("passgate/lite")).createChecker();
  assert.equal(await lite.wordsReady, true);
  assert.equal(lite.check(PHRASE).passphrase.pending, false);
  const generated = await lite.generatePassphrase({ words: 4 });
  assert.equal(generated.passphrase.split("-").length, 4);
});

/** The lines of a shipped list: each line is `'0'` + the UTF-8 bytes it shares with the one before, then the rest. */
function unpack(file) {
  const lines = [];
  let previous = Buffer.alloc(0);
  for (const line of readFileSync(join(dist, "wasm", file), "utf8").trimEnd().split("\n")) {
    const shared = line.charCodeAt(0) - 48;
    assert.ok(shared >= 0 && shared <= previous.length, `${file}: marker of ${JSON.stringify(line)}`);
    previous = Buffer.concat([previous.subarray(0, shared), Buffer.from(line.slice(1))]);
    lines.push(previous.toString("utf8"));
  }
  return lines;
}

test("the short entries ship as every entry of the blocklist under 8 characters, sorted and front-coded", () => {
  const source = readFileSync(join(process.env.PASSGATE_REPO, "data", "common-passwords.txt"), "utf8").trimEnd().split("\n");
  const shipped = unpack("blocklist-short.txt");
  // Sorted (the module keeps a set; sorted text packs and compresses better).
  assert.deepEqual(shipped, source.filter((entry) => [...entry].length < 8).sort());
  assert.ok(shipped.length > 7000);
});

test("the list ships in the package as the EFF large list, front-coded", () => {
  const source = readFileSync(join(process.env.PASSGATE_REPO, "data", "eff_large_wordlist.txt"), "utf8").trimEnd().split("\n");
  const words = unpack("words.txt");
  assert.deepEqual(words, source);
  assert.equal(words.length, 7776);
  assert.deepEqual([words[0], words.at(-1)], ["abacus", "zoom"]);
  assert.ok(readFileSync(join(dist, "wasm", "words.txt"), "utf8").startsWith("0abacus\n2domen\n"), "shared prefixes are written once");
});

test("the full entries' relative lists expand, from the dictionaries, to the whole lists, and say what is wrong", async () => {
  const { expandList, dictionaryWords, frontCode } = await import(pathToFileURL(join(dist, "strength-lists.js")).href);
  const strength = readFileSync(join(dist, "wasm", "strength.txt"), "utf8");
  const dictionary = dictionaryWords(strength);
  assert.equal(dictionary.length, 93855);
  // From the first list's first word to the last list's last, the line before the graphs.
  const lines = strength.split("\n");
  assert.deepEqual([dictionary[0], dictionary.at(-1)], ["the", lines[lines.findIndex((line) => line.startsWith("graph ")) - 1]]);
  for (const name of ["words", "blocklist-short"]) {
    const relative = readFileSync(join(dist, "wasm", `${name}.strength.txt`), "utf8");
    assert.equal(expandList(strength, relative), readFileSync(join(dist, "wasm", `${name}.txt`), "utf8"), name);
    // Most of each list is dictionary words: the relative file is the smaller.
    const [indices, rest] = relative.split("\n\n");
    assert.ok(indices.split("\n").length > rest.split("\n").filter(Boolean).length * 3, name);
  }
  // Dictionary words 0 and 2 ("the", "and"), and one word of its own.
  assert.equal(expandList(strength, "1\n2\n\n0zebra-crossing\n"), "0and\n0the\n0zebra-crossing\n");
  assert.throws(() => expandList(strength, "1\n2\n0zebra\n"), /no empty line/);
  assert.throws(() => expandList(strength, "1\n93855\n\n"), /past the strength dictionaries/);
  assert.throws(() => expandList(strength, "1\n0\n\n"), /positive whole numbers/);
  // The front coder counts a shared prefix in units, which are bytes only for ASCII.
  assert.equal(frontCode(["abacus", "abdomen", "zoom"]), "0abacus\n2domen\n0zoom\n");
  assert.throws(() => frontCode(["caf\u00e9"]), /as ASCII/);
});

