// The range server of `passgate-range serve` (pkg/range/server.mjs) set up for this repository:
// the sample corpus in data/breach-sample/ by default and every request recorded, for the demo
// (scripts/serve.mjs) and the tests. `node scripts/range-server.mjs [serve options]` runs
// `passgate-range serve` on the sample corpus.
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { createRangeServer as createServer } from "../pkg/range/server.mjs";

export { FAULTS, listenLocal } from "../pkg/range/server.mjs";

const sample = join(resolve(import.meta.dirname, ".."), "data", "breach-sample");
/** The sample corpus in data/breach-sample/ (tests and the demo), as `createRangeServer` options. */
export const SAMPLE_FILES = {
  sha1File: join(sample, "pwned-sha1-sample.txt"),
  ntlmFile: join(sample, "pwned-ntlm-sample.txt"),
};

/** `createRangeServer` of pkg/range/server.mjs with `recordRequests: true` unless told otherwise. */
export function createRangeServer(options = {}) {
  return createServer({ recordRequests: true, ...options });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { main } = await import("../pkg/range/cli.mjs");
  const args = process.argv.slice(2);
  const defaults = args.includes("--sha1") || args.includes("--ntlm") ? [] : ["--sha1", SAMPLE_FILES.sha1File, "--ntlm", SAMPLE_FILES.ntlmFile];
  process.exitCode = await main(["serve", ...defaults, ...args]);
}
