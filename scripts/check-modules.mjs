// The core's module graph has no circle: for every top-level module of src/ (a file `src/x.rs`
// or a directory `src/x/`), the other top-level modules it names as `crate::y` outside test
// code; fails on any cycle, printing it. Test code (`#[cfg(test)]` items to the end of the
// file, `tests.rs` files) may reach anywhere. `lib.rs` is the root that assembles the crate and
// is not a node. Also fails when a module imports `catalogue` (the English catalogue, which
// imports every vocabulary). Usage: node scripts/check-modules.mjs [--print] (`make test-modules`).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, relative, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const src = join(root, "src");

function* rustFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* rustFiles(path);
    else if (entry.name.endsWith(".rs")) yield path;
  }
}

/** The file's text without comments and without test code. */
function productionCode(text) {
  const lines = [];
  for (const line of text.split("\n")) {
    if (/^\s*#\[cfg\(test\)\]/.test(line)) break; // test modules sit at the end of a file
    lines.push(line.replace(/\/\/.*$/, ""));
  }
  return lines.join("\n");
}

const modules = readdirSync(src)
  .filter((name) => name !== "lib.rs" && (name.endsWith(".rs") || statSync(join(src, name)).isDirectory()))
  .map((name) => name.replace(/\.rs$/, ""));
if (modules.length < 5) throw new Error(`only ${modules.length} modules found in ${src}`);

// Names lib.rs re-exports (`pub use decode::{decode, decode_json};`) stand for their module.
const reexports = new Map();
for (const match of readFileSync(join(src, "lib.rs"), "utf8").matchAll(/^pub use ([a-z_]+)::(\{[^}]*\}|[A-Za-z_][A-Za-z0-9_]*);/gm)) {
  for (const name of match[2].replace(/[{}]/g, "").split(",")) reexports.set(name.trim(), match[1]);
}

/** module -> Map(dependency -> first place it is named) */
const edges = new Map(modules.map((m) => [m, new Map()]));
for (const file of rustFiles(src)) {
  const rel = relative(src, file);
  const from = rel.split("/")[0].replace(/\.rs$/, "");
  if (from === "lib" || basename(file) === "tests.rs") continue;
  const code = productionCode(readFileSync(file, "utf8"));
  const uses = [];
  // `crate::x`, and every name inside `crate::{x, y::z}` at its first level.
  for (const match of code.matchAll(/\bcrate::(\{[^}]*\}|[A-Za-z_][A-Za-z0-9_]*)/g)) {
    if (match[1].startsWith("{")) {
      for (const part of match[1].slice(1, -1).split(",")) uses.push(part.trim().split("::")[0]);
    } else uses.push(match[1]);
  }
  for (const to of uses.map((name) => reexports.get(name) ?? name)) {
    if (to !== from && edges.has(to) && !edges.get(from).has(to)) edges.get(from).set(to, rel);
  }
}

if (process.argv.includes("--print")) {
  for (const [from, to] of edges) console.log(`${from} -> ${[...to.keys()].sort().join(", ") || "(nothing)"}`);
}

// The English catalogue is assembled from every vocabulary; a module that imported it would
// depend on all of them.
const failures = [];
for (const [from, to] of edges) {
  if (to.has("catalogue")) failures.push(`${from} imports the catalogue (${to.get("catalogue")}); only lib.rs may`);
}
if (!edges.has("catalogue")) failures.push("no src/catalogue.rs: the check is out of date");

// Depth-first search; a back edge closes a cycle.
const state = new Map();
const cycles = [];
function visit(node, path) {
  state.set(node, "open");
  for (const next of edges.get(node).keys()) {
    if (state.get(next) === "open") cycles.push([...path.slice(path.indexOf(next)), next]);
    else if (!state.has(next)) visit(next, [...path, next]);
  }
  state.set(node, "done");
}
for (const module of modules) if (!state.has(module)) visit(module, [module]);

for (const cycle of cycles) {
  const steps = cycle.slice(1).map((to, i) => `${cycle[i]} -> ${to} (${edges.get(cycle[i]).get(to)})`);
  failures.push(`module circle: ${steps.join(", ")}`);
}
if (failures.length) {
  for (const failure of failures) console.error(`scripts/check-modules.mjs: ${failure}`);
  process.exit(1);
}
console.log(`no circle among the core's ${modules.length} top-level modules`);
