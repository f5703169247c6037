#!/usr/bin/env node
// passgate-range: a Pwned Passwords range mirror. `export` writes static range files for any
// web server, CDN or object store; `serve` answers the range API from the downloader's files.
// Usage errors print the usage and a one-line reason and exit 2; bad input data exits 1.
import { realpathSync, statSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const USAGE = {
  main: `Usage: passgate-range <command> [options]

A self-hosted Pwned Passwords range mirror (k-anonymity: clients send a 5-hex-digit hash prefix).

Commands:
  export   write static range files (one per prefix) for nginx, a CDN or an object store
  serve    answer the range API (/range/XXXXX, ?mode=ntlm) from the downloader's sorted files

Run 'passgate-range <command> --help' for its options.`,
  export: `Usage: passgate-range export --sha1 INPUT [--ntlm INPUT] --out DIR [options]

Writes DIR/sha1/XXXXX and DIR/ntlm/XXXXX for every one of the 1,048,576 prefixes (an empty
range is a file too), each exactly a range API response padded with count-0 rows, and
DIR/manifest.txt (MODE/XXXXX MD5 BYTES per file). A second run rewrites only ranges that changed.
The input is validated in full before anything is written.

INPUT is the Pwned Passwords downloader's output: one sorted HASH:COUNT file, or its
per-prefix directory (XXXXX.txt files of SUFFIX:COUNT lines).

Options:
  --sha1 INPUT            SHA-1 input (40-hex-digit hashes)
  --ntlm INPUT            NTLM input (32-hex-digit hashes)
  --out DIR               output directory (created if missing)
  --pad-rows N            pad each file to a multiple of N rows (default 512; at least 1)
  --seed TEXT             padding seed (default: the previous export's, else random)
  --precompress           also write .gz and .br copies (nginx gzip_static)
  --prefix-range A[-B]    export only prefixes A to B (hex, inclusive); repeatable
  --quiet                 no progress lines
  -h, --help              this help`,
  serve: `Usage: passgate-range serve (--sha1 FILE | --ntlm FILE)... [options]

Answers GET /range/XXXXX (and ?mode=ntlm) from sorted HASH:COUNT files without loading them,
with Add-Padding support and CORS. Nothing is logged per request unless asked: a logged
prefix, with a time and an address, narrows down whose password was checked.

Options:
  --sha1 FILE             sorted SHA-1 HASH:COUNT file
  --ntlm FILE             sorted NTLM HASH:COUNT file
  --port N                port (default 8081; 0 picks a free one)
  --host ADDRESS          address to listen on (default 127.0.0.1)
  --log-requests          one line per request, prefix masked as *****
  --log-prefixes          one line per request, with the prefix (only for debugging)
  --fault MODE            answer every request with a fault, for testing clients
                          (slow, 429, 502, empty, truncated, lf, lowercase, garbage)
  --slow-ms N             delay of the slow fault (default 6000)
  -h, --help              this help`,
};

const OPTIONS = {
  export: {
    sha1: { type: "string" },
    ntlm: { type: "string" },
    out: { type: "string" },
    "pad-rows": { type: "string" },
    seed: { type: "string" },
    precompress: { type: "boolean" },
    "prefix-range": { type: "string", multiple: true },
    quiet: { type: "boolean" },
    help: { type: "boolean", short: "h" },
  },
  serve: {
    sha1: { type: "string" },
    ntlm: { type: "string" },
    port: { type: "string", default: "8081" },
    host: { type: "string", default: "127.0.0.1" },
    "log-requests": { type: "boolean" },
    "log-prefixes": { type: "boolean" },
    fault: { type: "string" },
    "slow-ms": { type: "string", default: "6000" },
    help: { type: "boolean", short: "h" },
  },
};

/** A usage error: usage, then the reason, exit 2. */
class UsageError extends Error {}

function parse(command, args) {
  try {
    return parseArgs({ args, options: OPTIONS[command], allowPositionals: false, strict: true }).values;
  } catch (error) {
    // parseArgs's messages name the option; drop its advice about '--' positionals.
    throw new UsageError(String(error.message).split(". ")[0].replace(/\.$/, ""));
  }
}

function wholeNumber(flag, text, min, max) {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) throw new UsageError(`${flag} must be a whole number from ${min} to ${max}, got ${JSON.stringify(text)}`);
  return value;
}

function readable(flag, path, { directory = false } = {}) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat || !(stat.isFile() || (directory && stat.isDirectory()))) {
    throw new UsageError(`${flag} ${path}: no such ${directory ? "file or directory" : "file"}`);
  }
}

async function runExport(args) {
  const values = parse("export", args);
  if (values.help) return console.log(USAGE.export), 0;
  if (!values.sha1 && !values.ntlm) throw new UsageError("give --sha1 INPUT, --ntlm INPUT or both");
  if (!values.out) throw new UsageError("--out DIR is required");
  for (const mode of ["sha1", "ntlm"]) if (values[mode]) readable(`--${mode}`, values[mode], { directory: true });
  const { exportRanges, parsePrefixRange, ExportError, DEFAULT_PAD_ROWS } = await import("./export.mjs");
  let prefixRanges;
  try {
    prefixRanges = values["prefix-range"]?.map(parsePrefixRange);
  } catch (error) {
    if (error instanceof ExportError) throw new UsageError(error.message);
    throw error;
  }
  const padRows = values["pad-rows"] === undefined ? DEFAULT_PAD_ROWS : wholeNumber("--pad-rows", values["pad-rows"], 1, 100_000);
  const started = Date.now();
  const progress = values.quiet ? () => {} : (line) => console.error(`passgate-range export: ${line}`);
  try {
    const stats = await exportRanges({ sha1: values.sha1, ntlm: values.ntlm, out: values.out, padRows, precompress: values.precompress, prefixRanges, seed: values.seed, progress });
    progress(`${stats.files} files (${stats.written} written, ${stats.unchanged} unchanged), ${stats.rows} rows, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return 0;
  } catch (error) {
    if (!(error instanceof ExportError)) throw error;
    console.error(`passgate-range export: ${error.message}; nothing was replaced`);
    return 1;
  }
}

async function runServe(args) {
  const values = parse("serve", args);
  if (values.help) return console.log(USAGE.serve), 0;
  if (!values.sha1 && !values.ntlm) throw new UsageError("give --sha1 FILE, --ntlm FILE or both");
  for (const mode of ["sha1", "ntlm"]) if (values[mode]) readable(`--${mode}`, values[mode]);
  const port = wholeNumber("--port", values.port, 0, 65535);
  const slowMs = wholeNumber("--slow-ms", values["slow-ms"], 0, 600_000);
  const { createRangeServer, FAULTS } = await import("./server.mjs");
  if (values.fault !== undefined && !FAULTS.includes(values.fault)) throw new UsageError(`--fault must be one of ${FAULTS.join(", ")}, got ${JSON.stringify(values.fault)}`);
  const log = values["log-prefixes"] ? "prefixes" : values["log-requests"] ? "masked" : undefined;
  const server = createRangeServer({ sha1File: values.sha1, ntlmFile: values.ntlm, fault: values.fault, slowMs, log });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, values.host, resolve);
  }).catch((error) => {
    throw new UsageError(`cannot listen on ${values.host}:${port}: ${error.code ?? error.message}`);
  });
  const { address, port: bound } = server.address();
  const host = address.includes(":") ? `[${address}]` : address;
  const fault = values.fault ? ` (fault: ${values.fault})` : "";
  console.log(`passgate-range serve: http://${host}:${bound}/range/{prefix}${fault}`);
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  return new Promise(() => {}); // runs until stopped
}

/** Runs the command line `args` (without `node` and the script); resolves to the exit code. */
export async function main(args) {
  const [command, ...rest] = args;
  try {
    if (command === undefined || command === "-h" || command === "--help" || command === "help") {
      console.log(USAGE.main);
      return command === undefined ? 2 : 0;
    }
    if (command === "export") return await runExport(rest);
    if (command === "serve") return await runServe(rest);
    throw new UsageError(`unknown command ${JSON.stringify(command)}`);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    const usage = USAGE[command] ?? USAGE.main;
    console.error(`${usage}\n\npassgate-range${USAGE[command] ? ` ${command}` : ""}: ${error.message}`);
    return 2;
  }
}

/** Whether this file is the program (run directly, or through npm's `passgate-range` link). */
function isEntry() {
  try {
    return import.meta.url === pathToFileURL(realpathSync(process.argv[1] ?? "")).href;
  } catch {
    return false;
  }
}

if (isEntry()) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      console.error(`passgate-range: ${error.message}`);
      process.exitCode = 1;
    },
  );
}
