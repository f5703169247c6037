// Generates a sorted `HASH:COUNT` corpus in the Pwned Passwords downloader's format, for the
// mirror tests and benchmarks: random filler rows (deterministic from a seed) in the chosen
// prefixes, merged with given real rows (e.g. the sample corpus's hashes of known passwords).
// Rows are produced prefix by prefix, already in order, so any size is written in flat memory.
//
// node tests/support/range-corpus.mjs --out FILE [--mode sha1|ntlm] [--rows-per-prefix N]
//   [--prefix-range A-B]... [--extra SAMPLE_FILE] [--seed N]
import { createCipheriv, createHash } from "node:crypto";
import { once } from "node:events";
import { createWriteStream, readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const HASH_LENGTH = { sha1: 40, ntlm: 32 };

/** Deterministic 32-bit words from `seed`: an AES-128-CTR keystream, read 1 MiB at a time. */
function generator(seed) {
  const key = createHash("sha256").update(`passgate range corpus ${seed}`).digest();
  const cipher = createCipheriv("aes-128-ctr", key.subarray(0, 16), key.subarray(16, 32));
  const zeros = Buffer.alloc(1 << 20);
  let block = cipher.update(zeros);
  let offset = 0;
  return () => {
    if (offset === block.length) {
      block = cipher.update(zeros);
      offset = 0;
    }
    const word = block.readUInt32LE(offset);
    offset += 4;
    return word;
  };
}

/**
 * Writes the corpus to `path`.
 * @param {string} path
 * @param {object} options
 * @param {"sha1" | "ntlm"} [options.mode]
 * @param {[number, number][]} [options.intervals] inclusive prefix intervals, sorted, disjoint (default all)
 * @param {number} [options.rowsPerPrefix] filler rows per prefix, on average (default 8)
 * @param {string[]} [options.extra] real `HASH:COUNT` lines to merge in (only those in the intervals)
 * @param {number} [options.seed]
 * @param {boolean} [options.crlf] CRLF line endings (default LF)
 * @returns {Promise<{ rows: number, bytes: number }>}
 */
export async function writeCorpus(path, { mode = "sha1", intervals = [[0, 0xfffff]], rowsPerPrefix = 8, extra = [], seed = 1, crlf = false } = {}) {
  const random = generator(seed);
  const suffixLength = HASH_LENGTH[mode] - 5;
  const newline = crlf ? "\r\n" : "\n";
  const extraByPrefix = new Map();
  for (const line of extra) {
    const prefix = parseInt(line.slice(0, 5), 16);
    if (!extraByPrefix.has(prefix)) extraByPrefix.set(prefix, []);
    extraByPrefix.get(prefix).push(line.toUpperCase());
  }
  const out = createWriteStream(path);
  let chunk = "";
  let rows = 0;
  let bytes = 0;
  for (const [from, to] of intervals) {
    for (let p = from; p <= to; p++) {
      const prefix = p.toString(16).toUpperCase().padStart(5, "0");
      const lines = (extraByPrefix.get(p) ?? []).map((line) => line.slice(0, HASH_LENGTH[mode] + 1 + line.split(":")[1].length));
      const seen = new Set(lines.map((line) => line.slice(0, HASH_LENGTH[mode])));
      // Between half and one and a half times the average, so ranges differ in size.
      const count = Math.floor(rowsPerPrefix / 2 + (random() / 2 ** 32) * rowsPerPrefix);
      for (let i = 0; i < count; i++) {
        let suffix = "";
        while (suffix.length < suffixLength) suffix += random().toString(16).toUpperCase().padStart(8, "0");
        const hash = prefix + suffix.slice(0, suffixLength);
        if (seen.has(hash)) continue;
        seen.add(hash);
        lines.push(`${hash}:${1 + (random() % 1000)}`);
      }
      lines.sort();
      for (const line of lines) chunk += line + newline;
      rows += lines.length;
      if (chunk.length >= 1 << 20) {
        bytes += chunk.length;
        if (!out.write(chunk)) await once(out, "drain");
        chunk = "";
      }
    }
  }
  bytes += chunk.length;
  out.end(chunk);
  await once(out, "finish");
  return { rows, bytes };
}

/** `A-B` or `A` (hex) → [from, to]. */
export function interval(text) {
  const [from, to = from] = text.split("-").map((part) => parseInt(part, 16));
  return [from, to];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { values } = parseArgs({
    options: {
      out: { type: "string" },
      mode: { type: "string", default: "sha1" },
      "rows-per-prefix": { type: "string", default: "8" },
      "prefix-range": { type: "string", multiple: true },
      extra: { type: "string" },
      seed: { type: "string", default: "1" },
    },
  });
  if (!values.out) throw new Error("--out FILE is required");
  const extra = values.extra ? readFileSync(values.extra, "latin1").split(/\r?\n/).filter(Boolean) : [];
  const intervals = values["prefix-range"]?.map(interval).sort((a, b) => a[0] - b[0]);
  const started = Date.now();
  const { rows, bytes } = await writeCorpus(values.out, { mode: values.mode, intervals, rowsPerPrefix: Number(values["rows-per-prefix"]), extra, seed: Number(values.seed) });
  console.log(`${values.out}: ${rows} rows, ${bytes} bytes, ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
