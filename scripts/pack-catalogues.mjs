// Rewrites each shipped non-English catalogue in DIR (the compiled package, before minify.mjs)
// as its texts alone, in the order of the English catalogue's keys, which the module takes from
// `types/messages.js` (every entry has already loaded it). The sources stay keyed objects, for
// the people who translate them; the shipped module builds the same object when it loads, so
// `loadCatalogue` and every caller see no difference. The keys are about a quarter of a
// catalogue's compressed size (0.64–0.69 KB brotli each).
//
// Refuses a catalogue whose keys are not exactly the English ones: a position would then name
// the wrong message. For the same reason the shipped module checks, as it loads, that the
// English keys are still those it was packed against (their count and an FNV-1a hash of them):
// a catalogue loaded beside another release's `messages.js`, or after a caller changed the
// English catalogue, fails to load (`loadCatalogue` rejects with `localeUnavailable`, and
// messages stay English) instead of putting texts under the wrong keys.
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
/** The modules of `i18n/` that are not catalogues, and English, which is generated. */
const HELPERS = new Set(["en.js", "format.js", "locales.js", "localize.js"]);

/**
 * FNV-1a (32-bit) over the UTF-16 units of the keys joined by newlines. The shipped module
 * carries this function's own source, so packing and loading hash alike.
 */
function keysHash(list) {
  const text = list.join("\n");
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

let failed = false;
for (const entry of readdirSync(i18n)) {
  if (!entry.endsWith(".js") || HELPERS.has(entry)) continue;
  // The catalogue modules: a two-letter locale id as file name, exporting the catalogue under it.
  const id = entry.replace(/\.js$/, "");
  if (!/^[a-z]{2}$/.test(id)) {
    console.error(`${entry}: not a catalogue this script knows (a catalogue is named by a two-letter locale id)`);
    failed = true;
    continue;
  }
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
      `const keys = Object.keys(english);\n` +
      `${keysHash}\n` +
      `if (keys.length !== ${keys.length} || keysHash(keys) !== ${keysHash(keys)}) {\n` +
      `  throw new Error("the ${id} catalogue was packed against other English keys than these");\n` +
      `}\n` +
      `const catalogue = Object.fromEntries(keys.map((key, at) => [key, texts[at]]));\n` +
      `export { catalogue as ${id} };\n`,
  );
}
if (failed) process.exit(1);
