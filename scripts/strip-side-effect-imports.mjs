// Takes the side-effect imports (`import "./x.js";`) out of the package's declarations. The
// entries import every module of their graphs only so that a browser without a bundler fetches
// them in one round trip (ARCHITECTURE.md, "Each entry's imports are one level deep"); they
// carry no types, and in a `.d.ts` they would pull the wasm glue's declarations (which need a
// recent `lib`) into every consumer's type-check.
//
// Usage: node scripts/strip-side-effect-imports.mjs DIR   (every .d.ts under DIR, in place)
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const SIDE_EFFECT_IMPORT = /^import\s+["'][^"']+["'];?[ \t]*\r?\n/gm;

const [dir] = process.argv.slice(2);
if (!dir) {
  console.error("usage: node scripts/strip-side-effect-imports.mjs DIR");
  process.exit(2);
}
for (const entry of readdirSync(dir, { recursive: true })) {
  if (!entry.endsWith(".d.ts")) continue;
  const file = join(dir, entry);
  const source = readFileSync(file, "utf8");
  const stripped = source.replace(SIDE_EFFECT_IMPORT, "");
  if (stripped !== source) writeFileSync(file, stripped);
}
