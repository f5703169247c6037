// One measurement in a fresh Node process, printed as JSON on stdout.
//   node bench-js/child.mjs startup <library>   module load + instantiate + first check
//   node --expose-gc bench-js/child.mjs memory <library>   memory before/after 10,000 checks
const start = performance.now();
const [mode, name] = process.argv.slice(2);
const { loadLibrary, readCorpus, wasmMemoryBytes } = await import("./libs.mjs");

if (mode === "startup") {
  const lib = await loadLibrary(name);
  lib.check("Tr0ub4dour&3");
  console.log(JSON.stringify({ ms: performance.now() - start }));
} else if (mode === "memory") {
  const lib = await loadLibrary(name);
  // Typing-length passwords (the long pastes take the JS libraries seconds each), and a time
  // budget so a slow library stops early: `checks` says how many ran.
  const corpus = readCorpus().filter((password) => [...password].length <= 32);
  const budgetMs = Number(process.argv[4] ?? 60_000);
  for (const password of corpus.slice(0, 100)) lib.check(password);
  globalThis.gc();
  const before = { heap: process.memoryUsage().heapUsed, wasm: await wasmMemoryBytes(name) };
  const began = performance.now();
  let checks = 0;
  while (checks < 10_000 && performance.now() - began < budgetMs) lib.check(corpus[checks++ % corpus.length]);
  globalThis.gc();
  const after = { heap: process.memoryUsage().heapUsed, wasm: await wasmMemoryBytes(name) };
  console.log(JSON.stringify({ before, after, checks }));
} else {
  throw new Error(`unknown mode ${mode}`);
}
