// A self-hosted mirror for the tests, set up the way an operator would: a generated corpus
// (random filler plus the sample corpus's real rows) in a temp dir, `passgate-range export` of a
// prefix subset, nginx serving the export with the shipped site config, `passgate-range serve`
// over the same corpus, and an nginx whose origin is down (every request a 502).
import { execFile, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { ntlm } from "../../scripts/ntlm.mjs";
import { freePort, startNginx } from "./nginx.mjs";
import { writeCorpus } from "./range-corpus.mjs";

const repo = resolve(import.meta.dirname, "..", "..");
const SAMPLE = { sha1: join(repo, "data", "breach-sample", "pwned-sha1-sample.txt"), ntlm: join(repo, "data", "breach-sample", "pwned-ntlm-sample.txt") };
const HASH = { sha1: (text) => createHash("sha1").update(text, "utf8").digest("hex").toUpperCase(), ntlm };

/** Passwords the tests check: in the sample corpus, absent from it, and outside the export. */
export const PASSWORDS = {
  breached: ["password", "P@ssw0rd", "123456", "020293"],
  clear: ["mauve-tundra-lantern-oboe-57", "Correct horse, battery staple!"],
  missing: "quartz-vellum-orbit-9134",
};
/** The exported prefixes: a block, plus every test password's prefix (both modes). */
const BLOCK = [0x00000, 0x003ff];
const PAD_ROWS = 16;

const prefixOf = (mode, password) => parseInt(HASH[mode](password).slice(0, 5), 16);

/** The sample corpus's count for `password` in `mode`, or 0. */
export function sampleCount(mode, password) {
  const hash = HASH[mode](password);
  const line = readFileSync(SAMPLE[mode], "latin1").split(/\r?\n/).find((row) => row.startsWith(`${hash}:`));
  return line ? Number(line.split(":")[1]) : 0;
}

function intervals(mode) {
  const prefixes = [...PASSWORDS.breached, ...PASSWORDS.clear].map((password) => prefixOf(mode, password));
  const list = [BLOCK, ...prefixes.filter((p) => p > BLOCK[1]).map((p) => [p, p])].sort((a, b) => a[0] - b[0]);
  const merged = list.filter(([from], i) => i === 0 || from !== list[i - 1][0]);
  const missing = prefixOf(mode, PASSWORDS.missing);
  if (merged.some(([from, to]) => from <= missing && missing <= to)) throw new Error(`${PASSWORDS.missing}'s ${mode} prefix is exported; pick another`);
  return merged;
}

/**
 * Sets the mirror up. `command` runs passgate-range: `[file, ...args]` (e.g.
 * `["node_modules/.bin/passgate-range"]` in a project that installed the package, or `[node,
 * "pkg/range/cli.mjs"]`; not `npx`, whose child would outlive a kill), from `cwd`; `site` is the
 * nginx site config to use (the package's range/nginx.conf).
 */
export async function startMirror({ command, cwd, site }) {
  const work = mkdtempSync(join(tmpdir(), "passgate-mirror-"));
  const out = join(work, "export");
  const corpus = {};
  const hex = (n) => n.toString(16).toUpperCase().padStart(5, "0");
  const prefixArgs = { sha1: [], ntlm: [] };
  for (const mode of ["sha1", "ntlm"]) {
    corpus[mode] = join(work, `pwned-${mode}.txt`);
    const extra = readFileSync(SAMPLE[mode], "latin1").split(/\r?\n/).filter(Boolean);
    await writeCorpus(corpus[mode], { mode, intervals: intervals(mode), rowsPerPrefix: 6, extra, seed: mode === "sha1" ? 1 : 2 });
    for (const [from, to] of intervals(mode)) prefixArgs[mode].push("--prefix-range", from === to ? hex(from) : `${hex(from)}-${hex(to)}`);
  }
  const [file, ...base] = command;
  const run = promisify(execFile);
  // One run per mode (each its own prefixes) into the same directory: the second keeps the
  // first's manifest entries.
  let exportLog = "";
  for (const mode of ["sha1", "ntlm"]) {
    const { stderr } = await run(file, [...base, "export", `--${mode}`, corpus[mode], "--out", out, "--pad-rows", String(PAD_ROWS), "--precompress", "--seed", "mirror-test", ...prefixArgs[mode]], { cwd });
    exportLog += stderr;
  }

  // nginx: the shipped site on one port, a proxy to a closed port (a dead origin) on another,
  // which adds CORS to its errors as the shipped site does (without it a browser sees a 502 as
  // a network error: unknown as well, but without the status).
  const [port, deadPort, closedPort] = [await freePort(), await freePort(), await freePort()];
  const siteText = readFileSync(site, "utf8").replace(/listen 8080;/, `listen 127.0.0.1:${port};`).replace(/root \/srv\/pwned;/, `root ${out};`);
  if (!siteText.includes(`root ${out};`) || !siteText.includes(`127.0.0.1:${port}`)) throw new Error(`${site}: no 'listen 8080;' or 'root /srv/pwned;' to replace`);
  const dead = `server {\n  listen 127.0.0.1:${deadPort};\n  access_log off;\n  error_log ${join(work, "dead-origin-error.log")};\n  add_header Access-Control-Allow-Origin "*" always;\n  location / { proxy_pass http://127.0.0.1:${closedPort}; }\n}`;
  const nginx = await startNginx({ prefix: join(work, "nginx"), servers: `${siteText}\n${dead}`, ports: [port, deadPort] });

  // passgate-range serve on a free port; it prints its URL.
  const serve = spawn(file, [...base, "serve", "--port", "0", "--sha1", corpus.sha1, "--ntlm", corpus.ntlm], { cwd, stdio: ["ignore", "pipe", "pipe"] });
  const serveOutput = { stdout: "", stderr: "" };
  serve.stderr.on("data", (chunk) => (serveOutput.stderr += chunk));
  const serveUrl = await new Promise((resolve, reject) => {
    serve.stdout.on("data", (chunk) => {
      serveOutput.stdout += chunk;
      const match = /(http:\/\/\S+)\/range\/\{prefix\}/.exec(serveOutput.stdout);
      if (match) resolve(match[1]);
    });
    serve.once("exit", (code) => reject(new Error(`passgate-range serve exited ${code}: ${serveOutput.stderr}`)));
  });

  const nginxUrl = `http://127.0.0.1:${port}`;
  return {
    work,
    out,
    corpus,
    padRows: PAD_ROWS,
    exportLog,
    nginx,
    serveOutput,
    /** Endpoints that must give identical results: name → endpoint option. */
    endpoints: {
      serve: serveUrl,
      nginx: nginxUrl,
      template: `${nginxUrl}/{mode}/{prefix}`,
    },
    nginxUrl,
    deadEndpoint: `http://127.0.0.1:${deadPort}`,
    prefixOf,
    intervals,
    async close() {
      const exited = serve.exitCode === null ? new Promise((resolve) => serve.once("exit", resolve)) : null;
      serve.kill("SIGTERM");
      await exited;
      await nginx.stop();
      rmSync(work, { recursive: true, force: true });
    },
  };
}
