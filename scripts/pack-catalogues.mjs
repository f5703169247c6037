// Rewrites each shipped non-English catalogue in DIR (the compiled package, before minify.mjs)
// as its texts alone, in the order of the English catalogue's keys, which the module takes from
// `types/messages.js` (every entry has already loaded it). The sources stay keyed objects, for
// the people who translate them; the shipped module builds the same object when it loads, so
// `loadCatalogue` and every caller see no difference. The keys are about a quarter of a
// catalogue's compressed size (0.64–0.69 KB brotli each).
//
// Refuses a catalogue whose keys are not exactly the English ones: a position would then name
// the wrong message.
//
// Usage: node scripts/pack-catalogues.mjs DIR
import { readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [dir] = process.argv.slice(2);
if (!dir) {
  console.error("usage: node scripts/pack-catalogues.mjs DIR");
  process.exit(2);
}
const i18n = resolve(dir, "i18n");
const load = (path) => import(pathToFileURL(path).href);
const { english } = await load(join(dir, "types", "messages.js"));
const keys = Object.keys(english);

let failed = false;
for (const entry of readdirSync(i18n)) {
  const id = entry.replace(/\.js$/, "");
  // The catalogue modules: a locale id as file name, exporting the catalogue under that id.
  if (!/^[a-z]{2}\.js$/.test(entry) || id === "en") continue;
  const path = join(i18n, entry);
  const catalogue = (await load(path))[id];
  if (catalogue === null || typeof catalogue !== "object") {
    console.error(`${entry}: exports no catalogue named ${id}`);
    failed = true;
    continue;
  }
  const missing = keys.filter((key) => typeof catalogue[key] !== "string");
  const extra = Object.keys(catalogue).filter((key) => !Object.hasOwn(english, key));
  if (missing.length > 0 || extra.length > 0) {
    console.error(`${entry}: keys differ from the English catalogue's (missing: ${missing.join(", ") || "none"}; unknown: ${extra.join(", ") || "none"})`);
    failed = true;
    continue;
  }
  const texts = JSON.stringify(keys.map((key) => catalogue[key]));
  writeFileSync(
    path,
    `import { english } from "../types/messages.js";\n` +
      `const texts = ${texts};\n` +
      `export const ${id} = Object.fromEntries(Object.keys(english).map((key, at) => [key, texts[at]]));\n`,
  );
}
if (failed) process.exit(1);
