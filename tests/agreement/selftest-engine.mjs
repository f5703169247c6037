#!/usr/bin/env node
// A stand-in engine for testing the agreement harness itself, NOT a passgate engine: it answers
// the compare.mjs protocol (JSON lines in, JSON lines out) by calling zxcvbn 4.4.2, so unmodified
// it must agree 100%. --mutate makes it wrong on purpose, so the harness must see differences:
//
//   score           every 7th answer (index % 7 == 3) has score + 1 (mod 5), guesses unchanged
//   year            evaluates with the input's year - 30 (dates and years change guesses)
//   feedback        warning singleWord becomes null; a second suggestion is dropped
//   sequence        the last two matches of a sequence are merged into one bruteforce match
//   log10-epsilon   guessesLog10 + 1e-10 (within the harness's tolerance: still agrees)
//   log10-off       guessesLog10 + 1e-8 (outside it: disagrees)
//   all             score,year,feedback,sequence
//   crash:N         exits with status 3 after N answers (a harness error)
//   garbage:N       answer N is not JSON (a harness error)
//   extra           one answer too many (a harness error)
//
// node tests/agreement/selftest-engine.mjs [--mutate a,b,...] [--timeout MS]
import { createInterface } from "node:readline";
import { once } from "node:events";
import { OraclePool, DEFAULT_TIMEOUT_MS } from "./oracle.mjs";

const args = process.argv.slice(2);
const flag = (name) => {
  const k = args.indexOf(name);
  return k >= 0 ? args[k + 1] : undefined;
};
let modes = new Set((flag("--mutate") ?? "").split(",").filter(Boolean));
if (modes.has("all")) modes = new Set([...modes, "score", "year", "feedback", "sequence"]);
const param = (prefix) => {
  for (const m of modes) if (m.startsWith(prefix + ":")) return Number(m.slice(prefix.length + 1));
  return null;
};
const crashAfter = param("crash");
const garbageAt = param("garbage");
// Longer than the oracle's watchdog, so that what the oracle finished in time, this finishes too.
const timeoutMs = Number(flag("--timeout") ?? 3 * DEFAULT_TIMEOUT_MS);

const pools = new Map();
const poolFor = (year) => {
  if (!pools.has(year)) pools.set(year, new OraclePool({ year, workers: 2, timeoutMs }));
  return pools.get(year);
};

async function answer(index, { password, userInputs, year }) {
  const r = await poolFor(modes.has("year") ? year - 30 : year).evaluate(password, userInputs ?? []);
  if (r.oracleTimeout) {
    return { guesses: 1, guessesLog10: 0, score: 0, warning: null, suggestions: [], sequence: [] };
  }
  const out = {
    guesses: r.guesses,
    guessesLog10: r.guessesLog10,
    score: r.score,
    warning: r.warning,
    suggestions: r.suggestions,
    sequence: r.sequence.map(({ pattern, i, j, token, guesses }) => ({ pattern, i, j, token, guesses })),
  };
  if (typeof out.guesses !== "number") out.guesses = 0; // NaN from 4.4.2 cannot travel as JSON
  if (typeof out.guessesLog10 !== "number") out.guessesLog10 = 0;
  if (modes.has("score") && index % 7 === 3) out.score = (out.score + 1) % 5;
  if (modes.has("feedback")) {
    if (out.warning === "singleWord") out.warning = null;
    if (out.suggestions.length >= 2) out.suggestions = out.suggestions.slice(0, 1);
  }
  if (modes.has("sequence") && out.sequence.length >= 2) {
    const [a, b] = out.sequence.slice(-2);
    out.sequence = [...out.sequence.slice(0, -2), { pattern: "bruteforce", i: a.i, j: b.j, token: a.token + b.token }];
  }
  if (modes.has("log10-epsilon")) out.guessesLog10 += 1e-10;
  if (modes.has("log10-off")) out.guessesLog10 += 1e-8;
  return out;
}

// The harness closes the pipe when it gives up on an engine; leave quietly.
process.stdout.on("error", (error) => process.exit(error.code === "EPIPE" ? 1 : 2));

let written = 0;
async function write(out) {
  written++;
  const text = garbageAt === written ? "{not json\n" : JSON.stringify(out) + "\n";
  if (!process.stdout.write(text)) await once(process.stdout, "drain");
  if (crashAfter !== null && written >= crashAfter) process.exit(3);
}

const pending = [];
const flush = async (keep) => {
  while (pending.length > keep) await write(await pending.shift());
};
let index = 0;
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  if (line.trim() === "") continue;
  pending.push(answer(index++, JSON.parse(line)));
  if (pending.length >= 64) await flush(16);
}
await flush(0);
if (modes.has("extra")) await write({ guesses: 1, guessesLog10: 0, score: 0, warning: null, suggestions: [], sequence: [] });
await Promise.all([...pools.values()].map((p) => p.close()));
