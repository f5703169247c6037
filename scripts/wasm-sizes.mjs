// Prints the sizes of the built wasm files (raw, gzip -9, brotli -11) as a Markdown table.
// Usage: node scripts/wasm-sizes.mjs [--check]   (after `make pkg`; --check fails if lite > 100 KB brotli)
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const dist = resolve(import.meta.dirname, "..", "pkg", "dist");
const LITE_BROTLI_BUDGET = 100 * 1000;
const builds = [
  ["`passgate`", "wasm/passgate_bg.wasm"],
  ["`passgate/lite`", "lite/wasm/passgate_bg.wasm"],
];

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const rows = builds.map(([name, file]) => {
  const bytes = readFileSync(join(dist, file));
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const brotli = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length;
  return { name, file, raw: bytes.length, gzip, brotli };
});

console.log("| entry | wasm file | raw | gzip -9 | brotli -11 |");
console.log("|---|---|--:|--:|--:|");
for (const row of rows) {
  console.log(`| ${row.name} | \`dist/${row.file}\` | ${kb(row.raw)} | ${kb(row.gzip)} | ${kb(row.brotli)} |`);
}

const lite = rows.find((row) => row.name === "`passgate/lite`");
if (process.argv.includes("--check") && lite && lite.brotli > LITE_BROTLI_BUDGET) {
  console.error(`passgate/lite is ${kb(lite.brotli)} brotli, over its ${kb(LITE_BROTLI_BUDGET)} budget`);
  process.exit(1);
}
