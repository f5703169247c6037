// Writes data/strength/zxcvbn-4.4.2.txt: the ranked frequency lists and keyboard adjacency
// graphs of the npm package zxcvbn 4.4.2 (MIT, Dan Wheeler and Dropbox, Inc.) in the one-file
// text form the strength engine reads (src/strength/data.rs documents the format).
//
// Usage: node scripts/make-strength-data.mjs [--check]
// --check regenerates in memory and fails when the committed file differs.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const require = createRequire(import.meta.url);
const root = join(import.meta.dirname, "..");
const out = join(root, "data", "strength", "zxcvbn-4.4.2.txt");

const version = require("zxcvbn/package.json").version;
if (version !== "4.4.2") throw new Error(`expected zxcvbn 4.4.2 in node_modules, found ${version}`);
const lists = require("zxcvbn/lib/frequency_lists.js");
const graphs = require("zxcvbn/lib/adjacency_graphs.js");

// The lists in the order that compresses best (brotli -11: 347.8 KB, against 350.4 KB in
// zxcvbn's own order; the word lists first, the passwords, which reuse their words, last). Any
// order gives the same matches because no word is in two lists (checked below): src/strength/
// data.rs reads them in this order (`Dictionary::RANKED`).
const ORDER = ["english_wikipedia", "us_tv_and_film", "female_names", "male_names", "surnames", "passwords"];
if ([...ORDER].sort().join() !== Object.keys(lists).sort().join()) throw new Error(`zxcvbn's lists are ${Object.keys(lists)}`);
const seen = new Set();
const lines = ["passgate-strength 1"];
for (const name of ORDER) {
  const words = lists[name];
  lines.push(`list ${name} ${words.length}`);
  for (const word of words) {
    if (/[\t\n]/.test(word) || word !== word.toLowerCase() || !/^[\x20-\x7e]+$/.test(word)) {
      throw new Error(`unexpected word ${JSON.stringify(word)}`);
    }
    if (seen.has(word)) throw new Error(`${JSON.stringify(word)} is in two lists`);
    seen.add(word);
    lines.push(word);
  }
}
for (const [name, graph] of Object.entries(graphs)) {
  const keys = Object.keys(graph);
  const width = graph[keys[0]].length;
  lines.push(`graph ${name} ${keys.length} ${width}`);
  for (const key of keys) {
    const slots = graph[key];
    if (slots.length !== width) throw new Error(`${name}: key ${key} has ${slots.length} slots`);
    lines.push([key, ...slots.map((slot) => slot ?? "")].join("\t"));
  }
}
const text = lines.join("\n") + "\n";

if (process.argv.includes("--check")) {
  if (readFileSync(out, "utf8") !== text) {
    console.error(`${out} is stale: run node scripts/make-strength-data.mjs`);
    process.exit(1);
  }
} else {
  writeFileSync(out, text);
  console.log(`wrote ${out} (${text.length} bytes)`);
}
