// `passgate-range export` (pkg/range/export.mjs): layout, padding, determinism, incremental
// re-runs, both input shapes, precompressed copies, and bad input that leaves the export intact.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { brotliDecompressSync, gunzipSync } from "node:zlib";

import { exportRanges, ExportError, MANIFEST, parsePrefixRange, rangeFile } from "../../pkg/range/export.mjs";
import { writeCorpus } from "../support/range-corpus.mjs";

const SAMPLE = join(import.meta.dirname, "..", "..", "data", "breach-sample");
const sha1Sample = join(SAMPLE, "pwned-sha1-sample.txt");
const ntlmSample = join(SAMPLE, "pwned-ntlm-sample.txt");
const quiet = { progress: () => {} };

let work;
before(() => (work = mkdtempSync(join(tmpdir(), "passgate-export-"))));
after(() => rmSync(work, { recursive: true, force: true }));
let counter = 0;
const fresh = () => join(work, `case-${++counter}`);

/** Every file of a directory tree with its bytes' MD5 and mtime (the manifest's MD5 only: it is rewritten each run). */
function snapshot(dir) {
  const out = {};
  for (const name of readdirSync(dir, { recursive: true })) {
    const path = join(dir, name);
    if (!statSync(path).isFile()) continue;
    const md5 = createHash("md5").update(readFileSync(path)).digest("hex");
    out[name] = name === MANIFEST ? [md5] : [md5, statSync(path).mtimeMs];
  }
  return out;
}

/** The sample file's rows for prefix `prefix`, as the API would list them. */
function sampleRows(file, prefix) {
  return readFileSync(file, "latin1").split(/\r?\n/).filter((line) => line.startsWith(prefix)).map((line) => line.slice(5));
}

describe("layout and content", () => {
  let out;
  before(async () => {
    out = fresh();
    await exportRanges({ sha1: sha1Sample, ntlm: ntlmSample, out, padRows: 16, prefixRanges: [parsePrefixRange("5BAA0-5BAAF"), parsePrefixRange("8846F"), parsePrefixRange("21BD1")], seed: "s", ...quiet });
  });

  test("a file for every selected prefix, empty ranges included, and a manifest", () => {
    assert.deepEqual(readdirSync(join(out, "sha1")).sort(), [..."0123456789ABCDEF"].map((d) => `5BAA${d}`).concat("21BD1", "8846F").sort());
    assert.equal(readdirSync(join(out, "ntlm")).length, 18);
    const manifest = readFileSync(join(out, MANIFEST), "latin1").split("\n").filter((line) => line && !line.startsWith("#"));
    assert.equal(manifest.length, 36);
    assert.deepEqual(manifest, [...manifest].sort(), "sorted");
    for (const line of manifest) {
      const [key, md5, bytes] = line.split(" ");
      const data = readFileSync(join(out, key));
      assert.equal(createHash("md5").update(data).digest("hex"), md5, key);
      assert.equal(data.length, Number(bytes), key);
    }
  });

  test("each file is the API's rows, sorted, CRLF, then count-0 padding to a multiple of padRows", () => {
    for (const [mode, file, prefix, suffixLength] of [["sha1", sha1Sample, "5BAA6", 35], ["sha1", sha1Sample, "21BD1", 35], ["ntlm", ntlmSample, "8846F", 27]]) {
      const body = readFileSync(join(out, mode, prefix), "latin1");
      assert.ok(!body.endsWith("\n") && !body.includes("\n\n"));
      const rows = body.split("\r\n");
      const real = sampleRows(file, prefix);
      assert.ok(real.length > 0);
      assert.deepEqual(rows.slice(0, real.length), real);
      assert.equal(rows.length % 16, 0);
      const padding = rows.slice(real.length);
      assert.ok(padding.length > 0 || real.length % 16 === 0);
      for (const row of padding) assert.match(row, new RegExp(`^[0-9A-F]{${suffixLength}}:0$`));
      assert.equal(new Set(rows.map((row) => row.split(":")[0])).size, rows.length, "no suffix twice");
    }
    assert.ok(readFileSync(join(out, "sha1", "21BD1"), "latin1").includes("2DC183F740EE76F27B78EB39C8AD972A757:"), "P@ssw0rd's suffix");
  });

  test("an empty range is padding alone, never an empty file", () => {
    const body = readFileSync(join(out, "sha1", "5BAA0"), "latin1");
    assert.equal(sampleRows(sha1Sample, "5BAA0").length, 0);
    const rows = body.split("\r\n");
    assert.equal(rows.length, 16);
    assert.ok(rows.every((row) => row.endsWith(":0")));
  });
});

test("padding depends on seed, mode and prefix only; sizes are multiples of padRows", () => {
  const rows = ["0000000000000000000000000000000000A:5"];
  const a = rangeFile(rows, { seed: "x", mode: "sha1", prefix: "00000", padRows: 8 });
  assert.deepEqual(rangeFile(rows, { seed: "x", mode: "sha1", prefix: "00000", padRows: 8 }), a);
  assert.notDeepEqual(rangeFile(rows, { seed: "y", mode: "sha1", prefix: "00000", padRows: 8 }), a);
  assert.notDeepEqual(rangeFile(rows, { seed: "x", mode: "sha1", prefix: "00001", padRows: 8 }), a);
  assert.equal(a.toString().split("\r\n").length, 8);
  const nine = Array.from({ length: 9 }, (_, i) => `${i.toString(16).toUpperCase().padStart(35, "0")}:1`);
  assert.equal(rangeFile(nine, { seed: "x", mode: "sha1", prefix: "00000", padRows: 8 }).toString().split("\r\n").length, 16);
  assert.equal(rangeFile(nine.slice(0, 8), { seed: "x", mode: "sha1", prefix: "00000", padRows: 8 }).toString().split("\r\n").length, 8, "a full multiple needs no padding");
  assert.equal(rangeFile([], { seed: "x", mode: "ntlm", prefix: "00000", padRows: 1 }).toString().split("\r\n").length, 1, "at least one row");
});

test("a second run rewrites only ranges whose content changed", async () => {
  const out = fresh();
  const corpus = join(work, "inc-1.txt");
  const intervals = [[0, 0x3f]];
  await writeCorpus(corpus, { intervals, rowsPerPrefix: 6, seed: 5 });
  const options = { sha1: corpus, out, padRows: 8, prefixRanges: intervals, ...quiet };
  const first = await exportRanges(options);
  assert.deepEqual([first.files, first.written, first.unchanged], [64, 64, 0]);
  const seed = /# seed (\S+)/.exec(readFileSync(join(out, MANIFEST), "latin1"))[1];
  // Make every file look old, so that a rewrite shows in its mtime.
  for (const name of readdirSync(join(out, "sha1"))) utimesSync(join(out, "sha1", name), 1_000_000, 1_000_000);
  const before = snapshot(out);

  const second = await exportRanges(options);
  assert.deepEqual([second.written, second.unchanged], [0, 64], "same input, same seed: nothing written");
  assert.deepEqual(snapshot(out), before);

  // A newer corpus: one more row in prefix 00005, one count changed in 0003A.
  const lines = readFileSync(corpus, "latin1").split("\n").filter(Boolean);
  const at3A = lines.findIndex((line) => line.startsWith("0003A"));
  lines[at3A] = lines[at3A].replace(/:\d+$/, ":999999");
  const new5 = `00005${"F".repeat(35)}`;
  const last5 = lines.findLastIndex((line) => line.startsWith("00005"));
  lines.splice(last5 + 1, 0, `${new5}:7`);
  const newer = join(work, "inc-2.txt");
  writeFileSync(newer, lines.join("\n") + "\n");
  const third = await exportRanges({ ...options, sha1: newer });
  assert.deepEqual([third.written, third.unchanged], [2, 62]);
  const after = snapshot(out);
  const changed = Object.keys(after).filter((name) => before[name]?.[0] !== after[name][0]).sort();
  assert.deepEqual(changed, [MANIFEST, "sha1/00005", "sha1/0003A"]);
  assert.equal(new RegExp(`# seed ${seed}`).test(readFileSync(join(out, MANIFEST), "latin1")), true, "the seed is kept");
  assert.ok(readFileSync(join(out, "sha1", "00005"), "latin1").includes(`${"F".repeat(35)}:7`));
});

test("the downloader's per-prefix directory gives the same files as the single file", async () => {
  const dirInput = join(work, "per-prefix");
  mkdirSync(dirInput);
  const prefixes = ["21BD0", "21BD1", "21BD2"];
  for (const prefix of prefixes) {
    // The downloader writes CRLF, SUFFIX:COUNT, one XXXXX.txt per prefix (an empty one when none).
    writeFileSync(join(dirInput, `${prefix}.txt`), sampleRows(sha1Sample, prefix).map((row) => `${row}\r\n`).join(""));
  }
  const [a, b] = [fresh(), fresh()];
  const common = { padRows: 4, seed: "same", prefixRanges: [[0x21bd0, 0x21bd2]], ...quiet };
  await exportRanges({ sha1: dirInput, out: a, ...common });
  await exportRanges({ sha1: sha1Sample, out: b, ...common });
  for (const prefix of prefixes) assert.deepEqual(readFileSync(join(a, "sha1", prefix)), readFileSync(join(b, "sha1", prefix)), prefix);
  await assert.rejects(exportRanges({ sha1: dirInput, out: fresh(), ...common, prefixRanges: [[0x21bd0, 0x21bd3]] }), /no file for prefix 21BD3/);
});

test("--precompress writes .gz and .br copies of each file; without it stale copies go", async () => {
  const out = fresh();
  const options = { sha1: sha1Sample, out, padRows: 4, seed: "z", prefixRanges: [[0x5baa6, 0x5baa7]], ...quiet };
  await exportRanges({ ...options, precompress: true });
  for (const prefix of ["5BAA6", "5BAA7"]) {
    const body = readFileSync(join(out, "sha1", prefix));
    assert.deepEqual(gunzipSync(readFileSync(join(out, "sha1", `${prefix}.gz`))), body);
    assert.deepEqual(brotliDecompressSync(readFileSync(join(out, "sha1", `${prefix}.br`))), body);
  }
  await exportRanges({ ...options, seed: "other" });
  assert.ok(!existsSync(join(out, "sha1", "5BAA6.gz")) && !existsSync(join(out, "sha1", "5BAA6.br")), "a changed file drops its old copies");
});

describe("bad input stops, names the line and leaves the previous export intact", () => {
  const good = ["0000A" + "1".repeat(35) + ":3", "0000B" + "2".repeat(35) + ":4", "0000C" + "3".repeat(35) + ":5"];
  const cases = [
    ["unsorted", [good[1], good[0], good[2]], /line 2: not sorted/],
    ["duplicate", [good[0], good[0]], /line 2: not sorted/],
    ["no colon", [good[0], "0000B" + "2".repeat(35) + "4"], /line 2: expected HASH:COUNT, found no ':'/],
    ["short hash", [good[0], "0000B" + "2".repeat(30) + ":4"], /line 2: the hash has 35 characters, a sha1 hash has 40/],
    ["NTLM file as SHA-1", ["8846F7EAEE8FB117AD06BDD830B7586C:5"], /line 1: the hash has 32 characters, a sha1 hash has 40/],
    ["not hex", [good[0], "0000G" + "2".repeat(35) + ":4"], /line 2: the hash is not hexadecimal/],
    ["bad count", [good[0], "0000B" + "2".repeat(35) + ":x"], /line 2: the count is not a whole number/],
    ["blank line", [good[0], "", good[1]], /line 2: blank line/],
    ["late error", [...good, "0000B" + "9".repeat(35) + ":1"], /line 4: not sorted/],
  ];
  let out;
  let before;
  test("a good export first", async () => {
    out = fresh();
    writeFileSync(join(work, "good.txt"), good.join("\n") + "\n");
    await exportRanges({ sha1: join(work, "good.txt"), out, padRows: 2, seed: "k", prefixRanges: [[0, 0xf]], ...quiet });
    before = snapshot(out);
  });
  for (const [name, lines, message] of cases) {
    test(name, async () => {
      const input = join(work, `bad-${name.replace(/\W/g, "-")}.txt`);
      writeFileSync(input, lines.join("\n") + "\n");
      await assert.rejects(exportRanges({ sha1: input, out, padRows: 2, prefixRanges: [[0, 0xf]], ...quiet }), (error) => {
        assert.ok(error instanceof ExportError);
        assert.match(error.message, message);
        assert.ok(error.message.includes(input), error.message);
        return true;
      });
      assert.deepEqual(snapshot(out), before);
    });
  }
});

test("bad options are named", async () => {
  assert.throws(() => parsePrefixRange("5BAA"), /--prefix-range must be XXXXX or XXXXX-YYYYY/);
  assert.throws(() => parsePrefixRange("00010-0000F"), /the end is before the start/);
  await assert.rejects(exportRanges({ sha1: sha1Sample, out: fresh(), padRows: 0, ...quiet }), /--pad-rows must be a whole number from 1 to 100000/);
  await assert.rejects(exportRanges({ out: fresh(), ...quiet }), /give --sha1 FILE, --ntlm FILE or both/);
  await assert.rejects(exportRanges({ sha1: join(work, "absent.txt"), out: fresh(), ...quiet }), /absent\.txt: no such file or directory/);
});
