#!/usr/bin/env node
// Agreement between a strength engine and zxcvbn 4.4.2 (the oracle, ./oracle.mjs) on the corpus
// of ./corpus.mjs. See tests/agreement/README.md for the engine protocol and the report.
//
// node tests/agreement/compare.mjs [--size N] [--sample N] [--year Y] [--engine [NAME=]CMD]...
//        [--report FILE] [--json FILE] [--golden FILE] [--golden-size N] [--golden-only]
//        [--oracle-only] [--oracle-cache FILE] [--classes a,b] [--workers N] [--timeout MS]
//        [--engine-timeout S] [--min-score-agreement [NAME=]PCT] [--min-log10-agreement ...]
//        [--min-warning-agreement ...] [--min-suggestions-agreement ...] [--min-sequence-agreement ...]
//
// Exit status: 0 when the run completed (targets are reported, not enforced); 1 when a --min-*
// gate is not met; 2 on a harness error (bad arguments, an engine that crashes or breaks the
// protocol, an unmapped 4.4.2 feedback string, ...).
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdirSync, writeFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { dirname, relative, resolve } from "node:path";
import { CLASSES, corpus, countByClass, inCorpusOrder, sample, strata } from "./corpus.mjs";
import { DEFAULT_TIMEOUT_MS, DEFAULT_YEAR, MAX_WORKERS, SUGGESTION_CODES, WARNING_CODES, root, runOracle } from "./oracle.mjs";

export const LOG10_TOLERANCE = 1e-9;
export const TARGETS = { score: 99.9, guessesLog10: 99.5, warning: 99.5 };
export const METRICS = ["score", "guessesLog10", "warning", "suggestions", "sequence"];
const GATES = {
  "min-score-agreement": "score",
  "min-log10-agreement": "guessesLog10",
  "min-guesses-agreement": "guessesLog10",
  "min-warning-agreement": "warning",
  "min-suggestions-agreement": "suggestions",
  "min-sequence-agreement": "sequence",
};
const MAX_EXAMPLES_PER_GROUP = 50;

const CARGO = "cargo run --quiet --release --example strength_oracle --";
const here = relative(root, import.meta.dirname) || ".";
/** Names usable as a bare `--engine NAME`. */
export const ENGINE_ALIASES = {
  passgate: `${CARGO} --engine passgate`,
  "zxcvbn-crate": `${CARGO} --engine zxcvbn-crate`,
  selftest: `node ${here}/selftest-engine.mjs`,
  "selftest-wrong": `node ${here}/selftest-engine.mjs --mutate all`,
};
export const DEFAULT_ENGINES = [{ name: "passgate", command: CARGO }];

class HarnessError extends Error {}

// ---------------------------------------------------------------------------------------------
// Arguments.

export function parseArgs(argv) {
  const opts = {
    size: 100_000,
    sample: null,
    year: DEFAULT_YEAR,
    engines: [],
    report: "docs/agreement.md",
    json: null,
    golden: null,
    goldenSize: 3000,
    goldenOnly: false,
    oracleOnly: false,
    oracleCache: null,
    classes: null,
    workers: MAX_WORKERS,
    timeoutMs: DEFAULT_TIMEOUT_MS,
    engineTimeoutS: 600,
    gates: [],
    seed: "passgate-agreement-1",
    quiet: false,
  };
  const args = argv.slice();
  const value = (flag) => {
    if (args.length === 0) throw new HarnessError(`${flag} needs a value`);
    return args.shift();
  };
  const number = (flag, text) => {
    const n = Number(text);
    if (!Number.isFinite(n)) throw new HarnessError(`${flag}: not a number: ${text}`);
    return n;
  };
  while (args.length > 0) {
    let flag = args.shift();
    if (flag.startsWith("--") && flag.includes("=") && !flag.startsWith("--engine=")) {
      const at = flag.indexOf("=");
      args.unshift(flag.slice(at + 1));
      flag = flag.slice(0, at);
    } else if (flag.startsWith("--engine=")) {
      args.unshift(flag.slice("--engine=".length));
      flag = "--engine";
    }
    const name = flag.replace(/^--/, "");
    switch (flag) {
      case "--size": opts.size = number(flag, value(flag)); break;
      case "--sample": opts.sample = number(flag, value(flag)); break;
      case "--year": opts.year = number(flag, value(flag)); break;
      case "--engine": opts.engines.push(parseEngine(value(flag), opts.engines.length)); break;
      case "--report": opts.report = value(flag); break;
      case "--no-report": opts.report = null; break;
      case "--json": opts.json = value(flag); break;
      case "--golden": opts.golden = value(flag); break;
      case "--golden-size": opts.goldenSize = number(flag, value(flag)); break;
      case "--golden-only": opts.goldenOnly = true; break;
      case "--oracle-only": opts.oracleOnly = true; break;
      case "--oracle-cache": opts.oracleCache = value(flag); break;
      case "--classes": opts.classes = value(flag).split(",").filter(Boolean); break;
      case "--workers": opts.workers = Math.max(1, Math.min(MAX_WORKERS, number(flag, value(flag)))); break;
      case "--timeout": opts.timeoutMs = number(flag, value(flag)); break;
      case "--engine-timeout": opts.engineTimeoutS = number(flag, value(flag)); break;
      case "--seed": opts.seed = value(flag); break;
      case "--quiet": opts.quiet = true; break;
      case "--help": opts.help = true; break;
      default:
        if (GATES[name]) {
          const text = value(flag);
          const m = /^(?:([^=]+)=)?([0-9.]+)$/.exec(text);
          if (!m) throw new HarnessError(`${flag}: expected [ENGINE=]PERCENT, got ${text}`);
          opts.gates.push({ flag: name, metric: GATES[name], engine: m[1] ?? null, min: Number(m[2]) });
          break;
        }
        throw new HarnessError(`unknown argument: ${flag}`);
    }
  }
  if (opts.classes) {
    for (const c of opts.classes) if (!CLASSES.includes(c)) throw new HarnessError(`--classes: unknown class ${c}`);
  }
  if (opts.engines.length === 0 && !opts.oracleOnly && !opts.goldenOnly) opts.engines = DEFAULT_ENGINES.slice();
  const names = new Set();
  for (const e of opts.engines) {
    if (names.has(e.name)) throw new HarnessError(`two engines named ${e.name}`);
    names.add(e.name);
  }
  for (const g of opts.gates) {
    if (g.engine && !names.has(g.engine)) throw new HarnessError(`--${g.flag}: no engine named ${g.engine}`);
  }
  return opts;
}

/** "NAME=CMD", a known alias, or a bare command (named engine1, engine2, ...). */
export function parseEngine(text, index) {
  const m = /^([A-Za-z][A-Za-z0-9_.-]*)=(.+)$/s.exec(text);
  if (m) return { name: m[1], command: ENGINE_ALIASES[m[2]] ?? m[2] };
  if (ENGINE_ALIASES[text]) return { name: text, command: ENGINE_ALIASES[text] };
  return { name: `engine${index + 1}`, command: text };
}

// ---------------------------------------------------------------------------------------------
// Running an engine: JSON lines in, JSON lines out, streamed.

/** Checks one output line of an engine; returns the parsed object or throws. */
export function validateOutput(line, lineNo) {
  let out;
  try {
    out = JSON.parse(line);
  } catch {
    throw new HarnessError(`engine output line ${lineNo} is not JSON: ${line.slice(0, 200)}`);
  }
  const bad = (what) => {
    throw new HarnessError(`engine output line ${lineNo}: ${what}: ${line.slice(0, 300)}`);
  };
  if (!out || typeof out !== "object" || Array.isArray(out)) bad("not an object");
  if (typeof out.guesses !== "number") bad("guesses is not a number");
  if (typeof out.guessesLog10 !== "number") bad("guessesLog10 is not a number");
  if (!Number.isInteger(out.score) || out.score < 0 || out.score > 4) bad("score is not 0..4");
  if (out.warning !== null && !WARNING_CODES.includes(out.warning)) bad(`unknown warning code ${JSON.stringify(out.warning)}`);
  if (!Array.isArray(out.suggestions)) bad("suggestions is not an array");
  for (const s of out.suggestions) if (!SUGGESTION_CODES.includes(s)) bad(`unknown suggestion code ${JSON.stringify(s)}`);
  if (!Array.isArray(out.sequence)) bad("sequence is not an array");
  for (const m of out.sequence) {
    if (!m || typeof m.pattern !== "string" || !Number.isInteger(m.i) || !Number.isInteger(m.j) || typeof m.token !== "string") {
      bad("a sequence item lacks pattern/i/j/token");
    }
  }
  return out;
}

/**
 * Runs `command` (through the shell, in the repository root) on the entries; resolves to one
 * output per entry. Input is written in chunks, respecting back-pressure, while output is read.
 */
export async function runEngine(command, entries, { year, silenceTimeoutS = 600, onProgress } = {}) {
  const child = spawn(command, { shell: true, cwd: root, stdio: ["pipe", "pipe", "inherit"] });
  const outputs = [];
  let failure = null;
  const fail = (error) => {
    failure ??= error;
    child.kill("SIGTERM");
  };
  child.on("error", (error) => fail(new HarnessError(`engine ${JSON.stringify(command)}: ${error.message}`)));
  child.stdin.on("error", (error) => {
    if (error.code !== "EPIPE") fail(error);
  });
  const exited = once(child, "exit");

  // Silence watchdog: the first line may wait for a build; after that, output must keep coming.
  let timer = null;
  const arm = (seconds) => {
    clearTimeout(timer);
    timer = setTimeout(() => fail(new HarnessError(`engine ${JSON.stringify(command)}: no output for ${seconds} s`)), seconds * 1000);
  };
  arm(Math.max(silenceTimeoutS, 3600));

  const writer = (async () => {
    const CHUNK = 500;
    for (let k = 0; k < entries.length && !failure; k += CHUNK) {
      const text = entries
        .slice(k, k + CHUNK)
        .map((e) => JSON.stringify({ password: e.password, userInputs: e.userInputs ?? [], year }) + "\n")
        .join("");
      if (!child.stdin.write(text)) {
        await Promise.race([once(child.stdin, "drain"), exited]);
      }
    }
    child.stdin.end();
  })();

  const lines = createInterface({ input: child.stdout, crlfDelay: Infinity });
  try {
    for await (const line of lines) {
      if (failure) break;
      if (line.trim() === "") continue;
      arm(silenceTimeoutS);
      if (outputs.length >= entries.length) {
        fail(new HarnessError(`engine ${JSON.stringify(command)} wrote more lines than inputs`));
        break;
      }
      try {
        outputs.push(validateOutput(line, outputs.length + 1));
      } catch (error) {
        fail(error);
        break;
      }
      if (onProgress && outputs.length % 5000 === 0) onProgress(outputs.length, entries.length);
    }
  } finally {
    clearTimeout(timer);
  }
  await writer.catch(fail);
  const [code, signal] = await exited;
  if (failure) throw failure;
  if (code !== 0) throw new HarnessError(`engine ${JSON.stringify(command)} exited with ${code ?? signal}`);
  if (outputs.length !== entries.length) {
    throw new HarnessError(`engine ${JSON.stringify(command)} wrote ${outputs.length} lines for ${entries.length} inputs`);
  }
  return outputs;
}

// ---------------------------------------------------------------------------------------------
// Comparing.

const sameList = (a, b) => a.length === b.length && a.every((x, k) => x === b[k]);
const sameMatch = (a, b) => a.pattern === b.pattern && a.i === b.i && a.j === b.j && a.token === b.token;
export const sameSequence = (a, b) => a.length === b.length && a.every((m, k) => sameMatch(m, b[k]));

/** Which metrics agree between an oracle record and an engine output. */
export function agreement(oracle, engine) {
  return {
    score: oracle.score === engine.score,
    guessesLog10: typeof oracle.guessesLog10 === "number" && Math.abs(oracle.guessesLog10 - engine.guessesLog10) <= LOG10_TOLERANCE,
    warning: oracle.warning === engine.warning,
    suggestions: sameList(oracle.suggestions, engine.suggestions),
    sequence: sameSequence(oracle.sequence, engine.sequence),
  };
}

/** A coarse guess at why an engine differs, to group differences. */
export function causeOf(oracle, engine, agree) {
  if (oracle.prototypeKey?.affected) return "4.4.2 prototype-key artefact (inherited dictionary key)";
  if (!agree.sequence) {
    const a = oracle.sequence;
    const b = engine.sequence;
    let k = 0;
    while (k < a.length && k < b.length && sameMatch(a[k], b[k])) k++;
    const x = a[k];
    const y = b[k];
    if (x && y && x.pattern === y.pattern) return `sequence: ${x.pattern} span or token differs`;
    return `sequence: ${x?.pattern ?? "(end)"} in 4.4.2, ${y?.pattern ?? "(end)"} in engine`;
  }
  if (!agree.guessesLog10) {
    // Same sequence: if the engine reports guesses per match, name the first that differs.
    const k = engine.sequence.findIndex((m, n) => typeof m.guesses === "number" && m.guesses !== oracle.sequence[n].guesses);
    if (k >= 0) return `guesses of a ${oracle.sequence[k].pattern} match differ`;
    const patterns = [...new Set(oracle.sequence.map((m) => m.pattern))].sort().join("+");
    return `guesses differ, same sequence (${patterns || "empty"})`;
  }
  if (!agree.score) return "score differs at equal guesses";
  if (!agree.warning) return `warning: ${oracle.warning} in 4.4.2, ${engine.warning} in engine`;
  return "suggestions differ";
}

function emptyTally() {
  return { compared: 0, score: 0, guessesLog10: 0, warning: 0, suggestions: 0, sequence: 0, all: 0 };
}

const pct = (n, d) => (d === 0 ? null : (100 * n) / d);

/** Compares one engine's outputs with the oracle records; entries that timed out are skipped. */
export function compareEngine(entries, records, outputs) {
  const total = emptyTally();
  const perClass = Object.fromEntries(CLASSES.map((c) => [c, emptyTally()]));
  const differences = [];
  const prototypeKeys = { entries: 0, agreeWith442: 0, agreeWithBugFree: 0 };
  for (const [k, entry] of entries.entries()) {
    const oracle = records[k];
    if (oracle.oracleTimeout) continue;
    const engine = outputs[k];
    const agree = agreement(oracle, engine);
    const all = METRICS.every((m) => agree[m]);
    for (const tally of [total, perClass[entry.class]]) {
      tally.compared++;
      for (const m of METRICS) if (agree[m]) tally[m]++;
      if (all) tally.all++;
    }
    if (oracle.prototypeKey?.affected) {
      prototypeKeys.entries++;
      if (all) prototypeKeys.agreeWith442++;
      const fixed = agreement(oracle.prototypeKey.bugFree, engine);
      if (METRICS.every((m) => fixed[m])) prototypeKeys.agreeWithBugFree++;
    }
    if (!all) {
      differences.push({
        index: k,
        class: entry.class,
        tag: entry.tag,
        password: entry.password,
        userInputs: entry.userInputs ?? [],
        cause: causeOf(oracle, engine, agree),
        differs: METRICS.filter((m) => !agree[m]),
        oracle: brief(oracle),
        engine: brief(engine),
      });
    }
  }
  const rates = (t) => Object.fromEntries([["compared", t.compared], ...[...METRICS, "all"].map((m) => [m, pct(t[m], t.compared)])]);
  const metrics = rates(total);
  const targets = Object.fromEntries(Object.entries(TARGETS).map(([m, min]) => [m, { min, met: metrics[m] !== null && metrics[m] >= min }]));
  return {
    metrics,
    counts: total,
    perClass: Object.fromEntries(Object.entries(perClass).map(([c, t]) => [c, rates(t)])),
    targets,
    prototypeKeys,
    differences,
  };
}

function brief(r) {
  return {
    guesses: r.guesses,
    guessesLog10: r.guessesLog10,
    score: r.score,
    warning: r.warning,
    suggestions: r.suggestions,
    sequence: r.sequence.map((m) => ({ pattern: m.pattern, i: m.i, j: m.j, token: m.token, ...(m.guesses !== undefined ? { guesses: m.guesses } : {}) })),
  };
}

// ---------------------------------------------------------------------------------------------
// Golden file: a stratified sample of the oracle's results, JSON lines, committed for the Rust
// tests (tests/data/strength-golden.jsonl).

export function goldenLine(entry, record, year) {
  return JSON.stringify({
    password: entry.password,
    userInputs: entry.userInputs ?? [],
    year,
    class: entry.class,
    guesses: record.guesses,
    guessesLog10: record.guessesLog10,
    score: record.score,
    warning: record.warning,
    suggestions: record.suggestions,
    sequence: record.sequence.map(({ pattern, i, j, token }) => ({ pattern, i, j, token })),
  });
}

/** An entry may go into the golden file when 4.4.2's answer is finite, timely and well defined. */
export const goldenEligible = (record) =>
  !record.oracleTimeout && typeof record.guesses === "number" && typeof record.guessesLog10 === "number" && !record.prototypeKey?.affected;

// ---------------------------------------------------------------------------------------------
// Markdown.

/** JSON-escapes a string and also escapes the invisible characters JSON leaves alone. */
export function show(s) {
  return JSON.stringify(s).replace(/[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

const fmtPct = (x) => (x === null ? "–" : `${x.toFixed(x === 100 ? 0 : 2)}%`);
const fmtLog = (x) => (typeof x === "number" ? x.toFixed(9) : String(x));
const seqText = (seq) => (seq.length === 0 ? "(empty)" : seq.map((m) => `${m.pattern}:${show(m.token)}`).join(" "));
const mdCell = (s) => String(s).replace(/\|/g, "\\|");

export function renderReport({ opts, command, startedAt, entries, records, oracleWallMs, engineRuns }) {
  const out = [];
  const line = (s = "") => out.push(s);
  const counts = countByClass(entries);
  const timeouts = entries.map((e, k) => [e, records[k]]).filter(([, r]) => r.oracleTimeout);
  line("# Strength agreement with zxcvbn 4.4.2");
  line();
  line(`Produced by \`${command}\` on ${startedAt.toISOString().slice(0, 19).replace("T", " ")} UTC`);
  line(`(Node ${process.version}, zxcvbn 4.4.2 with REFERENCE_YEAR ${opts.year}, ${entries.length.toLocaleString("en")} passwords,`);
  line(`oracle watchdog ${opts.timeoutMs} ms). Targets are reported, not enforced.`);
  line();
  line("## Summary");
  line();
  if (engineRuns.length === 0) line("No engine was run (`--oracle-only`).");
  else {
    line("| engine | compared | score | guessesLog10 (±1e-9) | warning | suggestions | match sequence | all identical | targets |");
    line("|---|---:|---:|---:|---:|---:|---:|---:|---|");
    line(`| *target* | | ≥ ${TARGETS.score}% | ≥ ${TARGETS.guessesLog10}% | ≥ ${TARGETS.warning}% | | | | |`);
    for (const run of engineRuns) {
      const m = run.result.metrics;
      const t = run.result.targets;
      const status = Object.entries(t).map(([k, v]) => `${k} ${v.met ? "met" : "**missed**"}`).join(", ");
      line(`| ${run.name} | ${m.compared} | ${fmtPct(m.score)} | ${fmtPct(m.guessesLog10)} | ${fmtPct(m.warning)} | ${fmtPct(m.suggestions)} | ${fmtPct(m.sequence)} | ${fmtPct(m.all)} | ${status} |`);
    }
    line();
    for (const run of engineRuns) {
      line(`- **${run.name}**: \`${run.command}\`, ${(run.wallMs / 1000).toFixed(1)} s for ${entries.length.toLocaleString("en")} passwords.`);
      const p = run.result.prototypeKeys;
      if (p.entries > 0) {
        line(`  ${p.entries === 1 ? "1 compared entry is" : `${p.entries} compared entries are`} changed by 4.4.2's prototype-key artefact; the engine matches 4.4.2 on ${p.agreeWith442} and the artefact-free answer on ${p.agreeWithBugFree}.`);
      }
    }
  }
  line();
  line("## Corpus and oracle");
  line();
  const perClass = Object.fromEntries(CLASSES.map((c) => [c, []]));
  for (const [k, e] of entries.entries()) perClass[e.class].push(records[k]);
  line("| class | entries | oracle timeouts | oracle mean ms | oracle max ms |");
  line("|---|---:|---:|---:|---:|");
  for (const c of CLASSES) {
    if (counts[c] === 0) continue;
    const ms = perClass[c].map((r) => r.ms);
    const mean = ms.reduce((a, b) => a + b, 0) / ms.length;
    line(`| ${c} | ${counts[c]} | ${perClass[c].filter((r) => r.oracleTimeout).length} | ${mean.toFixed(2)} | ${Math.max(...ms).toFixed(1)} |`);
  }
  line(`| **total** | ${entries.length} | ${timeouts.length} | | |`);
  line();
  const cpuMs = records.reduce((a, r) => a + r.ms, 0);
  line(`Oracle: ${(oracleWallMs / 1000).toFixed(1)} s wall clock with ${opts.workers} worker thread(s), ${(cpuMs / 1000).toFixed(1)} s inside zxcvbn() (cached records count their original time).`);
  line();
  if (timeouts.length > 0) {
    line(`### Oracle timeouts (${timeouts.length}, longer than ${opts.timeoutMs} ms; not compared)`);
    line();
    line("```text");
    for (const [e] of timeouts) line(`[${e.class}/${e.tag}] ${show(e.password)} (${e.password.length} units)`);
    line("```");
    line();
  }
  const slowest = entries
    .map((e, k) => [e, records[k]])
    .filter(([, r]) => !r.oracleTimeout)
    .sort((a, b) => b[1].ms - a[1].ms)
    .slice(0, 10);
  if (slowest.length > 0) {
    line("### Slowest completed oracle calls");
    line();
    line("```text");
    for (const [e, r] of slowest) line(`${r.ms.toFixed(1).padStart(9)} ms  [${e.class}/${e.tag}] ${show(e.password)}`);
    line("```");
    line();
  }
  const protos = entries.map((e, k) => [e, records[k]]).filter(([, r]) => r.prototypeKey);
  if (protos.length > 0) {
    line(`### 4.4.2 prototype-key artefacts (${protos.length} entries, ${protos.filter(([, r]) => r.prototypeKey.affected).length} changed by it)`);
    line();
    line("4.4.2 finds `constructor` and `__proto__` in every dictionary through `in` on plain objects; the");
    line("inherited \"ranks\" give NaN guesses, which then displace valid candidates. The right-hand column is");
    line("4.4.2 re-run with those matches removed.");
    line();
    line("```text");
    for (const [e, r] of protos.slice(0, MAX_EXAMPLES_PER_GROUP)) {
      const b = r.prototypeKey.bugFree;
      line(`[${e.class}/${e.tag}] ${show(e.password)}${e.userInputs.length ? ` userInputs=${show(e.userInputs)}` : ""}${r.prototypeKey.affected ? "" : " (unchanged)"}`);
      line(`    4.4.2:      log10 ${fmtLog(r.guessesLog10)} score ${r.score} ${seqText(r.sequence)}`);
      line(`    artefact-free: log10 ${fmtLog(b.guessesLog10)} score ${b.score} ${seqText(b.sequence)}`);
    }
    line("```");
    line();
  }
  for (const run of engineRuns) {
    const r = run.result;
    line(`## ${run.name}: per class`);
    line();
    line("| class | compared | score | guessesLog10 | warning | suggestions | sequence | all |");
    line("|---|---:|---:|---:|---:|---:|---:|---:|");
    for (const c of CLASSES) {
      const m = r.perClass[c];
      if (m.compared === 0) continue;
      line(`| ${c} | ${m.compared} | ${fmtPct(m.score)} | ${fmtPct(m.guessesLog10)} | ${fmtPct(m.warning)} | ${fmtPct(m.suggestions)} | ${fmtPct(m.sequence)} | ${fmtPct(m.all)} |`);
    }
    line();
    line(`## ${run.name}: differences (${r.differences.length})`);
    line();
    if (r.differences.length === 0) {
      line("None.");
      line();
      continue;
    }
    const groups = new Map();
    for (const d of r.differences) {
      if (!groups.has(d.cause)) groups.set(d.cause, []);
      groups.get(d.cause).push(d);
    }
    const sorted = [...groups].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
    line("| cause (first difference) | entries |");
    line("|---|---:|");
    for (const [cause, list] of sorted) line(`| ${mdCell(cause)} | ${list.length} |`);
    line();
    for (const [cause, list] of sorted) {
      line(`### ${cause} (${list.length}${list.length > MAX_EXAMPLES_PER_GROUP ? `, first ${MAX_EXAMPLES_PER_GROUP} shown` : ""})`);
      line();
      line("```text");
      for (const d of list.slice(0, MAX_EXAMPLES_PER_GROUP)) {
        const o = d.oracle;
        const e = d.engine;
        line(`[${d.class}/${d.tag}] ${show(d.password)}${d.userInputs.length ? ` userInputs=${show(d.userInputs)}` : ""}  differs: ${d.differs.join(", ")}`);
        line(`    score ${o.score} / ${e.score}   log10 ${fmtLog(o.guessesLog10)} / ${fmtLog(e.guessesLog10)}   warning ${o.warning} / ${e.warning}`);
        if (d.differs.includes("suggestions")) line(`    suggestions [${o.suggestions.join(", ")}] / [${e.suggestions.join(", ")}]`);
        line(`    4.4.2:  ${seqText(o.sequence)}`);
        line(`    engine: ${seqText(e.sequence)}`);
      }
      line("```");
      line();
    }
  }
  line("Full lists: `--json FILE` writes every difference, every oracle record's timing and the per-class numbers.");
  return out.join("\n") + "\n";
}

// ---------------------------------------------------------------------------------------------
// Main.

function log(opts, ...parts) {
  if (!opts.quiet) process.stderr.write(parts.join(" ") + "\n");
}

function writeFile(path, text) {
  const full = resolve(root, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text);
  return full;
}

const display = (path) => (relative(root, path).startsWith("..") ? path : relative(root, path));

export async function main(argv) {
  const opts = parseArgs(argv);
  if (opts.help) {
    process.stdout.write(readUsage());
    return 0;
  }
  const startedAt = new Date();
  const command = ["node", relative(root, import.meta.filename), ...argv].map((a) => (/^[\w./=:,@+-]+$/.test(a) ? a : `'${a.replace(/'/g, "'\\''")}'`)).join(" ");
  const t0 = performance.now();
  let all = corpus({ size: opts.size, seed: opts.seed });
  if (opts.classes) all = all.filter((e) => opts.classes.includes(e.class));
  log(opts, `corpus: ${all.length} entries in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const entries = opts.goldenOnly ? [] : opts.sample ? sample(all, opts.sample, opts.seed) : all;

  // The golden sample: a stratified sample of the corpus, skipping entries whose oracle record is
  // not eligible (each stratum's next entries stand in, so a timeout changes its stratum only).
  const goldenStrata = opts.golden ? strata(all, opts.goldenSize, `golden/${opts.seed}`) : [];
  const spare = (quota) => (quota === 0 ? 0 : quota + Math.ceil(quota / 2) + 10);
  const goldenCandidates = goldenStrata.flatMap((s) => s.pool.slice(0, spare(s.quota)));
  const union = [...new Set([...entries, ...goldenCandidates])];
  const oracleStart = performance.now();
  let lastReport = 0;
  const records = await runOracle(union, {
    year: opts.year,
    workers: opts.workers,
    timeoutMs: opts.timeoutMs,
    cache: opts.oracleCache ? resolve(root, opts.oracleCache) : undefined,
    onProgress: (done, total) => {
      const now = performance.now();
      if (now - lastReport < 10_000 && done !== total) return;
      lastReport = now;
      const rate = done / ((now - oracleStart) / 1000);
      log(opts, `oracle: ${done}/${total} (${rate.toFixed(0)}/s)`);
    },
  });
  const oracleWallMs = performance.now() - oracleStart;
  const recordOf = new Map(union.map((e, k) => [e, records[k]]));
  log(opts, `oracle: ${union.length} passwords in ${(oracleWallMs / 1000).toFixed(1)} s`);

  if (opts.golden) {
    const chosen = inCorpusOrder(
      all,
      goldenStrata.flatMap((s) => s.pool.slice(0, spare(s.quota)).filter((e) => goldenEligible(recordOf.get(e))).slice(0, s.quota)),
    );
    const text = chosen.map((e) => goldenLine(e, recordOf.get(e), opts.year) + "\n").join("");
    const path = writeFile(opts.golden, text);
    log(opts, `golden: ${chosen.length} entries, ${Buffer.byteLength(text)} bytes -> ${display(path)}`);
  }
  if (opts.goldenOnly) return 0;

  const entryRecords = entries.map((e) => recordOf.get(e));
  const engineRuns = [];
  for (const engine of opts.engines) {
    log(opts, `engine ${engine.name}: ${engine.command}`);
    const start = performance.now();
    const outputs = await runEngine(engine.command, entries, {
      year: opts.year,
      silenceTimeoutS: opts.engineTimeoutS,
      onProgress: (done, total) => log(opts, `engine ${engine.name}: ${done}/${total}`),
    });
    const wallMs = performance.now() - start;
    const result = compareEngine(entries, entryRecords, outputs);
    engineRuns.push({ ...engine, wallMs, result });
    const m = result.metrics;
    log(opts, `engine ${engine.name}: ${(wallMs / 1000).toFixed(1)} s; score ${fmtPct(m.score)}, guessesLog10 ${fmtPct(m.guessesLog10)}, warning ${fmtPct(m.warning)}, suggestions ${fmtPct(m.suggestions)}, sequence ${fmtPct(m.sequence)}`);
  }

  const report = { opts, command, startedAt, entries, records: entryRecords, oracleWallMs, engineRuns };
  if (opts.report) {
    const path = writeFile(opts.report, renderReport(report));
    log(opts, `report: ${display(path)}`);
  }
  if (opts.json) {
    const json = {
      command,
      date: startedAt.toISOString(),
      node: process.version,
      zxcvbn: "4.4.2",
      year: opts.year,
      corpus: { size: opts.size, sample: opts.sample, seed: opts.seed, classes: countByClass(entries) },
      oracle: {
        wallMs: oracleWallMs,
        workers: opts.workers,
        timeoutMs: opts.timeoutMs,
        timeouts: entries.filter((e, k) => entryRecords[k].oracleTimeout).map((e) => ({ class: e.class, tag: e.tag, password: e.password, userInputs: e.userInputs })),
        prototypeKeys: entries
          .map((e, k) => [e, entryRecords[k]])
          .filter(([, r]) => r.prototypeKey)
          .map(([e, r]) => ({ class: e.class, password: e.password, userInputs: e.userInputs, affected: r.prototypeKey.affected, oracle: brief(r), bugFree: brief(r.prototypeKey.bugFree) })),
        ms: entryRecords.map((r) => r.ms),
      },
      engines: engineRuns.map((r) => ({ name: r.name, command: r.command, wallMs: r.wallMs, ...r.result })),
    };
    const path = writeFile(opts.json, JSON.stringify(json) + "\n");
    log(opts, `json: ${display(path)}`);
  }

  let status = 0;
  for (const gate of opts.gates) {
    for (const run of engineRuns) {
      if (gate.engine && gate.engine !== run.name) continue;
      const got = run.result.metrics[gate.metric];
      if (got === null || got < gate.min) {
        log(opts, `gate --${gate.flag}: ${run.name} ${fmtPct(got)} < ${gate.min}%`);
        status = 1;
      }
    }
  }
  return status;
}

function readUsage() {
  return `usage: node tests/agreement/compare.mjs [--size N] [--sample N] [--year Y]
         [--engine [NAME=]CMD]... [--report FILE | --no-report] [--json FILE]
         [--golden FILE] [--golden-size N] [--golden-only] [--oracle-only]
         [--oracle-cache FILE] [--classes a,b,...] [--workers 1|2] [--timeout MS]
         [--engine-timeout S] [--seed TEXT] [--quiet]
         [--min-score-agreement [NAME=]PCT] [--min-log10-agreement ...]
         [--min-warning-agreement ...] [--min-suggestions-agreement ...] [--min-sequence-agreement ...]
engine aliases: ${Object.entries(ENGINE_ALIASES).map(([k, v]) => `${k} = ${v}`).join("; ")}
default engine: passgate = ${CARGO}
`;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main(process.argv.slice(2)).then(
    (status) => process.exit(status),
    (error) => {
      process.stderr.write(`compare: ${error instanceof HarnessError ? error.message : error?.stack ?? error}\n`);
      process.exit(2);
    },
  );
}
