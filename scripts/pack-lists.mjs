// Writes the package's word-list files into DIR (after tsc: it uses the package's own
// front-coder and dictionary reader, pkg/dist/strength-lists.js). Front-coded as build.rs packs
// the lists the crate compiles in: each line is '0' + the number of UTF-8 bytes it shares with
// the line before, then the rest (`text::unpack_checked` in the module restores them). Sorted
// lines share long prefixes: brotli -11, the EFF list 21.1 → 16.9 KB, the short entries 18.0 →
// 15.4 KB.
//   words.txt            the EFF large list, data/eff_large_wordlist.txt, in its own (sorted) order
//   blocklist-short.txt  the blocklist's entries under 8 characters, read the way build.rs reads
//                        data/common-passwords.txt (lines trimmed, empty ones dropped, length in
//                        code points), sorted: the module keeps them as a set. It refuses a list
//                        of another length than build.rs counted.
//   words.strength.txt, blocklist-short.strength.txt
//                        the same two lists relative to the strength dictionaries (DIR/strength.txt,
//                        copied there first), for the full entries: the format is in
//                        pkg/src/strength-lists.ts. The script checks each expands to its list.
// Usage: node scripts/pack-lists.mjs DIR
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { dictionaryWords, expandList, frontCode } from "../pkg/dist/strength-lists.js";

const SHORT = 8; // policy::blocklist::SHORT
const dir = process.argv[2];
if (!dir) {
  console.error("usage: node scripts/pack-lists.mjs DIR");
  process.exit(2);
}
const data = join(import.meta.dirname, "..", "data");
const lines = (file) =>
  readFileSync(join(data, file), "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");

const strength = readFileSync(join(dir, "strength.txt"), "utf8");
const index = new Map();
let count = 0;
for (const word of dictionaryWords(strength)) index.set(word, count++);

/** The relative form of `list`: the steps between its dictionary words' indices, then the rest. */
function relative(list) {
  const inDictionaries = list.filter((word) => index.has(word)).map((word) => index.get(word));
  inDictionaries.sort((a, b) => a - b);
  const steps = inDictionaries.map((at, i) => at - (i === 0 ? -1 : inDictionaries[i - 1]));
  const rest = list.filter((word) => !index.has(word)).sort();
  return `${steps.join("\n")}\n\n${frontCode(rest)}`;
}

const lists = {
  words: lines("eff_large_wordlist.txt"),
  "blocklist-short": lines("common-passwords.txt").filter((line) => [...line].length < SHORT).sort(),
};
for (const [name, list] of Object.entries(lists)) {
  const packed = frontCode(list);
  const packedRelative = relative(list);
  if (expandList(strength, packedRelative) !== packed) throw new Error(`${name}.strength.txt does not expand to ${name}.txt`);
  writeFileSync(join(dir, `${name}.txt`), packed);
  writeFileSync(join(dir, `${name}.strength.txt`), packedRelative);
}
