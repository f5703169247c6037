// `passgate-range export`: turns the Pwned Passwords downloader's output into static range
// files that any web server, CDN or object store can serve.
//
// Layout under OUT (one file per prefix, 1,048,576 per hash type; an empty range is a file too,
// so a 404 always means a broken mirror):
//   OUT/sha1/XXXXX      SHA-1 range of prefix XXXXX (uppercase hex)
//   OUT/ntlm/XXXXX      NTLM range
//   OUT/sha1/XXXXX.gz, .br   with --precompress
//   OUT/manifest.txt    one line per range file: `MODE/XXXXX MD5 BYTES`, sorted
// Each file is exactly what the range API returns: `SUFFIX:COUNT` rows, uppercase, sorted, CRLF
// between rows, no trailing newline, then count-0 padding rows up to a multiple of padRows
// (always at least one row). The padding is derived from the seed, the mode and the prefix, so
// an unchanged range is byte-identical on the next run and is not rewritten.
//
// Input is read twice, as a stream (memory does not grow with it): first validated in full
// (sorted, well-formed, right hash length; an error names the file and line and nothing is
// written), then exported. Each file is written beside its target and renamed over it.
import { createHash, createHmac, randomBytes } from "node:crypto";
import { createReadStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants as zlib, gzipSync } from "node:zlib";

/** Hex digits of a whole hash, per mode. */
export const HASH_LENGTH = { sha1: 40, ntlm: 32 };
export const PREFIX_COUNT = 0x100000;
/** Rows per file are padded to a multiple of this by default: a full-corpus range holds about
 * 1,000-2,000 rows, so every file becomes 1,024, 1,536 or 2,048 rows long. */
export const DEFAULT_PAD_ROWS = 512;
export const MANIFEST = "manifest.txt";
const MANIFEST_HEADER = "# passgate-range manifest 1";
/** Present while an export runs: a manifest next to it may not describe the files. */
const IN_PROGRESS = ".export-in-progress";
const PREFIX_LEN = 5;

/** A problem with the input or the options: the CLI prints the message, exit 1. */
export class ExportError extends Error {}

/** `00000-00FFF` or `5BAA6` → [from, to] (inclusive numbers). */
export function parsePrefixRange(text) {
  const match = /^([0-9A-Fa-f]{5})(?:-([0-9A-Fa-f]{5}))?$/.exec(text);
  if (!match) throw new ExportError(`--prefix-range must be XXXXX or XXXXX-YYYYY (5 hex digits), got ${JSON.stringify(text)}`);
  const from = parseInt(match[1], 16);
  const to = parseInt(match[2] ?? match[1], 16);
  if (to < from) throw new ExportError(`--prefix-range ${text}: the end is before the start`);
  return [from, to];
}

/** Sorted, merged, inclusive intervals. */
function mergeIntervals(intervals) {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const [from, to] of sorted) {
    const last = merged.at(-1);
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

const hex5 = (n) => n.toString(16).toUpperCase().padStart(PREFIX_LEN, "0");

/** Lines of a file as latin1 strings without their line ending, with 1-based numbers. */
async function* lines(path) {
  let carry = "";
  let number = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const parts = (carry + chunk.toString("latin1")).split("\n");
    carry = parts.pop();
    for (const part of parts) yield [++number, part.endsWith("\r") ? part.slice(0, -1) : part];
  }
  if (carry !== "") yield [++number, carry.endsWith("\r") ? carry.slice(0, -1) : carry];
}

/**
 * The input for one mode: a single sorted `HASH:COUNT` file, or the downloader's per-prefix
 * directory (`XXXXX.txt` files of `SUFFIX:COUNT` lines).
 */
class Source {
  constructor(mode, path) {
    this.mode = mode;
    this.path = path;
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) throw new ExportError(`--${mode} ${path}: no such file or directory`);
    this.isDirectory = stat.isDirectory();
    this.hashLength = HASH_LENGTH[mode];
  }

  /** The file holding `prefix` in a per-prefix directory. */
  prefixFile(prefix) {
    for (const name of [`${prefix}.txt`, prefix, `${prefix.toLowerCase()}.txt`]) {
      const path = join(this.path, name);
      if (existsSync(path)) return path;
    }
    throw new ExportError(`--${this.mode} ${this.path}: no file for prefix ${prefix} (${prefix}.txt)`);
  }

  /**
   * Validates, yielding `[prefix number, rows]` for every prefix that has rows (in order, only
   * those in `intervals` for a directory). A row is `SUFFIX:COUNT`, uppercase.
   */
  async *groups(intervals) {
    if (this.isDirectory) {
      for (const [from, to] of intervals) {
        for (let n = from; n <= to; n++) {
          const rows = await this.readPrefixFile(hex5(n));
          if (rows.length > 0) yield [n, rows];
        }
      }
      return;
    }
    const where = (number) => `--${this.mode} ${this.path} line ${number}`;
    let previous = "";
    let current = -1;
    let rows = [];
    let blank = 0;
    for await (const [number, line] of lines(this.path)) {
      if (line === "") {
        blank ||= number;
        continue;
      }
      if (blank) throw new ExportError(`${where(blank)}: blank line`);
      const hash = this.parse(line, this.hashLength, where(number));
      if (hash <= previous) {
        throw new ExportError(`${where(number)}: not sorted (each hash must sort after the one before, and appear once)`);
      }
      previous = hash;
      const prefix = parseInt(hash.slice(0, PREFIX_LEN), 16);
      if (prefix !== current) {
        if (rows.length > 0) yield [current, rows];
        current = prefix;
        rows = [];
      }
      rows.push(`${hash.slice(PREFIX_LEN)}:${line.slice(this.hashLength + 1)}`);
    }
    if (rows.length > 0) yield [current, rows];
  }

  async readPrefixFile(prefix) {
    const path = this.prefixFile(prefix);
    const rows = [];
    let previous = "";
    const suffixLength = this.hashLength - PREFIX_LEN;
    for await (const [number, line] of lines(path)) {
      if (line === "") continue;
      const where = `--${this.mode} ${path} line ${number}`;
      const suffix = this.parse(line, suffixLength, where);
      if (suffix <= previous) throw new ExportError(`${where}: not sorted (each suffix must sort after the one before, and appear once)`);
      previous = suffix;
      rows.push(`${suffix}:${line.slice(suffixLength + 1)}`);
    }
    return rows;
  }

  /** The uppercase hex before the `:` of a valid line; throws naming the line otherwise. */
  parse(line, length, where) {
    const colon = line.indexOf(":");
    if (colon < 0) throw new ExportError(`${where}: expected HASH:COUNT, found no ':'`);
    if (colon !== length) {
      throw new ExportError(`${where}: the hash has ${colon} characters, a ${this.mode} ${length === this.hashLength ? "hash" : "suffix"} has ${length}`);
    }
    const hex = line.slice(0, colon);
    if (!/^[0-9A-Fa-f]+$/.test(hex)) throw new ExportError(`${where}: the hash is not hexadecimal`);
    if (!/^[0-9]{1,19}$/.test(line.slice(colon + 1))) throw new ExportError(`${where}: the count is not a whole number`);
    return hex.toUpperCase();
  }
}

/** Every prefix in `intervals`, in order, with its rows (an empty array when it has none). */
async function* everyPrefix(source, intervals) {
  const groups = source.groups(intervals);
  let next = await groups.next();
  for (const [from, to] of intervals) {
    for (let n = from; n <= to; n++) {
      while (!next.done && next.value[0] < n) next = await groups.next();
      yield [n, !next.done && next.value[0] === n ? next.value[1] : []];
    }
  }
  // Drain, so that a file is validated to its end even past the last selected prefix.
  while (!next.done) next = await groups.next();
}

/**
 * Padding rows for one range: deterministic in (seed, mode, prefix), suffixes that are not in
 * the range (`taken`), count 0. A xoshiro128** stream keyed by HMAC-SHA256(seed, mode/prefix).
 */
function paddingRows(seed, mode, prefix, count, suffixLength, taken) {
  const key = createHmac("sha256", seed).update(`${mode}/${prefix}`).digest();
  let [a, b, c, d] = [key.readUInt32LE(0), key.readUInt32LE(4), key.readUInt32LE(8), key.readUInt32LE(12)];
  const next = () => {
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = (b << 9) >>> 0;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return result;
  };
  const rows = [];
  while (rows.length < count) {
    let suffix = "";
    while (suffix.length < suffixLength) suffix += next().toString(16).toUpperCase().padStart(8, "0");
    suffix = suffix.slice(0, suffixLength);
    if (taken.has(suffix)) continue;
    taken.add(suffix);
    rows.push(`${suffix}:0`);
  }
  return rows;
}

const rotl = (x, k) => ((x << k) | (x >>> (32 - k))) >>> 0;

/** The file's bytes for `rows` (already sorted), padded to a multiple of `padRows`. */
export function rangeFile(rows, { seed, mode, prefix, padRows }) {
  const total = Math.max(padRows, Math.ceil(rows.length / padRows) * padRows);
  const suffixLength = HASH_LENGTH[mode] - PREFIX_LEN;
  const taken = new Set(rows.map((row) => row.slice(0, suffixLength)));
  const padding = paddingRows(seed, mode, prefix, total - rows.length, suffixLength, taken);
  return Buffer.from([...rows, ...padding].join("\r\n"), "latin1");
}

/** The previous manifest's entries in order (`[key, md5, bytes]`), or nothing. */
async function* manifestEntries(path) {
  if (!existsSync(path)) return;
  for await (const [, line] of lines(path)) {
    if (line === "" || line.startsWith("#")) continue;
    const [key, md5, bytes] = line.split(" ");
    yield [key, md5, Number(bytes)];
  }
}

/** The previous manifest's `# name value` header fields. */
function manifestHeader(path) {
  const fields = {};
  if (!existsSync(path)) return fields;
  const head = readFileSync(path, "latin1").slice(0, 4096).split("\n");
  for (const line of head) {
    const match = /^# (\w+) (\S+)$/.exec(line);
    if (match) fields[match[1]] = match[2];
  }
  return fields;
}

/** Writes `data` beside `path` and renames it over `path`. */
function replace(path, data) {
  const temporary = `${path}.tmp-${process.pid}`;
  writeFileSync(temporary, data);
  renameSync(temporary, path);
}

/**
 * Exports range files (see the file comment).
 * @param {object} options
 * @param {string} [options.sha1] sorted `SHA1:COUNT` file, or the downloader's per-prefix directory
 * @param {string} [options.ntlm] the same for NTLM
 * @param {string} options.out output directory (created)
 * @param {number} [options.padRows] pad every file to a multiple of this many rows (default 512)
 * @param {boolean} [options.precompress] also write `.gz` and `.br` copies
 * @param {[number, number][]} [options.prefixRanges] inclusive prefix intervals (default all)
 * @param {string} [options.seed] padding seed; default: the previous export's, else random
 * @param {(line: string) => void} [options.progress] called now and then with a status line
 * @returns {Promise<{ written: number, unchanged: number, files: number, rows: number }>}
 */
export async function exportRanges({ sha1, ntlm, out, padRows = DEFAULT_PAD_ROWS, precompress = false, prefixRanges, seed, progress = () => {} }) {
  if (!sha1 && !ntlm) throw new ExportError("give --sha1 FILE, --ntlm FILE or both");
  if (!out) throw new ExportError("--out DIR is required");
  if (!Number.isInteger(padRows) || padRows < 1 || padRows > 100_000) {
    throw new ExportError(`--pad-rows must be a whole number from 1 to 100000, got ${padRows}`);
  }
  const intervals = mergeIntervals(prefixRanges?.length ? prefixRanges : [[0, PREFIX_COUNT - 1]]);
  // Alphabetical, as the manifest is sorted.
  const sources = Object.entries({ ntlm, sha1 })
    .filter(([, path]) => path)
    .map(([mode, path]) => new Source(mode, path));

  // 1. Validate everything before anything is replaced.
  for (const source of sources) {
    progress(`validating ${source.mode} input ${source.path}`);
    for await (const _ of source.groups(intervals));
  }

  // 2. Export, comparing with the previous manifest.
  mkdirSync(out, { recursive: true });
  const manifestPath = join(out, MANIFEST);
  const marker = join(out, IN_PROGRESS);
  const interrupted = existsSync(marker);
  const previous = manifestHeader(manifestPath);
  seed ??= previous.seed ?? randomBytes(16).toString("hex");
  writeFileSync(marker, "");
  // After an interrupted run, files in the range may differ from the manifest: rewrite them all.
  const old = manifestEntries(manifestPath);
  let oldNext = await old.next();
  const newManifest = `${manifestPath}.tmp-${process.pid}`;
  const manifestLines = [MANIFEST_HEADER, `# seed ${seed}`, `# padRows ${padRows}`];
  const flush = () => {
    writeFileSync(newManifest, manifestLines.join("\n") + "\n", { flag: "a" });
    manifestLines.length = 0;
  };
  rmSync(newManifest, { force: true });
  /** Copies old entries that sort before `key` (other modes, prefixes outside the range); returns the entry for `key`. */
  const oldEntry = async (key) => {
    while (!oldNext.done && oldNext.value[0] < key) {
      manifestLines.push(oldNext.value.join(" "));
      oldNext = await old.next();
    }
    if (!oldNext.done && oldNext.value[0] === key) {
      const entry = oldNext.value;
      oldNext = await old.next();
      return entry;
    }
    return null;
  };

  const stats = { written: 0, unchanged: 0, files: 0, rows: 0 };
  for (const source of sources) {
    const { mode } = source;
    mkdirSync(join(out, mode), { recursive: true });
    for await (const [n, rows] of everyPrefix(source, intervals)) {
      const prefix = hex5(n);
      const key = `${mode}/${prefix}`;
      const path = join(out, mode, prefix);
      const data = rangeFile(rows, { seed, mode, prefix, padRows });
      const md5 = createHash("md5").update(data).digest("hex");
      const entry = await oldEntry(key);
      const same = !interrupted && entry !== null && entry[1] === md5 && statSync(path, { throwIfNoEntry: false })?.size === data.length;
      if (!same) {
        if (precompress) {
          replace(`${path}.br`, brotliCompressSync(data, { params: { [zlib.BROTLI_PARAM_QUALITY]: 9, [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT } }));
          replace(`${path}.gz`, gzipSync(data, { level: 9 }));
        } else {
          rmSync(`${path}.br`, { force: true });
          rmSync(`${path}.gz`, { force: true });
        }
        replace(path, data);
        stats.written++;
      } else {
        if (precompress && !(existsSync(`${path}.br`) && existsSync(`${path}.gz`))) {
          replace(`${path}.br`, brotliCompressSync(data, { params: { [zlib.BROTLI_PARAM_QUALITY]: 9, [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT } }));
          replace(`${path}.gz`, gzipSync(data, { level: 9 }));
        }
        stats.unchanged++;
      }
      stats.files++;
      stats.rows += rows.length;
      manifestLines.push(`${key} ${md5} ${data.length}`);
      if (manifestLines.length >= 4096) flush();
      if ((n & 0xffff) === 0xffff) progress(`${mode} ${prefix}: ${stats.files} files, ${stats.written} written`);
    }
  }
  while (!oldNext.done) {
    manifestLines.push(oldNext.value.join(" "));
    oldNext = await old.next();
  }
  flush();
  renameSync(newManifest, manifestPath);
  rmSync(marker, { force: true });
  return stats;
}
