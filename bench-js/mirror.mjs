// The mirror benchmarks of docs/mirror.md: `passgate-range export` of every prefix (time, files,
// bytes, peak memory; then an unchanged re-run), peak memory over inputs of different sizes,
// and a bounded load run on loopback against nginx over the export and `passgate-range serve`
// over the sorted file. Prints a Markdown report; nothing here is part of `make test`.
//
// node bench-js/mirror.mjs [--dir DIR] [--small-rows 4] [--large-rows 48] [--pad-rows 8]
//   [--clients 32] [--requests 20000] [--skip-large] [--keep]
import { execFileSync, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdirSync, rmSync, statSync } from "node:fs";
import { Agent, request } from "node:http";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { freePort, nginxBinary, startNginx } from "../tests/support/nginx.mjs";
import { writeCorpus } from "../tests/support/range-corpus.mjs";

const root = resolve(import.meta.dirname, "..");
const cli = join(root, "pkg", "range", "cli.mjs");
const { values } = parseArgs({
  options: {
    dir: { type: "string", default: join(root, "target", "bench-mirror") },
    "small-rows": { type: "string", default: "4" },
    "large-rows": { type: "string", default: "48" },
    "pad-rows": { type: "string", default: "8" },
    clients: { type: "string", default: "32" },
    requests: { type: "string", default: "20000" },
    "skip-large": { type: "boolean" },
    keep: { type: "boolean" },
  },
});
const dir = resolve(values.dir);
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const report = [];
const log = (line) => {
  console.error(line);
  report.push(line);
};
const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const gb = (bytes) => `${(bytes / 2 ** 30).toFixed(2)} GiB`;

/**
 * Runs `exportRanges(options)` (what `passgate-range export` calls) in a child process; resolves
 * to its stats plus { seconds, maxRss } (the child's getrusage maximum, in bytes).
 */
async function timed(options) {
  const script = `import { exportRanges } from ${JSON.stringify(join(root, "pkg", "range", "export.mjs"))};
const stats = await exportRanges({ ...${JSON.stringify(options)}, progress: () => {} });
process.stdout.write(JSON.stringify({ ...stats, maxRss: process.resourceUsage().maxRSS * 1024 }));`;
  const started = process.hrtime.bigint();
  const output = execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 1 << 20 });
  return { ...JSON.parse(output), seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

const n = (value) => value.toLocaleString("en");
const du = (path) => Number(execFileSync("du", ["-sb", path], { encoding: "utf8" }).split("\t")[0]);

// 1. Corpora, written prefix by prefix (flat memory).
const corpora = { small: join(dir, "small.txt"), large: join(dir, "large.txt") };
const sizes = {};
for (const [name, rows] of [["small", values["small-rows"]], ["large", values["large-rows"]]]) {
  if (name === "large" && values["skip-large"]) continue;
  const started = Date.now();
  const { rows: total, bytes } = await writeCorpus(corpora[name], { rowsPerPrefix: Number(rows), seed: name === "small" ? 1 : 2 });
  sizes[name] = { rows: total, bytes };
  console.error(`${name}: ${total} rows, ${gb(bytes)} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

log(`## Export (node ${process.version}, ${execFileSync("nproc", { encoding: "utf8" }).trim()} cores)`);
log("");
const out = join(dir, "export");
const common = { padRows: Number(values["pad-rows"]), seed: "bench" };
const subset = [[0x00000, 0x0ffff]];
const row = (label, input, r, output) =>
  log(`| ${label} | ${input} | ${n(r.files)} | ${n(r.written)} | ${n(r.rows)} | ${output} | ${r.seconds.toFixed(0)} s | ${mb(r.maxRss)} |`);
log("| run | input | prefixes | files written | rows | output | time | peak RSS |");
log("|---|---|---|---|---|---|---|---|");
const smallInput = `${n(sizes.small.rows)} rows, ${gb(sizes.small.bytes)}`;
const full = await timed({ ...common, sha1: corpora.small, out });
row("full export", smallInput, full, gb(du(out)));
const again = await timed({ ...common, sha1: corpora.small, out });
row("same input again", smallInput, again, "unchanged");
const subsetSmall = await timed({ ...common, sha1: corpora.small, out: join(dir, "subset-small"), prefixRanges: subset });
row("subset 00000-0FFFF", smallInput, subsetSmall, gb(du(join(dir, "subset-small"))));
rmSync(join(dir, "subset-small"), { recursive: true, force: true });
if (sizes.large) {
  const subsetLarge = await timed({ ...common, sha1: corpora.large, out: join(dir, "subset-large"), prefixRanges: subset });
  row("subset 00000-0FFFF", `${n(sizes.large.rows)} rows, ${gb(sizes.large.bytes)}`, subsetLarge, gb(du(join(dir, "subset-large"))));
  rmSync(join(dir, "subset-large"), { recursive: true, force: true });
}
log("");

// 2. Load: N clients with keep-alive, a fixed number of requests for random prefixes.
const clients = Number(values.clients);
const total = Number(values.requests);
async function load(base, label) {
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const latencies = [];
  let failed = 0;
  let next = 0;
  const one = (path) =>
    new Promise((resolve) => {
      const started = process.hrtime.bigint();
      request(base + path, { agent }, (response) => {
        response.resume();
        response.on("end", () => {
          latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
          if (response.statusCode !== 200) failed++;
          resolve();
        });
      })
        .on("error", () => {
          failed++;
          resolve();
        })
        .end();
    });
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < total) {
        next++;
        const prefix = Math.floor(Math.random() * 0x100000).toString(16).toUpperCase().padStart(5, "0");
        await one(`/range/${prefix}`);
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1);
  log(`| ${label} | ${clients} | ${total.toLocaleString("en")} | ${(total / seconds).toFixed(0)} req/s | ${at(0.5)} ms | ${at(0.99)} ms | ${failed} |`);
  if (failed > 0 || latencies.length !== total) {
    console.error(`${label}: ${failed} failed requests, ${latencies.length} of ${total} answered`);
    process.exitCode = 1;
  }
}

log(`## Load on loopback (client: node http, keep-alive; random prefixes)`);
log("");
log("| server | clients | requests | throughput | p50 | p99 | failed |");
log("|---|---|---|---|---|---|---|");
const [nginxPort] = [await freePort()];
const { readFileSync } = await import("node:fs");
const site = readFileSync(join(root, "pkg", "range", "nginx.conf"), "utf8").replace("listen 8080;", `listen 127.0.0.1:${nginxPort};`).replace("root /srv/pwned;", `root ${out};`);
const nginx = await startNginx({ prefix: join(dir, "nginx"), servers: site.replace("worker_processes", ""), ports: [nginxPort] });
console.error(`nginx: ${nginxBinary()}`);
try {
  await load(`http://127.0.0.1:${nginxPort}`, "nginx 1 worker, export files");
} finally {
  await nginx.stop();
}
const serve = spawn(process.execPath, [cli, "serve", "--port", "0", "--sha1", corpora.small], { stdio: ["ignore", "pipe", "inherit"] });
const [chunk] = await once(serve.stdout, "data");
const serveUrl = /(http:\/\/\S+)\/range\//.exec(String(chunk))[1];
try {
  await load(serveUrl, "passgate-range serve, sorted file");
} finally {
  serve.kill("SIGTERM");
  await once(serve, "exit");
}
log("");
console.log(report.join("\n"));
if (!values.keep) rmSync(dir, { recursive: true, force: true });
else console.error(`kept ${dir} (${statSync(dir).isDirectory() ? "export, corpora" : ""})`);
