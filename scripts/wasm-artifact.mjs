// Copies the .wasm that cargo built for the binding crate (passgate-wasm, wasm/) to DEST. Reads the JSON messages of
// `cargo build --message-format=json-render-diagnostics` on stdin, so the Makefile assumes
// nothing about where the target directory is (CARGO_TARGET_DIR, build.target-dir, --target-dir).
// Usage: cargo build ... --message-format=json-render-diagnostics | node scripts/wasm-artifact.mjs DEST
import { copyFileSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";

const dest = process.argv[2];
if (!dest || process.argv.length !== 3) {
  console.error("usage: cargo build --message-format=json-render-diagnostics ... | node scripts/wasm-artifact.mjs DEST");
  process.exit(2);
}

let input = "";
process.stdin.setEncoding("utf8");
for await (const chunk of process.stdin) input += chunk;

const wasm = new Set();
for (const line of input.split("\n")) {
  if (!line.startsWith("{")) continue;
  const message = JSON.parse(line);
  if (message.reason !== "compiler-artifact" || message.target?.name !== "passgate_wasm") continue;
  for (const file of message.filenames ?? []) if (file.endsWith(".wasm")) wasm.add(file);
}
if (wasm.size !== 1) {
  console.error(`scripts/wasm-artifact.mjs: expected one passgate_wasm .wasm from cargo, got ${wasm.size}: ${[...wasm].join(", ")}`);
  process.exit(1);
}
const [source] = wasm;
mkdirSync(dirname(dest), { recursive: true });
copyFileSync(source, dest);
console.log(`cp ${source} ${dest}`);
