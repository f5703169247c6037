// `scripts/pack-catalogues.mjs`, which ships each non-English catalogue as its texts in the
// English keys' order: run on a scratch copy of a package, it keeps every text under its key
// and refuses a catalogue whose keys are not the English ones.
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
  writeFileSync(join(dir, "types", "messages.js"), `export const english = ${JSON.stringify(english)};\n`);
  writeFileSync(join(dir, "i18n", "en.js"), `export { english as en } from "../types/messages.js";\n`);
  for (const [id, catalogue] of Object.entries(catalogues)) {
    writeFileSync(join(dir, "i18n", `${id}.js`), `export const ${id} = ${JSON.stringify(catalogue)};\n`);
  }
  return dir;
}

const pack = (dir) => spawnSync(process.execPath, [script, dir], { encoding: "utf8" });

test("a packed catalogue holds no key and loads as the same object", async (t) => {
  // Keys in another order than the English catalogue's, and a text that looks like a key.
  const de = { "c.third": "Drittens: {list, classes, and}.", "a.first": "Erstens {n}.", "b.second": '"a.first":' };
  const dir = scratch({ de, fr: { "a.first": "Premier {n}.", "b.second": "Deuxième.", "c.third": "Troisième." } });
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const run = pack(dir);
  assert.equal(run.status, 0, run.stderr);
  const shipped = readFileSync(join(dir, "i18n", "de.js"), "utf8");
  assert.ok(!shipped.includes('"c.third"'), shipped);
  const loaded = await import(pathToFileURL(join(dir, "i18n", "de.js")).href);
  assert.deepEqual(loaded.de, de);
  assert.deepEqual(Object.keys(loaded.de), Object.keys(english), "in the English keys' order");
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
