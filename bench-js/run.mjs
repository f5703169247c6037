// passgate against zxcvbn 4.4.2 and @zxcvbn-ts/core (common + en), on the same corpus, in one
// Node process and in headless Chromium. Writes bench-js/report.json, bench-js/report.md and
// bench-js/plot.svg. Ratios measured interleaved in the same run are the headline: absolute times
// depend on the machine and its load.
//
// Usage: node bench-js/run.mjs [--quick] [--no-browser] [--cap-ms 2000]
import { execFileSync } from "node:child_process";
import { createReadStream, existsSync, readFileSync, writeFileSync } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import { cpus } from "node:os";
import { extname, join, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import { blocks, interleaved, summarise } from "./measure.mjs";
import { browserNames, libraryNames, liteEntry, loadLibrary, readCorpus, root } from "./libs.mjs";
import { compressedSizes, resolveBare, runtimeFiles } from "./shipped-bytes.mjs";
import { adversarialInputs } from "./adversarial.mjs";
import { renderHeadline, renderMarkdown, renderSvg } from "./render.mjs";

const { values: args } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    "no-browser": { type: "boolean", default: false },
    "cap-ms": { type: "string", default: "2000" },
  },
});
const QUICK = args.quick;
const CAP_MS = Number(args["cap-ms"]);
const ROUNDS = 1; // each password, each library once: the JS libraries take seconds on long pastes
const STARTUP_RUNS = QUICK ? 2 : 5;
const BANDWIDTH_BITS = 10e6; // 10 Mbit/s
const names = libraryNames();
const REFERENCE = "passgate";
const corpus = QUICK ? readCorpus().slice(0, 300) : readCorpus();
const WARMUP = 100;
const BLOCK = 50;
const log = (...parts) => console.error("[bench]", ...parts);

// --- Per-call, Node, one process -------------------------------------------------------------
log(`libraries: ${names.join(", ")}; corpus ${corpus.length} passwords × ${ROUNDS} rounds`);
const libs = [];
for (const name of names) libs.push(await loadLibrary(name));
const nodeSamples = interleaved(libs, corpus, { rounds: ROUNDS, warmup: WARMUP });
const nodePerCall = summarise(nodeSamples, REFERENCE);
const nodeBlocks = summarise(blocks(libs, corpus, { block: BLOCK, warmup: WARMUP }), REFERENCE);
log("node per-call done");

// --- Worst case, each library in a worker with a time cap --------------------------------------
function spawnWorker(name) {
  const worker = new Worker(new URL("./worker.mjs", import.meta.url), { workerData: { name } });
  const ready = new Promise((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
  });
  return { worker, ready };
}
function timeOne(worker, input) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ timedOut: true }), CAP_MS);
    worker.once("message", ({ ms }) => {
      clearTimeout(timer);
      resolve({ ms });
    });
    worker.postMessage({ input });
  });
}
const inputs = adversarialInputs();
const worstCase = {};
for (const name of names) {
  worstCase[name] = {};
  let current = spawnWorker(name);
  await current.ready;
  for (const { id, input } of inputs) {
    let worst = 0;
    let timedOut = false;
    for (let run = 0; run < 3 && !timedOut; run++) {
      const result = await timeOne(current.worker, input);
      if (result.timedOut) {
        timedOut = true;
        await current.worker.terminate();
        current = spawnWorker(name);
        await current.ready;
      } else {
        worst = Math.max(worst, result.ms);
      }
    }
    worstCase[name][id] = timedOut ? { timedOut: true, capMs: CAP_MS } : { ms: worst };
    log(`worst case ${name} ${id}: ${timedOut ? `> ${CAP_MS} ms (timed out)` : `${worst.toFixed(2)} ms`}`);
  }
  await current.worker.terminate();
}

// --- Bytes shipped ----------------------------------------------------------------------------
const bytes = Object.fromEntries(names.map((name) => [name, compressedSizes(runtimeFiles(name))]));

// --- Start-up and memory, each in fresh processes, interleaved ---------------------------------
const child = (childArgs) =>
  JSON.parse(execFileSync(process.execPath, childArgs, { cwd: root, encoding: "utf8", maxBuffer: 1 << 20 }));
const startupRuns = Object.fromEntries(names.map((name) => [name, []]));
for (let run = 0; run < STARTUP_RUNS; run++) {
  for (let k = 0; k < names.length; k++) {
    const name = names[(run + k) % names.length];
    startupRuns[name].push(child([join(root, "bench-js", "child.mjs"), "startup", name]).ms);
  }
}
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const startup = Object.fromEntries(
  names.map((name) => {
    const ms = median(startupRuns[name]);
    const downloadMs = ((bytes[name].brotli * 8) / BANDWIDTH_BITS) * 1000;
    return [name, { node: { ms, runs: startupRuns[name] }, downloadMs }];
  }),
);
log("startup done");
const memory = Object.fromEntries(
  names.map((name) => [name, child(["--expose-gc", join(root, "bench-js", "child.mjs"), "memory", name])]),
);
log("memory done");

// --- Chromium -----------------------------------------------------------------------------------
let browser = null;
if (!args["no-browser"]) browser = await runBrowser();

// --- Report --------------------------------------------------------------------------------------
const report = {
  generated: new Date().toISOString(),
  command: "make bench",
  machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version, loadavg: readLoadavg() },
  quick: QUICK,
  corpus: { file: "benches/data/corpus.txt", passwords: corpus.length, rounds: ROUNDS },
  reference: REFERENCE,
  libraries: names,
  versions: versions(),
  block: BLOCK,
  node: { perCall: nodePerCall, blocks: nodeBlocks, worstCase, startup, memory },
  browser,
  bytes,
  bandwidthMbit: BANDWIDTH_BITS / 1e6,
};
report.targets = targets(report);
writeFileSync(join(root, "bench-js", "report.json"), JSON.stringify(report, null, 2) + "\n");
writeFileSync(join(root, "bench-js", "report.md"), renderMarkdown(report));
writeFileSync(join(root, "bench-js", "plot.svg"), renderSvg(report));
updateReadme(report);
log("wrote bench-js/report.md, bench-js/report.json, bench-js/plot.svg and README.md's Performance table");
process.stdout.write(renderMarkdown(report));

/** Replaces the generated block of README.md's "Performance" section with this run's headline. */
function updateReadme(r) {
  const file = join(root, "README.md");
  const readme = readFileSync(file, "utf8");
  const [start, end] = ["<!-- bench:start -->", "<!-- bench:end -->"];
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) return;
  writeFileSync(file, readme.slice(0, from + start.length) + "\n" + renderHeadline(r) + readme.slice(to));
}

function readLoadavg() {
  try {
    return readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).map(Number);
  } catch {
    return null;
  }
}

function versions() {
  const version = (pkg) => JSON.parse(readFileSync(join(root, "node_modules", ...pkg.split("/"), "package.json"), "utf8")).version;
  return {
    passgate: JSON.parse(readFileSync(join(root, "pkg", "package.json"), "utf8")).version,
    "zxcvbn-4.4.2": version("zxcvbn"),
    "zxcvbn-ts": `core ${version("@zxcvbn-ts/core")}, language-common ${version("@zxcvbn-ts/language-common")}, language-en ${version("@zxcvbn-ts/language-en")}`,
  };
}

function targets(r) {
  const per = r.node.perCall;
  // The adversarial suite runs each library alone in a worker; the interleaved corpus run's max
  // also holds GC pauses caused by the other libraries' garbage (one shared heap), so it is
  // reported but not used here.
  const worstEntry = Object.entries(r.node.worstCase[REFERENCE])
    .map(([id, w]) => [id, w.timedOut ? Infinity : w.ms])
    .sort((a, b) => b[1] - a[1])[0];
  const worst = worstEntry[1];
  const mem = r.node.memory[REFERENCE];
  const list = [];
  // The strength-engine targets: ratios of medians against each library, per setting.
  const speed = (label, summary, goals) => {
    for (const [other, title] of [["zxcvbn-4.4.2", "zxcvbn 4.4.2"], ["zxcvbn-ts", "@zxcvbn-ts/core"]]) {
      const goal = goals[other];
      const ratio = summary[other].ratioOfMedians;
      list.push({ target: `passgate median ≥ ${goal}× faster than ${title} (${label})`, value: `${ratio.toFixed(1)}×`, met: ratio >= goal });
    }
  };
  speed("Node, per password", per, { "zxcvbn-4.4.2": 3, "zxcvbn-ts": 20 });
  speed(`Node, blocks of ${r.block}`, r.node.blocks, { "zxcvbn-4.4.2": 4, "zxcvbn-ts": 30 });
  if (r.browser) {
    speed("Chromium, per password", r.browser.perCall, { "zxcvbn-4.4.2": 3, "zxcvbn-ts": 20 });
    speed(`Chromium, blocks of ${r.block}`, r.browser.blocks, { "zxcvbn-4.4.2": 3, "zxcvbn-ts": 20 });
  }
  list.push({ target: "passgate worst case of any input ≤ 4 ms (Node)", value: `${worst.toFixed(2)} ms (${worstEntry[0]})`, met: worst <= 4 });
  const startup = r.node.startup[REFERENCE].node.ms / r.node.startup["zxcvbn-4.4.2"].node.ms;
  list.push({ target: "passgate start-up to first result ≤ 1.0× zxcvbn 4.4.2's (Node; 0.6× is the aim)", value: `${startup.toFixed(2)}×`, met: startup <= 1 });
  if (r.bytes["passgate-lite"]) {
    const kb = r.bytes["passgate-lite"].brotli / 1000;
    list.push({ target: "passgate/lite ≤ 120 KB brotli (100 KB is the aim)", value: `${kb.toFixed(1)} KB`, met: kb <= 120 });
    // The strength module with its glue and the dictionaries file: what the full entries fetch
    // beyond the policy module that lite loads too.
    const dist = join(root, "pkg", "dist");
    const files = ["engine/passgate.js", "engine/passgate_bg.wasm", "estimator.js", "wasm/strength.txt"].map((file) => join(dist, file));
    const strength = compressedSizes(files.filter((file) => existsSync(file))).brotli / 1000;
    list.push({ target: "what strength adds (the strength module and its dictionaries, brotli) ≤ 380 KB", value: `${strength.toFixed(1)} KB`, met: strength <= 380 });
  } else {
    list.push({ target: "passgate/lite ≤ 120 KB brotli (100 KB is the aim)", value: "not built (pkg/dist/lite/ absent)", met: null });
  }
  list.push({
    target: "passgate full bytes ≤ @zxcvbn-ts/core + common + en (brotli)",
    value: `${(r.bytes[REFERENCE].brotli / 1000).toFixed(0)} KB vs ${(r.bytes["zxcvbn-ts"].brotli / 1000).toFixed(0)} KB`,
    met: r.bytes[REFERENCE].brotli <= r.bytes["zxcvbn-ts"].brotli,
  });
  const growth = mem.after.wasm - mem.before.wasm;
  list.push({
    target: "no wasm memory growth across 10,000 checks",
    value: `${(mem.before.wasm / 1048576).toFixed(2)} → ${(mem.after.wasm / 1048576).toFixed(2)} MiB`,
    met: growth === 0,
  });
  return list;
}

// --- Chromium run ------------------------------------------------------------------------------
async function runBrowser() {
  const { launchChromium } = await import("../tests/support/chromium.mjs");
  const server = staticServer();
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  const base = `http://127.0.0.1:${server.address().port}`;
  const lite = liteEntry();
  const options = lite ? { liteUrl: "/" + lite.slice(root.length + 1).split(sep).join("/").replace(/node\.js$/, "index.js") } : {};
  const instance = await launchChromium();
  try {
    const open = async () => {
      const context = await instance.newContext();
      const page = await context.newPage();
      page.on("pageerror", (error) => log("page error:", error.message));
      await page.goto(`${base}/bench-js/browser.html`);
      await page.waitForSelector("html[data-ready=true]");
      return { context, page };
    };
    const names = browserNames();
    const startupRuns = Object.fromEntries(names.map((name) => [name, []]));
    for (let run = 0; run < STARTUP_RUNS; run++) {
      for (let k = 0; k < names.length; k++) {
        const name = names[(run + k) % names.length];
        const { context, page } = await open();
        startupRuns[name].push(await page.evaluate(([n, o]) => window.bench.startup(n, o), [name, options]));
        await context.close();
      }
    }
    log("chromium startup done");
    const { context, page } = await open();
    const isolated = await page.evaluate(() => window.crossOriginIsolated);
    const samples = await page.evaluate(
      ([n, c, o]) => window.bench.perCall(n, c, o),
      [names, corpus, { ...options, rounds: ROUNDS, warmup: 200 }],
    );
    const blockSamples = await page.evaluate(
      ([n, c, o]) => window.bench.blocks(n, c, o),
      [names, corpus, { ...options, block: BLOCK, warmup: WARMUP }],
    );
    await context.close();
    log("chromium per-call done");
    return {
      version: instance.version(),
      crossOriginIsolated: isolated,
      perCall: summarise(samples, REFERENCE),
      blocks: summarise(blockSamples, REFERENCE),
      startup: Object.fromEntries(names.map((name) => [name, { ms: median(startupRuns[name]), runs: startupRuns[name] }])),
    };
  } finally {
    await instance.close();
    await new Promise((done) => server.close(done));
  }
}

/**
 * Serves bench-js/, pkg/dist/ and node_modules/ with COOP/COEP, so the page is cross-origin
 * isolated and `performance.now()` has 5 µs resolution instead of 100 µs.
 */
function staticServer() {
  const types = { ".html": "text/html", ".js": "text/javascript", ".mjs": "text/javascript", ".wasm": "application/wasm", ".json": "application/json" };
  const allowed = ["bench-js", "pkg/dist", "node_modules"].map((dir) => join(root, dir) + sep);
  const importMap = {
    imports: Object.fromEntries(
      ["@zxcvbn-ts/core", "@zxcvbn-ts/language-common", "@zxcvbn-ts/language-en", "@zxcvbn-ts/dictionary-compression/decompress", "fastest-levenshtein"].map(
        (specifier) => [specifier, "/" + resolveBare(specifier).slice(root.length + 1).split(sep).join("/")],
      ),
    ),
  };
  const html = `<!doctype html><meta charset="utf-8"><title>passgate bench</title>
<script type="importmap">${JSON.stringify(importMap)}</script>
<script type="module" src="/bench-js/browser.mjs"></script>`;
  const headers = { "Cross-Origin-Opener-Policy": "same-origin", "Cross-Origin-Embedder-Policy": "require-corp" };
  return createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? "/", "http://localhost");
    if (pathname === "/bench-js/browser.html") {
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", ...headers });
      res.end(html);
      return;
    }
    const file = resolve(root, "." + decodeURIComponent(pathname));
    try {
      if (!allowed.some((dir) => file.startsWith(dir)) || !(await stat(file)).isFile()) throw new Error();
    } catch {
      res.writeHead(404, headers);
      res.end();
      return;
    }
    res.writeHead(200, { "Content-Type": types[extname(file)] ?? "application/octet-stream", ...headers });
    createReadStream(file).pipe(res);
  });
}
