// What a page downloads before each milestone, from the built package (after `make pkg`): every
// file a browser fetches, followed through static imports, each compressed on its own as a
// server sends it (gzip -9, brotli -11). Prints a Markdown table with the targets, and how many
// requests a page without a bundler makes one after another before the milestone (each costs a
// round trip: a browser learns a module's imports only once the module is in).
//
// Usage: node scripts/sizes.mjs [--check]
//   --check fails when a figure is over its budget: the sizes (and requests in sequence) the
//   package already meets, a ratchet to tighten as it shrinks. The targets are only reported,
//   so an unmet target never stops `make test`.
import { join, resolve } from "node:path";
import { compressedSizes, importGraph, importLevels } from "../bench-js/shipped-bytes.mjs";

const dist = resolve(import.meta.dirname, "..", "pkg", "dist");
const file = (path) => join(dist, path);
const KB = 1000;
/** The policy module: every entry loads it first. */
const MODULE = file("wasm/passgate_bg.wasm");
/** The strength module, its glue and its wording: the full entries fetch them with the dictionaries. */
const ENGINE = [file("engine/passgate.js"), file("engine/passgate_bg.wasm"), file("estimator.js")];
const STRENGTH_DATA = file("wasm/strength.txt");
/**
 * The passphrase word list and the blocklist's entries under 8 characters, as the full entries
 * fetch them: relative to the dictionaries, rebuilt by `strength-lists.js`. The word list comes
 * after the first result; the short entries only for a policy with a smaller minLength.
 */
const RELATIVE_LISTS = [file("wasm/words.strength.txt"), file("wasm/blocklist-short.strength.txt"), file("strength-lists.js")];
const CATALOGUES = ["de", "fr", "es", "ar"].map((id) => file(`i18n/${id}.js`));

/**
 * Each milestone: the files it needs, its target and its budget (brotli bytes). A budget keeps
 * about 1 KB above the figure: a fresh clone's build measured a few hundred bytes more than
 * the working tree's.
 */
const MILESTONES = [
  {
    name: "`passgate/lite`, everything before its first result",
    files: () => [...importGraph([file("lite/index.js")]), MODULE],
    target: 120 * KB,
    budget: 112 * KB,
    // The entry's levels of imports, then the module.
    inSequence: () => importLevels(file("lite/index.js")) + 1,
    inSequenceBudget: 3,
  },
  {
    name: "`<passgate-meter>`, everything before the checklist renders",
    // The element, then the full entry it imports for its own (staged) checker, and the policy
    // module: the strength module and the dictionaries come after the checklist.
    files: () => [...importGraph([file("meter.js"), file("index.js")]), MODULE],
    target: 130 * KB,
    budget: 120.5 * KB,
    // The element's levels of imports, then those of the entry it imports when it connects
    // (less what the element's brought), then the module.
    inSequence: () =>
      importLevels(file("meter.js")) + importLevels(file("index.js"), new Set(importGraph([file("meter.js")]))) + 1,
    inSequenceBudget: 4,
  },
  {
    name: "`passgate`, everything (module, data files, meter, worker, catalogues)",
    files: () => [
      ...importGraph([file("index.js"), file("meter.js"), file("worker.js"), file("worker-entry.js"), ...CATALOGUES]),
      MODULE,
      ...ENGINE,
      STRENGTH_DATA,
      ...RELATIVE_LISTS,
    ],
    target: 500 * KB,
    // The word list and the blocklist's short entries come relative to the dictionaries, 9.0 and
    // 4.4 KB with their 0.8 KB expander, in place of the whole lists' 16.9 and 15.4 KB.
    budget: 523 * KB,
  },
  {
    name: "what strength adds: the strength module and the dictionaries file",
    files: () => [...ENGINE, STRENGTH_DATA],
    target: 380 * KB,
    budget: 378.5 * KB,
  },
];

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const rows = MILESTONES.map((milestone) => ({
  ...milestone,
  sizes: compressedSizes([...new Set(milestone.files())]),
  requests: milestone.inSequence?.(),
}));

console.log("| what is loaded | files | requests in sequence | raw | gzip -9 | brotli -11 | target (brotli) | met |");
console.log("|---|--:|--:|--:|--:|--:|--:|:-:|");
for (const { name, sizes, requests, target } of rows) {
  const met = sizes.brotli <= target ? "yes" : "no";
  const sequence = requests ?? "–";
  console.log(`| ${name} | ${sizes.files.length} | ${sequence} | ${kb(sizes.raw)} | ${kb(sizes.gzip)} | ${kb(sizes.brotli)} | ≤ ${kb(target)} | ${met} |`);
}

if (process.argv.includes("--check")) {
  const over = rows.filter(({ sizes, budget }) => sizes.brotli > budget);
  for (const { name, sizes, budget } of over) {
    console.error(`${name}: ${kb(sizes.brotli)} brotli, over its budget of ${kb(budget)}`);
  }
  const deep = rows.filter(({ requests, inSequenceBudget }) => requests > inSequenceBudget);
  for (const { name, requests, inSequenceBudget } of deep) {
    console.error(`${name}: ${requests} requests in sequence, over its budget of ${inSequenceBudget}`);
  }
  if (over.length || deep.length) process.exit(1);
}
