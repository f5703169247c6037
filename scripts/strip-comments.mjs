// Copies wasm-bindgen's JS glue without its comments (the Rust doc comments of the exports),
// as the package's own JS ships: its `.d.ts` keeps them for editors. TypeScript's own emitter
// does it, so nothing in the code is touched; the output is ES2022, as the package's JS.
//
// Usage: node scripts/strip-comments.mjs IN.js OUT.js
import { readFileSync, writeFileSync } from "node:fs";
import ts from "typescript";

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error("usage: node scripts/strip-comments.mjs IN.js OUT.js");
  process.exit(2);
}
const { outputText, diagnostics = [] } = ts.transpileModule(readFileSync(input, "utf8"), {
  compilerOptions: { removeComments: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  fileName: input,
  reportDiagnostics: true,
});
if (diagnostics.length) {
  console.error(ts.formatDiagnostics(diagnostics, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => ".", getNewLine: () => "\n" }));
  process.exit(1);
}
writeFileSync(output, outputText);
