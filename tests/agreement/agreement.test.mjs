// Self-test of the agreement harness (corpus, oracle, comparison, golden file). Needs only Node
// and node_modules (zxcvbn 4.4.2); no Rust. Run: node --test tests/agreement/
import assert from "node:assert/strict";
import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { CLASSES, L33T, classSizes, corpus, countByClass, isWellFormed, keyOf, sample } from "./corpus.mjs";
import { OraclePool, SUGGESTIONS, WARNINGS, root, suggestionCode, warningCode } from "./oracle.mjs";
import { agreement, causeOf, goldenLine, parseEngine, show } from "./compare.mjs";

const here = import.meta.dirname;
const scratch = mkdtempSync(join(tmpdir(), "passgate-agreement-"));
after(() => rmSync(scratch, { recursive: true, force: true }));

let full;
const fullCorpus = () => (full ??= corpus({ size: 100_000 }));

test("corpus: 100,000 deterministic, well-formed, distinct entries in every class", () => {
  const all = fullCorpus();
  assert.equal(all.length, 100_000);
  assert.deepEqual(corpus({ size: 20_000 }).map(keyOf), corpus({ size: 20_000 }).map(keyOf), "same options, same corpus");
  assert.notDeepEqual(corpus({ size: 2000, seed: "other" }).map(keyOf), corpus({ size: 2000 }).map(keyOf), "the seed matters");
  assert.equal(new Set(all.map(keyOf)).size, all.length, "no duplicate password+userInputs");
  const counts = countByClass(all);
  assert.deepEqual(Object.keys(counts), CLASSES);
  assert.equal(counts.common, 10_000, "every common password");
  for (const c of CLASSES) assert.ok(counts[c] >= 8000, `${c}: ${counts[c]}`);
  for (const e of all) {
    assert.ok(isWellFormed(e.password) && e.password.length <= 100, show(e.password));
    assert.ok(Array.isArray(e.userInputs) && e.userInputs.every((u) => typeof u === "string" && isWellFormed(u)));
    assert.ok(CLASSES.includes(e.class) && typeof e.tag === "string");
  }
  const common = readFileSync(join(root, "data", "common-passwords.txt"), "utf8").split("\n").filter(Boolean);
  assert.deepEqual(all.filter((e) => e.class === "common").map((e) => e.password), common);
  assert.deepEqual(classSizes(1200, { edge: 7 }).edge, 7, "sizes are configurable");
  assert.equal(countByClass(corpus({ size: 1200, sizes: { edge: 7 } })).edge, 7);
});

test("corpus: the tricky cases are there", () => {
  const all = fullCorpus();
  const of = (cls, tag) => all.filter((e) => e.class === cls && (tag === undefined || e.tag === tag)).map((e) => e.password);
  const some = (list, pred, what) => assert.ok(list.some(pred), what);
  assert.ok(!isWellFormed("a\ud800") && !isWellFormed("\udc00") && isWellFormed("😀"));

  const years = new Set(of("mutated", "year").map((p) => Number(p.slice(-4))));
  for (let y = 1900; y <= 2030; y++) assert.ok(years.has(y), `mutated year ${y}`);
  for (const sep of [" ", "/", "\\", "_", ".", "-"]) some(of("mutated", "date-sep"), (p) => p.includes(sep) && /\d/.test(p), `date separator ${show(sep)}`);
  for (const sub of Object.values(L33T).flat()) some(of("mutated", "l33t-all").concat(of("mutated", "l33t")), (p) => p.includes(sub), `l33t ${sub}`);
  some(of("mutated", "reversed"), (p) => p.length > 3, "reversed words");
  for (const g of ["qwerty", "dvorak", "keypad", "mac_keypad"]) assert.ok(of("keyboard", `${g}-turns`).length > 50, g);
  some(of("keyboard", "qwerty-shifted"), (p) => /[A-Z!@#$%^&*()]/.test(p), "shifted walks");
  some(of("repeat", "group-l33t-word"), (p) => /[@$0]/.test(p), "repeated l33t words");
  some(of("repeat", "inside-other"), (p) => p.length > 8, "repeats inside longer strings");
  for (const s of ["1123", "6642"]) some(of("sequence", "runs"), (p) => p.includes(s), s);
  some(of("sequence", "unicode"), (p) => /^[α-ω]+$/.test(p), "Greek sequences");
  for (const tag of ["letters-d1", "letters-d2-5", "letters-d6+", "digits-d1", "digits-d2-5", "astral"]) assert.ok(of("sequence", tag).length > 0, tag);
  some(of("date"), (p) => /^20[23]\d$/.test(p), "years >= 2020 alone");
  some(of("date", "in-word"), (p) => /[a-z]/.test(p), "dates inside words");
  const nonlatin = of("nonlatin");
  for (const ch of ["ς", "İ", "ß", "\u0301", "ж", "中", "ا", "ש", "न"]) some(nonlatin, (p) => p.normalize("NFD").includes(ch.normalize("NFD")), `non-Latin ${show(ch)}`);
  const emoji = of("emoji");
  some(emoji, (p) => p.includes("\u200d"), "ZWJ sequences");
  some(emoji, (p) => /\u{1f1e6}|[\u{1f1e7}-\u{1f1ff}]{2}/u.test(p), "flags");
  some(emoji, (p) => /[a-z]{3}/.test(p) && /\p{Extended_Pictographic}/u.test(p), "emoji with words");
  const long = of("long");
  assert.ok(long.every((p) => p.length >= 40 && p.length <= 100), "long: 40..100 units");
  some(long, (p) => p.split(" ").length >= 5, "passphrases");
  assert.ok(all.filter((e) => e.class === "userinput").every((e) => e.userInputs.length > 0), "user inputs");
  some(all.filter((e) => e.class === "userinput"), (e) => e.password.includes(e.userInputs[0].toLowerCase()), "passwords built from inputs");
  const edge = of("edge");
  for (const p of ["", "\u2028", "constructor", "__proto__"]) assert.ok(edge.includes(p), `edge ${show(p)}`);
  some(edge, (p) => /^[^\t\n]+[\t\n][^\t\n]*$/.test(p), "tab or newline inside");
  some(edge, (p) => /^\d{12,}$/.test(p), "digits only");
});

test("sample: stratified over classes and tags, deterministic", () => {
  const all = fullCorpus();
  const s = sample(all, 3000, "t");
  assert.equal(s.length, 3000);
  assert.deepEqual(sample(all, 3000, "t"), s);
  assert.notDeepEqual(sample(all, 3000, "u"), s);
  const counts = countByClass(s);
  for (const c of CLASSES) assert.ok(Math.abs(counts[c] - 250) <= 1, `${c}: ${counts[c]}`);
  const tags = new Set(all.map((e) => `${e.class}/${e.tag}`));
  const got = new Set(s.map((e) => `${e.class}/${e.tag}`));
  for (const t of tags) assert.ok(got.has(t), `tag ${t} in the sample`);
  const order = new Map(all.map((e, k) => [e, k]));
  assert.ok(s.every((e, k) => k === 0 || order.get(s[k - 1]) < order.get(e)), "corpus order");
});

test("feedback: every string of lib/feedback.js has a code, and nothing else does", () => {
  const source = readFileSync(join(root, "node_modules", "zxcvbn", "lib", "feedback.js"), "utf8");
  const literals = new Set();
  for (const m of source.matchAll(/"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'/g)) {
    const text = (m[1] ?? m[2]).replace(/\\(.)/g, "$1");
    if (text.includes(" ")) literals.add(text);
  }
  const mapped = new Set([...WARNINGS.keys(), ...SUGGESTIONS.keys()].filter((t) => t !== ""));
  assert.deepEqual([...literals].sort(), [...mapped].sort());
  assert.equal(warningCode(""), null);
  assert.equal(warningCode("Dates are often easy to guess"), "date");
  assert.equal(suggestionCode("Avoid sequences"), "avoidSequences");
  assert.throws(() => warningCode("This is a top-1000 common password"), /unmapped/);
  assert.throws(() => suggestionCode("Avoid sequences."), /unmapped/);
});

const evaluateAll = async (pool, passwords) => Promise.all(passwords.map((p) => pool.evaluate(p)));

test("oracle: REFERENCE_YEAR is a parameter; the clock plays no part", async () => {
  const passwords = ["13/05/1990", "1990", "2019", "password1987", "07.07.2024", "x2031y", "summer2025"];
  const p2026 = new OraclePool({ year: 2026, workers: 1 });
  const p2000 = new OraclePool({ year: 2000, workers: 1 });
  const [a, b] = await Promise.all([evaluateAll(p2026, passwords), evaluateAll(p2000, passwords)]);
  await Promise.all([p2026.close(), p2000.close()]);
  // a lone date with a separator: max(|year - REFERENCE_YEAR|, 20) * 365 * 4, plus 1
  assert.equal(a[0].guesses, 36 * 365 * 4 + 1);
  assert.equal(b[0].guesses, 20 * 365 * 4 + 1);
  assert.equal(a[2].guesses, 20 + 1, "recent_year: max(|2019 - 2026|, 20)");
  assert.notDeepEqual(a.map((r) => r.guesses), b.map((r) => r.guesses));
  assert.equal(a[0].sequence[0].year, 1990);

  // The same passwords with Date faked to 1999 before zxcvbn loads, the year set to 2026.
  const script = `
    const RealDate = Date;
    const fixed = RealDate.UTC(1999, 5, 15);
    globalThis.Date = class extends RealDate { constructor(...a) { super(...(a.length ? a : [fixed])); } static now() { return fixed; } };
    const { createRequire } = await import("node:module");
    const require = createRequire(${JSON.stringify(join(root, "package.json"))});
    const before = require("zxcvbn/lib/scoring").REFERENCE_YEAR;
    const { loadZxcvbn } = await import(${JSON.stringify(new URL("./oracle.mjs", import.meta.url).href)});
    const { evaluate } = loadZxcvbn(2026);
    const out = ${JSON.stringify(passwords)}.map((p) => { const r = evaluate(p); delete r.ms; return r; });
    process.stdout.write(JSON.stringify({ before, out }));`;
  const child = JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" }));
  assert.equal(child.before, 1999, "the fake clock reached lib/scoring.js");
  assert.deepEqual(child.out, a.map(({ ms, ...r }) => r));
});

test("oracle: a slow password times out, its worker is replaced, the rest goes on", async () => {
  const slow = "4@8({[<369!|7$5+%2".repeat(5).slice(0, 90); // ~4 s in 4.4.2
  const pool = new OraclePool({ year: 2026, workers: 1, timeoutMs: 250 });
  const [r1, r2, r3] = await evaluateAll(pool, [slow, "password", "p@ssw0rd"]);
  await pool.close();
  assert.deepEqual(r1, { oracleTimeout: true, ms: 250 });
  assert.equal(r2.guesses, 3);
  assert.equal(r2.warning, "topTenPassword");
  assert.ok(r3.sequence.some((m) => m.l33t === true));
  assert.equal(pool.timeouts, 1);
});

test("oracle: prototype keys are noticed and re-run without them", async () => {
  const pool = new OraclePool({ year: 2026, workers: 1 });
  const [ctor, plain] = await evaluateAll(pool, ["constructor", "password"]);
  await pool.close();
  assert.equal(ctor.guesses, 338400, "4.4.2's own answer (construct + or)");
  assert.equal(ctor.prototypeKey.affected, true);
  assert.deepEqual(ctor.prototypeKey.bugFree.sequence.map((m) => m.token), ["constructor"]);
  assert.equal(plain.prototypeKey, undefined);
});

const rec = (over = {}) => ({
  guesses: 1000,
  guessesLog10: 3,
  score: 0,
  warning: "singleWord",
  suggestions: ["addAnotherWord"],
  sequence: [{ pattern: "dictionary", i: 0, j: 3, token: "word", guesses: 1000 }],
  ...over,
});

test("compare: what counts as agreement, and the cause of a difference", () => {
  const all = (a) => Object.values(a).every(Boolean);
  assert.ok(all(agreement(rec(), rec())));
  assert.ok(agreement(rec(), rec({ guessesLog10: 3 + 5e-10 })).guessesLog10, "within 1e-9");
  assert.ok(!agreement(rec(), rec({ guessesLog10: 3 + 2e-9 })).guessesLog10, "beyond 1e-9");
  assert.ok(!agreement(rec({ guessesLog10: "NaN" }), rec()).guessesLog10, "NaN never agrees");
  assert.ok(!agreement(rec(), rec({ score: 1 })).score);
  assert.ok(!agreement(rec(), rec({ warning: null })).warning);
  assert.ok(!agreement(rec(), rec({ suggestions: [] })).suggestions);
  const two = ["addAnotherWord", "capitalizationHelpsLittle"];
  assert.ok(!agreement(rec({ suggestions: two }), rec({ suggestions: [...two].reverse() })).suggestions, "order matters");
  const other = rec({ sequence: [{ pattern: "bruteforce", i: 0, j: 3, token: "word" }] });
  assert.ok(!agreement(rec(), other).sequence);
  assert.ok(!agreement(rec(), rec({ sequence: [{ pattern: "dictionary", i: 0, j: 2, token: "wor" }] })).sequence);
  const cause = (o, e) => causeOf(o, e, agreement(o, e));
  assert.equal(cause(rec(), other), "sequence: dictionary in 4.4.2, bruteforce in engine");
  assert.equal(cause(rec(), rec({ sequence: [] })), "sequence: dictionary in 4.4.2, (end) in engine");
  assert.equal(cause(rec(), rec({ guessesLog10: 4, sequence: [{ pattern: "dictionary", i: 0, j: 3, token: "word", guesses: 10000 }] })), "guesses of a dictionary match differ");
  assert.equal(cause(rec(), rec({ guessesLog10: 4, sequence: [{ pattern: "dictionary", i: 0, j: 3, token: "word" }] })), "guesses differ, same sequence (dictionary)");
  assert.equal(cause(rec(), rec({ warning: null })), "warning: singleWord in 4.4.2, null in engine");
  assert.equal(cause(rec(), rec({ suggestions: [] })), "suggestions differ");
  assert.equal(cause(rec({ prototypeKey: { affected: true } }), rec({ score: 3 })), "4.4.2 prototype-key artefact (inherited dictionary key)");
  assert.deepEqual(parseEngine("x=node a.mjs --k=v", 0), { name: "x", command: "node a.mjs --k=v" });
  assert.equal(parseEngine("node a.mjs", 1).name, "engine2");
  assert.match(parseEngine("zxcvbn-crate", 0).command, /--example strength_oracle -- --engine zxcvbn-crate$/);
  assert.equal(show("a\u2028\u200db\"\n"), '"a\\u2028\\u200db\\"\\n"');
});

// The CLI end to end, on a small sample of the quick classes (one oracle cache shared by runs).
const compareCli = (args) =>
  new Promise((resolve) => {
    execFile(process.execPath, [join(here, "compare.mjs"), "--quiet", "--size", "2400", "--oracle-cache", join(scratch, "cache.jsonl"), "--classes", QUICK, ...args], { cwd: root, encoding: "utf8", maxBuffer: 64 << 20 }, (error, stdout, stderr) =>
      resolve({ status: error ? error.code : 0, stdout, stderr }),
    );
  });
const QUICK = "common,generated,mutated,keyboard,repeat,sequence,date,nonlatin,emoji,userinput,edge";
const selftest = (mutate) => `node tests/agreement/selftest-engine.mjs${mutate ? ` --mutate ${mutate}` : ""}`;

test("CLI: the reference engine agrees 100%, broken engines disagree, gates and errors set the status", async () => {
  const json = join(scratch, "run.json");
  const report = join(scratch, "run.md");
  const golden = join(scratch, "golden.jsonl");
  const run = await compareCli([
    "--sample", "150",
    "--engine", "selftest",
    "--engine", "selftest-wrong",
    "--engine", `eps=${selftest("log10-epsilon")}`,
    "--engine", `off=${selftest("log10-off")}`,
    "--json", json, "--report", report, "--golden", golden, "--golden-size", "60",
    "--min-score-agreement", "selftest=100", "--min-warning-agreement", "eps=100",
  ]);
  assert.equal(run.status, 0, run.stderr);
  const out = JSON.parse(readFileSync(json, "utf8"));
  const byName = Object.fromEntries(out.engines.map((e) => [e.name, e]));
  const ref = byName.selftest;
  assert.equal(ref.metrics.compared, 150);
  for (const m of ["score", "guessesLog10", "warning", "suggestions", "sequence", "all"]) assert.equal(ref.metrics[m], 100, m);
  assert.deepEqual(ref.differences, []);
  const wrong = byName["selftest-wrong"];
  for (const m of ["score", "guessesLog10", "warning", "suggestions", "sequence"]) assert.ok(wrong.metrics[m] < 100, `wrong engine: ${m} ${wrong.metrics[m]}`);
  assert.equal(wrong.differences.length, wrong.counts.compared - wrong.counts.all, "every difference listed");
  assert.ok(wrong.differences.some((d) => d.cause === "score differs at equal guesses"));
  assert.ok(wrong.differences.some((d) => d.cause === "guesses of a date match differ"), "the year shift shows up on dates");
  assert.equal(wrong.targets.score.met, false);
  assert.equal(byName.eps.metrics.guessesLog10, 100, "1e-10 is within tolerance");
  assert.equal(byName.off.metrics.guessesLog10, 0, "1e-8 is not");
  assert.equal(byName.off.metrics.score, 100);
  const md = readFileSync(report, "utf8");
  assert.match(md, /\| selftest \| 150 \| 100% \| 100% \| 100% \| 100% \| 100% \| 100% \| score met, guessesLog10 met, warning met \|/);
  assert.match(md, /\| selftest-wrong \|.*score \*\*missed\*\*/);
  assert.match(md, /### score differs at equal guesses/);
  assert.match(md, new RegExp(`Node ${process.version.replace(/\./g, "\\.")}`));
  const lines = readFileSync(golden, "utf8").trimEnd().split("\n").map((l) => JSON.parse(l));
  assert.equal(lines.length, 60);
  for (const l of lines) {
    assert.deepEqual(Object.keys(l), ["password", "userInputs", "year", "class", "guesses", "guessesLog10", "score", "warning", "suggestions", "sequence"]);
    for (const m of l.sequence) assert.deepEqual(Object.keys(m), ["pattern", "i", "j", "token"]);
  }
  assert.equal(new Set(lines.map((l) => l.class)).size, QUICK.split(",").length);

  const [gate, crash, garbage, extra, badArg] = await Promise.all([
    compareCli(["--sample", "24", "--no-report", "--engine", "selftest-wrong", "--min-score-agreement", "99"]),
    compareCli(["--sample", "24", "--no-report", "--engine", `crash=${selftest("crash:5")}`]),
    compareCli(["--sample", "24", "--no-report", "--engine", `garbage=${selftest("garbage:3")}`]),
    compareCli(["--sample", "24", "--no-report", "--engine", `extra=${selftest("extra")}`]),
    compareCli(["--no-report", "--frobnicate"]),
  ]);
  assert.equal(gate.status, 1, gate.stderr);
  assert.equal(crash.status, 2, crash.stderr);
  assert.match(crash.stderr, /exited with 3|wrote 5 lines/);
  assert.equal(garbage.status, 2);
  assert.match(garbage.stderr, /line 3 is not JSON/);
  assert.equal(extra.status, 2);
  assert.match(extra.stderr, /more lines than inputs/);
  assert.equal(badArg.status, 2);
});

const GOLDEN = join(root, "tests", "data", "strength-golden.jsonl");

test("golden file: format, coverage, and still what 4.4.2 says", async () => {
  const text = readFileSync(GOLDEN, "utf8");
  assert.ok(text.length < 5 << 20, "a few MB at most");
  const lines = text.trimEnd().split("\n").map((l) => JSON.parse(l));
  assert.ok(lines.length >= 2900, `${lines.length} entries`);
  assert.deepEqual([...new Set(lines.map((l) => l.class))], CLASSES, "every class, in class order");
  const keys = new Set(lines.map((l) => JSON.stringify([l.password, l.userInputs])));
  assert.equal(keys.size, lines.length, "distinct");
  const patterns = new Set(lines.flatMap((l) => l.sequence.map((m) => m.pattern)));
  for (const p of ["dictionary", "spatial", "repeat", "sequence", "regex", "date", "bruteforce"]) assert.ok(patterns.has(p), p);
  const tokens = lines.flatMap((l) => l.sequence.map((m) => [m.pattern, m.token]));
  const has = (pred, what) => assert.ok(tokens.some(([p, t]) => pred(p, t)), what);
  has((p, t) => p === "dictionary" && /[@$0134]/.test(t) && /[a-z]/.test(t), "l33t words");
  has((p, t) => p === "spatial" && /[A-Z!@#$%^&*()]/.test(t), "shifted keyboard walks");
  has((p, t) => p === "date" && /[\s/\\_.-]/.test(t), "dates with separators");
  has((p, t) => p === "date" && /20[23]\d/.test(t), "dates in 2020..2039");
  has((p, t) => p === "repeat" && t.length > 4, "repeats");
  has((p, t) => p === "sequence" && /[^\x00-\x7f]/.test(t), "unicode sequences");
  assert.ok(lines.some((l) => l.userInputs.length > 0 && l.sequence.some((m) => m.pattern === "dictionary")), "user inputs");
  assert.ok(lines.some((l) => /[\u{10000}-\u{10ffff}]/u.test(l.password)), "astral characters");
  assert.ok(lines.some((l) => l.password === ""), "the empty password");
  assert.ok(lines.every((l) => l.year === 2026));

  // Re-run 4.4.2 on every 15th short entry: the file must still be what the oracle says.
  const subset = lines.filter((l, k) => k % 15 === 0 && l.password.length <= 30);
  const byYear = new OraclePool({ year: 2026, workers: 2 });
  const records = await Promise.all(subset.map((l) => byYear.evaluate(l.password, l.userInputs)));
  await byYear.close();
  for (const [k, l] of subset.entries()) {
    assert.equal(goldenLine(l, records[k], 2026), JSON.stringify(l), show(l.password));
  }
});
