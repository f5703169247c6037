// Writes the blocklist's entries under 8 characters (dist/wasm/blocklist-short.txt) to stdout,
// read the way build.rs reads data/common-passwords.txt: lines trimmed, empty ones dropped,
// length in code points. The module refuses a list of another length than build.rs counted.
// Usage: node scripts/short-blocklist.mjs data/common-passwords.txt > pkg/dist/wasm/blocklist-short.txt
import { readFileSync } from "node:fs";

const SHORT = 8; // policy::blocklist::SHORT
const entries = readFileSync(process.argv[2], "utf8")
  .split("\n")
  .map((line) => line.trim())
  .filter((line) => line !== "" && [...line].length < SHORT)
  // Sorted: the module keeps a set, and sorted text compresses to 18.0 KB brotli against 26.2
  // in the list's own (frequency) order.
  .sort();
process.stdout.write(`${entries.join("\n")}\n`);
