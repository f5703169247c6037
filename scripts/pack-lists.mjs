// Writes the package's two word-list files into DIR, front-coded as build.rs packs the lists
// the crate compiles in: each line is '0' + the number of UTF-8 bytes it shares with the line
// before, then the rest (`text::unpack_checked` in the module restores them). Sorted lines share
// long prefixes: brotli -11, the EFF list 21.1 → 16.9 KB, the short entries 18.0 → 15.4 KB.
//   words.txt            the EFF large list, data/eff_large_wordlist.txt, in its own (sorted) order
//   blocklist-short.txt  the blocklist's entries under 8 characters, read the way build.rs reads
//                        data/common-passwords.txt (lines trimmed, empty ones dropped, length in
//                        code points), sorted: the module keeps them as a set. It refuses a list
//                        of another length than build.rs counted.
// Usage: node scripts/pack-lists.mjs DIR
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

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

function frontCode(list) {
  let previous = [];
  let out = "";
  for (const line of list) {
    const chars = [...line];
    let same = 0;
    while (same < chars.length && same < previous.length && chars[same] === previous[same]) same++;
    const shared = Buffer.byteLength(chars.slice(0, same).join(""));
    if (shared > 79) throw new Error(`a shared prefix of ${shared} bytes does not fit one marker`);
    out += String.fromCharCode(48 + shared) + chars.slice(same).join("") + "\n";
    previous = chars;
  }
  return out;
}

writeFileSync(join(dir, "words.txt"), frontCode(lines("eff_large_wordlist.txt")));
writeFileSync(join(dir, "blocklist-short.txt"), frontCode(lines("common-passwords.txt").filter((line) => [...line].length < SHORT).sort()));
