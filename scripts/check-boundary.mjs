// The core crate never touches JS: `passgate`'s dependency graph for wasm32 (normal edges, with
// default features, without any and with all) names none of the JS crates, and its sources
// declare no global allocator and no start or exported function. Only the binding crate
// (`passgate-wasm`, wasm/) may; as a control, its graph must show wasm-bindgen, so a query that
// lists nothing cannot pass. Usage: node scripts/check-boundary.mjs (`make test-boundary`).
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const WASM_TARGET = "wasm32-unknown-unknown";
const JS_CRATES = ["wasm-bindgen", "js-sys", "web-sys", "serde-wasm-bindgen", "wasm-bindgen-futures", "console_error_panic_hook"];
// What only a final binary (the binding crate) may declare.
const BINARY_ONLY = [/#\[global_allocator\]/, /wasm_bindgen\s*\(\s*start/, /#\[(unsafe\()?no_mangle\)?\]/, /extern\s+"C"\s*\{/];

/** Crate names in `cargo tree -p PACKAGE` for wasm32 with FLAGS. */
function crates(pkg, flags) {
  const out = execFileSync(
    "cargo",
    ["tree", "--locked", "-p", pkg, "--target", WASM_TARGET, "-e", "normal", "--prefix", "none", ...flags],
    { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
  );
  return new Set(out.split("\n").map((line) => line.split(" ")[0]).filter(Boolean));
}

const failures = [];
for (const flags of [[], ["--no-default-features"], ["--all-features"]]) {
  const found = [...crates("passgate", flags)].filter((name) => JS_CRATES.includes(name));
  if (found.length) failures.push(`cargo tree -p passgate ${flags.join(" ")}: JS crates in the core: ${found.join(", ")}`);
}
const control = crates("passgate-wasm", []);
if (!control.has("wasm-bindgen") || !control.has("passgate")) {
  failures.push("control: `cargo tree -p passgate-wasm` for wasm32 does not list wasm-bindgen and passgate; the query is broken");
}

function* rustFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* rustFiles(path);
    else if (entry.name.endsWith(".rs")) yield path;
  }
}
for (const file of rustFiles(join(root, "src"))) {
  const text = readFileSync(file, "utf8");
  for (const pattern of BINARY_ONLY) {
    if (pattern.test(text)) failures.push(`${relative(root, file)}: ${pattern} belongs in the binding crate (wasm/)`);
  }
}

if (failures.length) {
  for (const failure of failures) console.error(`scripts/check-boundary.mjs: ${failure}`);
  process.exit(1);
}
console.log(`the core's wasm32 graph has no JS crate (${JS_CRATES.join(", ")}); src/ declares no allocator, start or export`);
