// Catalogues load on demand: English is in every entry, each other shipped catalogue is a module
// of its own that a checker, `setLocale` or `loadCatalogue` imports the first time it is asked
// for. This file runs in a process of its own (node --test), so nothing here is loaded yet
// when a test starts unless an earlier test in this file loaded it.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { test } from "node:test";
import { createChecker, loadCatalogue, localize } from "passgate";

const SHORT = "abc";

test("localize asks for a shipped catalogue to be loaded first, then translates", async () => {
  const checker = await createChecker();
  const report = checker.check(SHORT);
  assert.throws(() => localize(structuredClone(report), { locale: "de" }), { code: "localeNotLoaded", message: /loadCatalogue\("de"\)/ });
  const de = await loadCatalogue("de");
  const localized = localize(structuredClone(report), { locale: "de" });
  assert.notEqual(localized.violations[0].message, report.violations[0].message);
  assert.equal(typeof de["violation.tooShort"], "string");
  // English needs nothing loaded.
  assert.deepEqual(localize(structuredClone(report), { locale: "en" }), report);
});

test("setLocale switches when the catalogue is in, and says so with its promise", async () => {
  const checker = await createChecker();
  const english = checker.check(SHORT).violations[0].message;
  const switching = checker.setLocale("fr");
  assert.ok(switching instanceof Promise);
  assert.equal(checker.locale, "en", "still English until the French catalogue is in");
  assert.equal(checker.check(SHORT).violations[0].message, english);
  await switching;
  assert.equal(checker.locale, "fr");
  const french = checker.check(SHORT).violations[0].message;
  assert.notEqual(french, english);
  // Loaded now, so a second checker switches at once.
  const other = await createChecker();
  const at = other.setLocale("fr");
  assert.equal(other.locale, "fr", "switched before setLocale returned");
  await at;
  assert.equal(other.check(SHORT).violations[0].message, french);
});

test("a later setLocale wins over a catalogue that arrives after it", async () => {
  const checker = await createChecker();
  const late = checker.setLocale("es");
  await checker.setLocale("en");
  await late;
  assert.equal(checker.locale, "en");
});

test("createChecker loads the catalogue of options.locale before it resolves", async () => {
  const checker = await createChecker({ locale: "ar" });
  assert.equal(checker.locale, "ar");
  const ar = await loadCatalogue("ar");
  assert.equal(checker.check("").violations.find((v) => v.code === "tooShort")?.message.length > 0, true);
  assert.ok(Object.values(ar).includes(checker.serverRejection("passwordReused").message));
});

test("unknown locales fail at once, naming the field", async () => {
  const checker = await createChecker();
  assert.throws(() => checker.setLocale("xx"), { code: "invalidOption", message: /^locale must be one of/ });
  await assert.rejects(loadCatalogue("xx"), { code: "invalidOption" });
  await assert.rejects(createChecker({ locale: "xx" }), { code: "invalidOption", message: /^options\.locale/ });
});

test("no entry imports a non-English catalogue before it is asked for", () => {
  // The package's own files, followed through their static imports.
  const dist = dirname(fileURLToPath(import.meta.resolve("passgate"))); // dist/node.js
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    // `import … from`, `export … from` and side-effect imports, spaced or minified.
    for (const [, spec] of text.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+?\s*from\s*)?["'](\.[^"']+)["']/g)) {
      visit(join(dirname(file), spec));
    }
  };
  for (const entry of ["index.js", "node.js", "lite/index.js", "lite/node.js", "meter.js"]) visit(join(dist, entry));
  const files = [...seen].map((file) => file.slice(dist.length + 1));
  assert.ok(files.includes("i18n/en.js") && files.includes("i18n/locales.js"), files.join(", "));
  for (const id of ["de", "fr", "es", "ar"]) assert.ok(!files.includes(`i18n/${id}.js`), `i18n/${id}.js is imported statically`);
});
