// `scripts/pack-catalogues.mjs`, which ships each non-English catalogue as its texts in the
// English keys' order: run on a scratch copy of a package, it keeps every text under its key,
// refuses a catalogue whose keys are not the English ones, and ships a module that refuses to
// load beside English keys other than those it was packed against.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { pathToFileURL } from "node:url";

const script = join(process.env.PASSGATE_REPO, "scripts", "pack-catalogues.mjs");
const english = { "a.first": "First {n}.", "b.second": "Second.", "c.third": "Third: {list, classes, and}." };

/** A scratch package with the English catalogue above and `catalogues` (id → object) as modules. */
function scratch(catalogues) {
  const dir = mkdtempSync(join(tmpdir(), "pack-catalogues-"));
  mkdirSync(join(dir, "types"));
  mkdirSync(join(dir, "i18n"));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module" }));
  writeMessages(dir, english);
  writeFileSync(join(dir, "i18n", "en.js"), `export { english as en } from "../types/messages.js";\n`);
  for (const [id, catalogue] of Object.entries(catalogues)) {
    writeFileSync(join(dir, "i18n", `${id}.js`), `const catalogue = ${JSON.stringify(catalogue)};\nexport { catalogue as ${id} };\n`);
  }
  return dir;
}

function writeMessages(dir, catalogue) {
  writeFileSync(join(dir, "types", "messages.js"), `export const english = ${JSON.stringify(catalogue)};\n`);
}

const pack = (dir) => spawnSync(process.execPath, [script, dir], { encoding: "utf8" });

test("a packed catalogue holds no key and loads as the same object", async (t) => {
  // Keys in another order than the English catalogue's, and a text that looks like a key.
  const de = { "c.third": "Drittens: {list, classes, and}.", "a.first": "Erstens {n}.", "b.second": '"a.first":' };
  // "in" (a reserved word) as a locale id: the module exports the catalogue under it all the same.
  const other = { "a.first": "Pertama {n}.", "b.second": "Kedua.", "c.third": "Ketiga." };
  const dir = scratch({ de, in: other });
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const run = pack(dir);
  assert.equal(run.status, 0, run.stderr);
  const shipped = readFileSync(join(dir, "i18n", "de.js"), "utf8");
  assert.ok(!shipped.includes('"c.third"'), shipped);
  const loaded = await import(pathToFileURL(join(dir, "i18n", "de.js")).href);
  assert.deepEqual(loaded.de, de);
  assert.deepEqual(Object.keys(loaded.de), Object.keys(english), "in the English keys' order");
  assert.deepEqual((await import(pathToFileURL(join(dir, "i18n", "in.js")).href)).in, other);
  // English itself is left as it is.
  assert.match(readFileSync(join(dir, "i18n", "en.js"), "utf8"), /english as en/);
});

test("a catalogue whose keys differ from the English ones is refused, naming them", (t) => {
  const dir = scratch({ es: { "a.first": "Primero {n}.", "c.third": "Tercero.", "d.unknown": "?" } });
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const before = readFileSync(join(dir, "i18n", "es.js"), "utf8");
  const run = pack(dir);
  assert.equal(run.status, 1);
  assert.match(run.stderr, /es\.js: keys differ from the English catalogue's \(missing: b\.second; unknown: d\.unknown\)/);
  assert.equal(readFileSync(join(dir, "i18n", "es.js"), "utf8"), before, "left unpacked");
});

test("a packed catalogue refuses to load beside other English keys", async (t) => {
  const de = { "a.first": "Erstens {n}.", "b.second": "Zweitens.", "c.third": "Drittens." };
  const { "c.third": third, ...rest } = english;
  // Packed against `english`, then loaded beside `beside` (a scratch package each: a module
  // is evaluated once per path).
  const loadBeside = async (beside) => {
    const dir = scratch({ de });
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    const run = pack(dir);
    assert.equal(run.status, 0, run.stderr);
    writeMessages(dir, beside);
    return (await import(pathToFileURL(join(dir, "i18n", "de.js")).href)).de;
  };
  const refused = /the de catalogue was packed against other English keys/;
  // Another release's English catalogue: one code more, sorted in before the others.
  await assert.rejects(loadBeside({ "a.added": "New.", ...english }), refused);
  // The same number of keys, one renamed.
  await assert.rejects(loadBeside({ ...rest, "c.thirds": third }), refused);
  // The keys it was packed against, in another order.
  await assert.rejects(loadBeside({ "c.third": third, ...rest }), refused);
  assert.deepEqual(await loadBeside({ ...english }), de);
});

test("a module in i18n/ that is no two-letter catalogue is refused", (t) => {
  const dir = scratch({});
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, "i18n", "pt-BR.js"), "export const ptBR = {};\n");
  const run = pack(dir);
  assert.equal(run.status, 1);
  assert.match(run.stderr, /pt-BR\.js: not a catalogue this script knows/);
});
