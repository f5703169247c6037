// The oracle: zxcvbn 4.4.2 (node_modules/zxcvbn) with its reference year frozen, run in worker
// threads with a per-password watchdog.
//
//   import { runOracle } from "./oracle.mjs";
//   const records = await runOracle(entries, { year: 2026, workers: 2, timeoutMs: 5000 });
//
// One record per entry, in order:
//   { guesses, guessesLog10, score, warning, suggestions, sequence, ms }
//   { oracleTimeout: true, ms }                      when 4.4.2 took longer than timeoutMs
// warning / suggestions are passgate's stable codes (an unknown 4.4.2 string throws); sequence is
// [{ pattern, i, j, token, ...the pattern's fields }]; ms is the time zxcvbn() took, in the worker.
// A non-finite number (4.4.2 can compute NaN) is recorded as a string ("NaN", "Infinity").
// A record also has `prototypeKey` when 4.4.2 matched a dictionary "word" that is really an
// Object.prototype property (see PROTOTYPE KEYS below): { affected, bugFree: { ...same fields } }.
//
// REFERENCE YEAR. 4.4.2 keeps it in one place, the property `REFERENCE_YEAR` of the scoring module
// (lib/scoring.js sets it once, at load, to `new Date().getFullYear()`). Every use reads the
// property at call time: scoring's regex_guesses and date_guesses read `this.REFERENCE_YEAR` (they
// are called as methods of the scoring object), matching's date_match reads
// `scoring.REFERENCE_YEAR` through the same cached module object that main.js uses. The only other
// `new Date()` is main.js's `time()`, which feeds `calc_time` alone. So assigning the property
// after loading, before the first call, freezes the year; nothing else needs the clock. The
// self-test checks this by running 4.4.2 with a fake Date that reports another year.
//
// PROTOTYPE KEYS. 4.4.2 looks words up with `word in ranked_dict` on plain objects, so the
// lower-case password slices "constructor" and "__proto__" are found in every dictionary, with a
// "rank" that is a function or an object; their guesses are NaN, and NaN entries then overwrite
// valid candidates in the optimal-sequence search (a NaN never compares <=). "constructor" comes
// out as construct+or (338,400 guesses) instead of the dictionary word (13,590). The oracle
// observes matching.omnimatch's output (unchanged) to notice such matches, and then evaluates the
// password a second time with them removed, which is what a dictionary lookup without inherited
// keys gives; the report shows both.
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { existsSync, readFileSync, appendFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";

export const root = resolve(import.meta.dirname, "..", "..");
export const DEFAULT_YEAR = 2026;
export const DEFAULT_TIMEOUT_MS = 5000;
export const MAX_WORKERS = 2;
/** Bumped whenever the record format changes (invalidates --oracle-cache files). */
export const RECORD_FORMAT = 1;

/** 4.4.2's warning strings (lib/feedback.js) -> passgate's codes. */
export const WARNINGS = new Map([
  ["Straight rows of keys are easy to guess", "keyboardRow"],
  ["Short keyboard patterns are easy to guess", "keyboardPattern"],
  ['Repeats like "aaa" are easy to guess', "repeatedCharacter"],
  ['Repeats like "abcabcabc" are only slightly harder to guess than "abc"', "repeatedGroup"],
  ["This is a top-10 common password", "topTenPassword"],
  ["This is a top-100 common password", "topHundredPassword"],
  ["This is a very common password", "veryCommonPassword"],
  ["This is similar to a commonly used password", "similarToCommonPassword"],
  ["Sequences like abc or 6543 are easy to guess", "sequence"],
  ["Recent years are easy to guess", "recentYear"],
  ["A word by itself is easy to guess", "singleWord"],
  ["Dates are often easy to guess", "date"],
  ["Names and surnames by themselves are easy to guess", "nameAlone"],
  ["Common names and surnames are easy to guess", "commonName"],
  ["", null],
]);

/** 4.4.2's suggestion strings -> passgate's codes. */
export const SUGGESTIONS = new Map([
  ["Use a few words, avoid common phrases", "useFewWords"],
  ["No need for symbols, digits, or uppercase letters", "noNeedForSymbols"],
  ["Add another word or two. Uncommon words are better.", "addAnotherWord"],
  ["Capitalization doesn't help very much", "capitalizationHelpsLittle"],
  ["All-uppercase is almost as easy to guess as all-lowercase", "allUppercaseHelpsLittle"],
  ["Reversed words aren't much harder to guess", "reversedWordsHelpLittle"],
  ["Predictable substitutions like '@' instead of 'a' don't help very much", "substitutionsHelpLittle"],
  ["Use a longer keyboard pattern with more turns", "longerKeyboardPattern"],
  ["Avoid repeated words and characters", "avoidRepeats"],
  ["Avoid sequences", "avoidSequences"],
  ["Avoid recent years", "avoidRecentYears"],
  ["Avoid years that are associated with you", "avoidPersonalYears"],
  ["Avoid dates and years that are associated with you", "avoidPersonalDates"],
]);

export const WARNING_CODES = [...new Set(WARNINGS.values())].filter((c) => c !== null);
export const SUGGESTION_CODES = [...SUGGESTIONS.values()];

export function warningCode(text) {
  const key = text ?? ""; // 4.4.2 uses '' for "no warning"
  if (!WARNINGS.has(key)) throw new Error(`unmapped zxcvbn 4.4.2 warning: ${JSON.stringify(text)}`);
  return WARNINGS.get(key);
}

export function suggestionCode(text) {
  if (!SUGGESTIONS.has(text)) throw new Error(`unmapped zxcvbn 4.4.2 suggestion: ${JSON.stringify(text)}`);
  return SUGGESTIONS.get(text);
}

/** The per-pattern fields kept in a record's sequence (when 4.4.2 sets them). */
export const MATCH_FIELDS = [
  "dictionary_name", "matched_word", "rank", "l33t", "sub", "reversed",
  "graph", "turns", "shifted_count",
  "base_token", "repeat_count",
  "sequence_name", "ascending",
  "regex_name",
  "year", "month", "day", "separator",
  "guesses",
];

const PATTERN_FIELDS = {
  dictionary: ["dictionary_name", "matched_word", "rank", "l33t", "sub", "reversed"],
  spatial: ["graph", "turns", "shifted_count"],
  repeat: ["base_token", "repeat_count"],
  sequence: ["sequence_name", "ascending"],
  regex: ["regex_name"],
  date: ["year", "month", "day", "separator"],
  bruteforce: [],
};

export const num = (x) => (typeof x === "number" && !Number.isFinite(x) ? String(x) : x);

/** zxcvbn 4.4.2, loaded in this thread, with REFERENCE_YEAR set to `year`. */
export function loadZxcvbn(year = DEFAULT_YEAR) {
  const require = createRequire(join(root, "package.json"));
  const zxcvbn = require("zxcvbn");
  const scoring = require("zxcvbn/lib/scoring");
  const matching = require("zxcvbn/lib/matching");
  const version = require("zxcvbn/package.json").version;
  if (version !== "4.4.2") throw new Error(`the oracle is zxcvbn 4.4.2; node_modules has ${version}`);
  scoring.REFERENCE_YEAR = year;

  // Observe omnimatch (main.js and repeat_match call it through the module object).
  const omnimatch = matching.omnimatch;
  let sawPrototypeKey = false;
  let dropPrototypeKeys = false;
  const inherited = (m) => m.pattern === "dictionary" && typeof m.rank !== "number";
  matching.omnimatch = function (password) {
    const matches = omnimatch.call(this, password);
    if (matches.some(inherited)) {
      sawPrototypeKey = true;
      if (dropPrototypeKeys) return matches.filter((m) => !inherited(m));
    }
    return matches;
  };

  function summarise(result) {
    return {
      guesses: num(result.guesses),
      guessesLog10: num(result.guesses_log10),
      score: result.score,
      warning: warningCode(result.feedback.warning),
      suggestions: result.feedback.suggestions.map(suggestionCode),
      sequence: result.sequence.map((m) => {
        const out = { pattern: m.pattern, i: m.i, j: m.j, token: m.token };
        for (const f of PATTERN_FIELDS[m.pattern] ?? MATCH_FIELDS) {
          if (m[f] === undefined) continue;
          out[f] = f === "rank" && typeof m[f] !== "number" ? `inherited ${typeof m[f]}` : num(m[f]);
        }
        out.guesses = num(m.guesses);
        return out;
      }),
    };
  }

  /** One password -> one record (see the file header). */
  function evaluate(password, userInputs = []) {
    if (scoring.REFERENCE_YEAR !== year) throw new Error("REFERENCE_YEAR changed under the oracle");
    sawPrototypeKey = false;
    dropPrototypeKeys = false;
    const t0 = performance.now();
    const result = zxcvbn(password, userInputs);
    const ms = performance.now() - t0;
    const record = { ...summarise(result), ms: Math.round(ms * 1000) / 1000 };
    if (sawPrototypeKey) {
      dropPrototypeKeys = true;
      const bugFree = summarise(zxcvbn(password, userInputs));
      dropPrototypeKeys = false;
      record.prototypeKey = { affected: !sameOutcome(record, bugFree), bugFree };
    }
    return record;
  }

  return { evaluate, zxcvbn, scoring, matching, version };
}

function sameOutcome(a, b) {
  return (
    a.guesses === b.guesses &&
    a.score === b.score &&
    a.warning === b.warning &&
    JSON.stringify(a.suggestions) === JSON.stringify(b.suggestions) &&
    JSON.stringify(a.sequence.map((m) => [m.pattern, m.i, m.j])) === JSON.stringify(b.sequence.map((m) => [m.pattern, m.i, m.j]))
  );
}

// ---------------------------------------------------------------------------------------------
// Worker side.

if (!isMainThread && workerData?.role === "passgate-agreement-oracle") {
  const { evaluate } = loadZxcvbn(workerData.year);
  parentPort.on("message", ({ id, password, userInputs }) => {
    try {
      parentPort.postMessage({ id, record: evaluate(password, userInputs) });
    } catch (error) {
      parentPort.postMessage({ id, error: String(error?.stack ?? error) });
    }
  });
  parentPort.postMessage({ ready: true });
}

// ---------------------------------------------------------------------------------------------
// Main side: a pool of at most two workers, each given one password at a time; a password that
// takes longer than timeoutMs gets its worker terminated and replaced.

export class OraclePool {
  constructor({ year = DEFAULT_YEAR, workers = MAX_WORKERS, timeoutMs = DEFAULT_TIMEOUT_MS } = {}) {
    this.year = year;
    this.timeoutMs = timeoutMs;
    this.size = Math.max(1, Math.min(MAX_WORKERS, workers));
    this.queue = [];
    this.slots = [];
    this.timeouts = 0;
    this.restarts = 0;
    this.failed = null;
    this.closed = false;
    for (let k = 0; k < this.size; k++) this.slots.push(this.#spawn());
  }

  #spawn() {
    const slot = { worker: null, ready: false, task: null, timer: null };
    slot.worker = new Worker(new URL(import.meta.url), { workerData: { role: "passgate-agreement-oracle", year: this.year } });
    slot.worker.on("message", (msg) => this.#onMessage(slot, msg));
    slot.worker.on("error", (error) => this.#fail(slot, error));
    slot.worker.on("exit", (code) => {
      if (!slot.terminating && !this.closed) this.#fail(slot, new Error(`oracle worker exited with code ${code}`));
    });
    return slot;
  }

  #onMessage(slot, msg) {
    if (msg.ready) {
      slot.ready = true;
      return this.#pump();
    }
    const task = slot.task;
    if (!task || task.id !== msg.id) return;
    clearTimeout(slot.timer);
    slot.task = null;
    if (msg.error) task.reject(new Error(`zxcvbn 4.4.2 failed on ${JSON.stringify(task.password)}: ${msg.error}`));
    else task.resolve(msg.record);
    this.#pump();
  }

  #fail(slot, error) {
    clearTimeout(slot.timer);
    const task = slot.task;
    slot.task = null;
    this.failed = error;
    if (task) task.reject(error);
    for (const t of this.queue.splice(0)) t.reject(error);
  }

  #onTimeout(slot) {
    const task = slot.task;
    slot.task = null;
    slot.terminating = true;
    slot.worker.terminate();
    this.timeouts++;
    this.restarts++;
    const index = this.slots.indexOf(slot);
    this.slots[index] = this.#spawn();
    task.resolve({ oracleTimeout: true, ms: this.timeoutMs });
  }

  #pump() {
    for (const slot of this.slots) {
      if (!slot.ready || slot.task || this.queue.length === 0) continue;
      const task = this.queue.shift();
      slot.task = task;
      slot.timer = setTimeout(() => this.#onTimeout(slot), this.timeoutMs);
      slot.worker.postMessage({ id: task.id, password: task.password, userInputs: task.userInputs });
    }
  }

  /** Resolves to the record for one password (see the file header). */
  evaluate(password, userInputs = []) {
    if (this.failed) return Promise.reject(this.failed);
    return new Promise((resolve, reject) => {
      this.queue.push({ id: (this.nextId = (this.nextId ?? 0) + 1), password, userInputs, resolve, reject });
      this.#pump();
    });
  }

  async close() {
    this.closed = true;
    await Promise.all(this.slots.map((s) => ((s.terminating = true), s.worker.terminate())));
  }
}

/** Cache key of one evaluation. */
const cacheKey = (entry, year) => JSON.stringify([year, entry.password, entry.userInputs ?? []]);

/**
 * Runs the oracle on every entry ({ password, userInputs }); resolves to records in order.
 * Options: year, workers (<= 2), timeoutMs, onProgress(done, total), cache (a JSON-lines file of
 * earlier records, read and extended; invalidated by a different zxcvbn version or record format).
 */
export async function runOracle(entries, { year = DEFAULT_YEAR, workers = MAX_WORKERS, timeoutMs = DEFAULT_TIMEOUT_MS, onProgress, cache } = {}) {
  const records = new Array(entries.length);
  const cached = cache ? readCache(cache, timeoutMs) : new Map();
  const todo = [];
  for (const [k, entry] of entries.entries()) {
    const hit = cached.get(cacheKey(entry, year));
    if (hit) records[k] = hit;
    else todo.push(k);
  }
  if (todo.length === 0) return records;
  const pool = new OraclePool({ year, workers, timeoutMs });
  let done = entries.length - todo.length;
  const fresh = [];
  try {
    await Promise.all(
      todo.map((k) =>
        pool.evaluate(entries[k].password, entries[k].userInputs ?? []).then((record) => {
          records[k] = record;
          fresh.push(k);
          done++;
          if (onProgress && (done % 1000 === 0 || done === entries.length)) onProgress(done, entries.length);
        }),
      ),
    );
  } finally {
    await pool.close();
    if (cache && fresh.length > 0) {
      appendFileSync(cache, fresh.map((k) => JSON.stringify({ key: cacheKey(entries[k], year), record: records[k] }) + "\n").join(""));
    }
  }
  return records;
}

function readCache(file, timeoutMs) {
  const header = JSON.stringify({ cache: "passgate agreement oracle", zxcvbn: "4.4.2", format: RECORD_FORMAT, timeoutMs });
  const map = new Map();
  if (existsSync(file)) {
    const lines = readFileSync(file, "utf8").split("\n");
    if (lines[0] === header) {
      for (const line of lines.slice(1)) {
        if (!line) continue;
        const { key, record } = JSON.parse(line);
        map.set(key, record);
      }
      return map;
    }
  }
  mkdirSync(dirname(resolve(file)), { recursive: true });
  writeFileSync(file, header + "\n");
  return map;
}
