// The agreement corpus: passwords on which passgate's strength engine is compared with
// zxcvbn 4.4.2. Deterministic: the same options always give the same list, in the same order.
//
//   import { corpus, sample, CLASSES } from "./corpus.mjs";
//   const all = corpus({ size: 100_000 });          // [{ password, userInputs, class, tag }]
//   const some = sample(all, 5_000, "my-seed");      // stratified by class, then by tag
//
// Every entry is a well-formed string (no lone surrogate) of at most 100 UTF-16 units; the list
// has no two entries with the same password and user inputs. `tag` names the generator that made
// an entry (e.g. "l33t", "date-sep", "qwerty-shifted"); samples are stratified on it so that the
// rarer tricky cases are always represented.
//
// Word material comes from zxcvbn's own frequency lists and keyboard graphs (read from
// node_modules/zxcvbn/lib) and from passgate's data/ lists; everything else is generated here.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";

export const root = resolve(import.meta.dirname, "..", "..");
const require = createRequire(join(root, "package.json"));

/** Class names, in corpus order. */
export const CLASSES = [
  "common",
  "generated",
  "mutated",
  "keyboard",
  "repeat",
  "sequence",
  "date",
  "nonlatin",
  "emoji",
  "long",
  "userinput",
  "edge",
];

export const MAX_UNITS = 100;

// ---------------------------------------------------------------------------------------------
// Deterministic randomness: xoshiro128** seeded through splitmix32 from an FNV-1a hash of a
// string, so any label ("generated/2") is a seed.

function fnv1a(text) {
  let h = 0x811c9dc5;
  for (let k = 0; k < text.length; k++) {
    h ^= text.charCodeAt(k);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

function splitmix32(state) {
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

const rotl = (x, k) => ((x << k) | (x >>> (32 - k))) >>> 0;

export class Rng {
  constructor(seed) {
    const init = splitmix32(fnv1a(String(seed)));
    this.s = [init(), init(), init(), init()];
    if (this.s.every((x) => x === 0)) this.s[0] = 1;
  }
  /** A uniform 32-bit unsigned integer. */
  u32() {
    const s = this.s;
    const result = Math.imul(rotl(Math.imul(s[1], 5) >>> 0, 7), 9) >>> 0;
    const t = (s[1] << 9) >>> 0;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3] >>> 0, 11);
    for (let k = 0; k < 4; k++) s[k] >>>= 0;
    return result;
  }
  /** Uniform in [0, 1). */
  float() {
    return this.u32() / 4294967296;
  }
  /** Uniform integer in [lo, hi], both inclusive. */
  int(lo, hi) {
    return lo + Math.floor(this.float() * (hi - lo + 1));
  }
  chance(p) {
    return this.float() < p;
  }
  pick(list) {
    return list[Math.floor(this.float() * list.length)];
  }
  /** Biased towards the start of a ranked list: index ~ n * u^skew. */
  ranked(list, skew = 2) {
    return list[Math.floor(this.float() ** skew * list.length)];
  }
  /** Picks by weight from [[weight, value], ...]. */
  weighted(pairs) {
    let total = 0;
    for (const [w] of pairs) total += w;
    let x = this.float() * total;
    for (const [w, v] of pairs) {
      if ((x -= w) < 0) return v;
    }
    return pairs[pairs.length - 1][1];
  }
  shuffle(list) {
    for (let k = list.length - 1; k > 0; k--) {
      const m = Math.floor(this.float() * (k + 1));
      [list[k], list[m]] = [list[m], list[k]];
    }
    return list;
  }
}

// ---------------------------------------------------------------------------------------------
// Strings.

/** True when the string has no lone surrogate. */
export function isWellFormed(s) {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(k + 1);
      if (!(d >= 0xdc00 && d <= 0xdfff)) return false;
      k++;
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      return false;
    }
  }
  return true;
}

const cp = (...points) => String.fromCodePoint(...points);
const capitalise = (w) => w.charAt(0).toUpperCase() + w.slice(1);
const endCapital = (w) => w.slice(0, -1) + w.slice(-1).toUpperCase();
const reverse = (w) => [...w].reverse().join(""); // by code point: never splits a pair
const pad2 = (n) => String(n).padStart(2, "0");
const range = (from, to) => Array.from({ length: to - from + 1 }, (_, k) => from + k);
const charsOf = (from, to) => range(from, to).map((c) => cp(c));

/** Cuts to at most `max` UTF-16 units without splitting a surrogate pair. */
function clip(s, max = MAX_UNITS) {
  if (s.length <= max) return s;
  let out = s.slice(0, max);
  const last = out.charCodeAt(out.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) out = out.slice(0, -1);
  return out;
}

function mixedCase(rng, w) {
  let out = "";
  for (const ch of w) out += rng.chance(0.5) ? ch.toUpperCase() : ch.toLowerCase();
  return out;
}

// ---------------------------------------------------------------------------------------------
// Word material.

let material;
function words() {
  if (material) return material;
  const freq = require("zxcvbn/lib/frequency_lists");
  const graphs = require("zxcvbn/lib/adjacency_graphs");
  const lines = (file) =>
    readFileSync(join(root, "data", file), "utf8")
      .split("\n")
      .map((l) => l.replace(/\r$/, ""))
      .filter((l) => l.length > 0);
  const alpha = (list, min = 3) => list.filter((w) => w.length >= min && /^[a-z]+$/.test(w));
  material = {
    freq,
    graphs,
    common: lines("common-passwords.txt"),
    eff: lines("eff_large_wordlist.txt"),
    english: alpha(freq.english_wikipedia),
    tv: alpha(freq.us_tv_and_film),
    passwordsAlpha: alpha(freq.passwords, 4),
    passwordsAll: freq.passwords,
    female: alpha(freq.female_names),
    male: alpha(freq.male_names),
    surnames: alpha(freq.surnames),
  };
  material.dictionaries = [
    [3, material.english],
    [2, material.tv],
    [2, material.passwordsAlpha],
    [1, material.female],
    [1, material.male],
    [1, material.surnames],
  ];
  return material;
}

function dictionaryWord(rng, skew = 1.6) {
  const list = rng.weighted(words().dictionaries);
  return rng.ranked(list, skew);
}

// zxcvbn 4.4.2's substitution table (letter -> what it may be written as).
export const L33T = {
  a: ["4", "@"],
  b: ["8"],
  c: ["(", "{", "[", "<"],
  e: ["3"],
  g: ["6", "9"],
  i: ["1", "!", "|"],
  l: ["1", "|", "7"],
  o: ["0"],
  s: ["$", "5"],
  t: ["+", "7"],
  x: ["%"],
  z: ["2"],
};

/** Substitutes each substitutable letter with probability p (at least one when possible). */
function l33t(rng, word, p = 0.6) {
  const positions = [];
  for (let k = 0; k < word.length; k++) if (L33T[word[k].toLowerCase()]) positions.push(k);
  if (positions.length === 0) return null;
  const chosen = positions.filter(() => rng.chance(p));
  if (chosen.length === 0) chosen.push(rng.pick(positions));
  const out = word.split("");
  for (const k of chosen) out[k] = rng.pick(L33T[word[k].toLowerCase()]);
  return out.join("");
}

const SYMBOLS = "!@#$%^&*?.-_+=~";
const SEPARATORS = [" ", "/", "\\", "_", ".", "-"];

function digits(rng, n) {
  let s = "";
  for (let k = 0; k < n; k++) s += String(rng.int(0, 9));
  return s;
}

function randomFrom(rng, alphabet, n) {
  const chars = Array.isArray(alphabet) ? alphabet : [...alphabet];
  let s = "";
  for (let k = 0; k < n; k++) s += rng.pick(chars);
  return s;
}

const ASCII_PRINTABLE = charsOf(0x20, 0x7e);
const ALNUM = [..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"];

// ---------------------------------------------------------------------------------------------
// Dates.

function daysIn(y, m) {
  return [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

function randomDate(rng, fromYear, toYear) {
  const y = rng.int(fromYear, toYear);
  const m = rng.int(1, 12);
  return { y, m, d: rng.int(1, daysIn(y, m)) };
}

// Orders and widths of a written date; `sep` null for the run-together forms.
const NO_SEP_FORMATS = ["ddmmyy", "ddmmyyyy", "mmddyy", "mmddyyyy", "yyyymmdd", "yymmdd", "dmyy", "mdyy", "dmyyyy", "yyyymd"];
const SEP_FORMATS = ["d.m.yy", "dd.mm.yyyy", "mm.dd.yyyy", "yyyy.mm.dd", "m.d.yy", "yy.mm.dd", "d.m.yyyy", "dd.mm.yy"];

function formatDate({ y, m, d }, format, sep = "") {
  const parts = format.split(".");
  const fields = parts.length === 3 ? parts : format.match(/(d+|m+|y+)/g);
  const text = fields.map((f) => {
    if (f === "d") return String(d);
    if (f === "dd") return pad2(d);
    if (f === "m") return String(m);
    if (f === "mm") return pad2(m);
    if (f === "yy") return pad2(y % 100);
    return String(y);
  });
  return text.join(parts.length === 3 ? sep : "");
}

function writtenDate(rng, date) {
  if (rng.chance(0.4)) return { text: formatDate(date, rng.pick(NO_SEP_FORMATS)), sep: false };
  return { text: formatDate(date, rng.pick(SEP_FORMATS), rng.pick(SEPARATORS)), sep: true };
}

// ---------------------------------------------------------------------------------------------
// Keyboard walks on zxcvbn's adjacency graphs.

function walk(rng, graphName, length, { turnProbability = 0.3, shiftProbability = 0 } = {}) {
  const graph = words().graphs[graphName];
  const keys = Object.keys(graph);
  let current = rng.pick(keys);
  if (shiftProbability === 0 && (graphName === "qwerty" || graphName === "dvorak")) {
    // start on an unshifted key
    while (!/[a-z0-9`\-=[\];',./\\]/.test(current)) current = rng.pick(keys);
  }
  let out = current;
  let direction = -1;
  for (let step = 1; step < length; step++) {
    const neighbours = graph[current];
    const valid = [];
    for (let k = 0; k < neighbours.length; k++) if (neighbours[k]) valid.push(k);
    if (valid.length === 0) break;
    if (direction < 0 || !neighbours[direction] || rng.chance(turnProbability)) direction = rng.pick(valid);
    const key = neighbours[direction];
    const next = key.length > 1 && rng.chance(shiftProbability) ? key[1] : key[0];
    out += next;
    current = next;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Class generators. Each gets its own Rng and an `emit(password, tag, userInputs?)`, and is
// called repeatedly until its class is full (duplicates are dropped by the caller).

const SUFFIXES = ["1", "12", "123", "1234", "!", "1!", "!!", "01", "69", "007", "99", "#1", "@", "2k", "123!", "?", "*"];

function generated(seedIndex) {
  // Four styles, one per seed, so the class is a mix of populations.
  const styles = [
    // casual: a word and digits
    (rng) => {
      const w = rng.chance(0.3) ? rng.ranked(words().female.concat(words().male), 1.5) : dictionaryWord(rng, 2);
      return rng.weighted([
        [4, ["word+digits", w + digits(rng, rng.int(1, 4))]],
        [2, ["word+suffix", w + rng.pick(SUFFIXES)]],
        [2, ["word+year", w + rng.int(1950, 2026)]],
        [1, ["digits+word", digits(rng, rng.int(1, 3)) + w]],
        [1, ["word", w]],
      ]);
    },
    // policy-compliant: Capitalised word, digits, one symbol
    (rng) => {
      const w = capitalise(dictionaryWord(rng, 1.8));
      const d = rng.chance(0.5) ? String(rng.int(1960, 2026)) : digits(rng, rng.int(1, 3));
      const s = rng.pick([...SYMBOLS]);
      return rng.weighted([
        [4, ["Word+digits+symbol", w + d + s]],
        [2, ["Word+symbol+digits", w + s + d]],
        [1, ["symbol+Word+digits", s + w + d]],
        [1, ["Word+symbol+Word", w + s + capitalise(dictionaryWord(rng, 1.8))]],
        [1, ["WORD+digits", w.toUpperCase() + d]],
      ]);
    },
    // phrase-ish: two or three words
    (rng) => {
      const n = rng.int(2, 3);
      const ws = Array.from({ length: n }, () => (rng.chance(0.5) ? rng.pick(words().eff) : dictionaryWord(rng, 1.5)));
      return rng.weighted([
        [3, ["words", ws.join("")]],
        [2, ["Words", ws.map(capitalise).join("")]],
        [2, ["words-sep", ws.join(rng.pick(["-", "_", ".", " "]))]],
        [2, ["words+digits", ws.join("") + digits(rng, rng.int(1, 4))]],
        [1, ["iloveword", rng.pick(["ilove", "iluv", "Ilove", "mylove", "my"]) + ws[0] + (rng.chance(0.5) ? digits(rng, rng.int(1, 2)) : "")]],
      ]);
    },
    // tricks: substitutions, a keyboard tail, a doubled part
    (rng) => {
      const w = dictionaryWord(rng, 1.8);
      const leet = l33t(rng, w) ?? w + "1";
      return rng.weighted([
        [3, ["l33t+digits", (rng.chance(0.5) ? capitalise(leet) : leet) + digits(rng, rng.int(0, 3))]],
        [2, ["word+walk", w + walk(rng, "qwerty", rng.int(3, 6))]],
        [1, ["word+word", w + w]],
        [2, ["word+date", w + writtenDate(rng, randomDate(rng, 1950, 2026)).text]],
        [2, ["Word+digits+symbol", capitalise(leet) + digits(rng, 2) + rng.pick([...SYMBOLS])]],
      ]);
    },
  ];
  return (rng) => {
    const [tag, pw] = styles[seedIndex](rng);
    return { password: pw, tag: `seed${seedIndex}/${tag}` };
  };
}

const MUTATIONS = [
  "capital", "upper", "mixed", "endcap", "l33t", "l33t-all", "reversed", "reversed-capital",
  "digits", "year", "date", "date-sep", "combo", "combo-sep", "l33t+digits", "capital+year", "reversed+digits",
];

function mutated(rng, k) {
  const tag = MUTATIONS[k % MUTATIONS.length];
  const password = mutation(rng, tag, 1900 + (Math.floor(k / MUTATIONS.length) % 131)); // years 1900..2030, each reached
  return password && { tag, password };
}

function mutation(rng, kind, year) {
  const word = dictionaryWord(rng, 1.4);
  switch (kind) {
    case "capital":
      return capitalise(word);
    case "upper":
      return word.toUpperCase();
    case "mixed":
      return mixedCase(rng, word);
    case "endcap":
      return endCapital(word);
    case "l33t":
      return l33t(rng, word, 0.5);
    case "l33t-all":
      return l33t(rng, word, 1);
    case "reversed":
      return reverse(word);
    case "reversed-capital":
      return capitalise(reverse(word));
    case "digits":
      return word + digits(rng, rng.int(1, 4));
    case "year":
      return (rng.chance(0.3) ? capitalise(word) : word) + year;
    case "date": {
      const date = randomDate(rng, 1900, 2030);
      return word + formatDate(date, rng.pick(NO_SEP_FORMATS));
    }
    case "date-sep": {
      const date = randomDate(rng, 1900, 2030);
      return word + formatDate(date, rng.pick(SEP_FORMATS), rng.pick(SEPARATORS));
    }
    case "combo":
      return word + dictionaryWord(rng, 1.4);
    case "combo-sep":
      return capitalise(word) + rng.pick(["-", "_", ".", " ", "&", "+"]) + capitalise(dictionaryWord(rng, 1.4));
    case "l33t+digits": {
      const leet = l33t(rng, word, 0.6);
      return leet && leet + digits(rng, rng.int(1, 3));
    }
    case "capital+year":
      return capitalise(word) + year + rng.pick(["", "!", "."]);
    case "reversed+digits":
      return reverse(word) + digits(rng, rng.int(1, 3));
  }
}

const FAMOUS_WALKS = [
  "qwerty", "qwertyuiop", "asdfgh", "asdfghjkl", "zxcvbn", "zxcvbnm", "1qaz2wsx", "qazwsx", "!QAZ2wsx",
  "1q2w3e4r", "1q2w3e", "poiuytrewq", "mnbvcxz", "qwer1234", "zaq12wsx", "q1w2e3r4", "qweasdzxc",
  "147258369", "159753", "741852963", "2580", "1470", "963852", "789456123", "aoeuidhtns", "pyfgcrl",
  "QWERTY", "Qwerty123", "qwerty!@#", "!@#$%^&*", "asdf;lkj", "1234qwer", "zxcasdqwe",
];

function keyboard(rng) {
  const graph = rng.weighted([[4, "qwerty"], [2, "dvorak"], [2, "keypad"], [1, "mac_keypad"]]);
  const keypad = graph === "keypad" || graph === "mac_keypad";
  return rng.weighted([
    [3, () => ({ tag: `${graph}-straight`, password: walk(rng, graph, rng.int(3, 12), { turnProbability: 0 }) }),],
    [4, () => ({ tag: `${graph}-turns`, password: walk(rng, graph, rng.int(4, 16), { turnProbability: rng.pick([0.2, 0.4, 0.7]) }) }),],
    [keypad ? 0 : 3, () => ({ tag: `${graph}-shifted`, password: walk(rng, graph, rng.int(4, 14), { turnProbability: 0.3, shiftProbability: rng.pick([0.2, 0.5, 1]) }) }),],
    [1, () => ({ tag: "famous", password: rng.pick(FAMOUS_WALKS) + (rng.chance(0.5) ? "" : rng.pick(SUFFIXES)) })],
    [2, () => ({ tag: "walk-in-word", password: dictionaryWord(rng, 2) + walk(rng, graph, rng.int(3, 8), { turnProbability: 0.3, shiftProbability: keypad ? 0 : 0.2 }) + (rng.chance(0.5) ? digits(rng, 2) : "") })],
    [1, () => ({ tag: "two-walks", password: walk(rng, graph, rng.int(3, 6)) + walk(rng, rng.pick(["qwerty", "dvorak", "keypad"]), rng.int(3, 6)) })],
  ])();
}

function repeatBase(rng) {
  return rng.weighted([
    [2, ["chars", randomFrom(rng, ALNUM, rng.int(2, 4))]],
    [3, ["word", dictionaryWord(rng, 2)]],
    [2, ["l33t-word", l33t(rng, dictionaryWord(rng, 2), 0.7) ?? "p@ss"]],
    [1, ["digits", digits(rng, rng.int(2, 4))]],
    [1, ["walk", walk(rng, "qwerty", 3)]],
    [1, ["year", String(rng.int(1950, 2030))]],
    [1, ["Word", capitalise(dictionaryWord(rng, 2))]],
    [1, ["unicode", randomFrom(rng, charsOf(0x3b1, 0x3c9).concat(charsOf(0x430, 0x44f)), rng.int(1, 3))]],
  ]);
}

const SINGLE_REPEAT_CHARS = [..."abcxyzAZ0123456789!@#$%*.-_ ", "é", "ß", "ж", "λ", "中", "😀", "🔥", "❤"];

function repeat(rng) {
  return rng.weighted([
    [3, () => {
      const ch = rng.pick(SINGLE_REPEAT_CHARS);
      return { tag: "single-char", password: ch.repeat(rng.int(3, Math.min(30, Math.floor(MAX_UNITS / ch.length)))) };
    }],
    [4, () => {
      const [kind, base] = repeatBase(rng);
      const count = rng.int(2, Math.max(2, Math.min(5, Math.floor(MAX_UNITS / base.length))));
      return { tag: `group-${kind}`, password: base.repeat(count) };
    }],
    [3, () => {
      const [kind, base] = repeatBase(rng);
      const inner = rng.chance(0.5) ? base.repeat(rng.int(2, 3)) : rng.pick(SINGLE_REPEAT_CHARS.slice(0, 20)).repeat(rng.int(3, 6));
      const before = rng.chance(0.6) ? dictionaryWord(rng, 2) : "";
      const after = rng.chance(0.6) ? rng.pick(SUFFIXES) : digits(rng, rng.int(0, 3));
      return { tag: `inside-${kind === "l33t-word" ? "l33t" : "other"}`, password: before + inner + after };
    }],
    [1, () => {
      const [, base] = repeatBase(rng);
      return { tag: "partial", password: base.repeat(rng.int(2, 3)) + base.slice(0, Math.max(1, base.length - 1)) };
    }],
    [1, () => {
      const a = rng.pick(SINGLE_REPEAT_CHARS.slice(0, 20));
      const b = rng.pick(SINGLE_REPEAT_CHARS.slice(0, 20));
      return { tag: "adjacent-runs", password: a.repeat(rng.int(2, 4)) + b.repeat(rng.int(2, 4)) + (rng.chance(0.5) ? a.repeat(rng.int(2, 4)) : "") };
    }],
    [1, () => {
      const w = dictionaryWord(rng, 2);
      return { tag: "stretched-word", password: w + w.slice(-1).repeat(rng.int(2, 6)) };
    }],
  ])();
}

// Code point alphabets for sequences: [name, first, last].
const SEQUENCE_ALPHABETS = [
  ["lower", 0x61, 0x7a],
  ["upper", 0x41, 0x5a],
  ["digits", 0x30, 0x39],
];
const UNICODE_ALPHABETS = [
  ["greek", 0x3b1, 0x3c9], // includes final sigma U+03C2 between rho and sigma
  ["greek-upper", 0x391, 0x3a9],
  ["cyrillic", 0x430, 0x44f],
  ["cyrillic-upper", 0x410, 0x42f],
  ["hebrew", 0x5d0, 0x5ea],
  ["arabic", 0x627, 0x64a],
  ["devanagari", 0x915, 0x939],
  ["hiragana", 0x3041, 0x3096],
  ["katakana", 0x30a1, 0x30f6],
  ["cjk", 0x4e00, 0x4e40],
  ["fullwidth-digits", 0xff10, 0xff19],
  ["fullwidth-lower", 0xff41, 0xff5a],
  ["circled", 0x2460, 0x2473],
  ["latin1", 0xe0, 0xfe],
];
const ASTRAL_ALPHABETS = [
  ["math-bold", 0x1d41a, 0x1d433],
  ["emoji-faces", 0x1f600, 0x1f64f],
  ["cuneiform", 0x12000, 0x12050],
];

function sequenceOf(rng, [, first, last], delta, length) {
  const span = Math.abs(delta) * (length - 1);
  if (span > last - first) return null;
  const start = delta > 0 ? rng.int(first, last - span) : rng.int(first + span, last);
  return Array.from({ length }, (_, k) => cp(start + k * delta)).join("");
}

const RUNS = [
  "1123", "6642", "11234", "12234", "122345", "1112", "12321", "123321", "112233", "98876", "aabc", "abbc",
  "abccba", "zyxxw", "13579", "97531", "2468", "86420", "135642", "1233", "4455", "7789", "9988", "0011",
  "abcabd", "abcdd", "aabbcc", "12345543", "123454321", "11223344", "1235", "12457", "6543", "65433",
];

function sequence(rng) {
  return rng.weighted([
    [5, () => {
      const alphabet = rng.pick(SEQUENCE_ALPHABETS);
      const small = rng.chance(0.75);
      const magnitude = small ? rng.weighted([[4, 1], [1, 2], [1, 3], [1, 4], [1, 5]]) : rng.int(6, 12);
      const delta = rng.chance(0.6) ? magnitude : -magnitude;
      const maxLength = Math.floor((alphabet[2] - alphabet[1]) / magnitude) + 1;
      const length = rng.int(2, Math.max(2, Math.min(maxLength, 15)));
      const s = sequenceOf(rng, alphabet, delta, length);
      const band = magnitude === 1 ? "d1" : magnitude <= 5 ? "d2-5" : "d6+";
      return { tag: `${alphabet[0] === "digits" ? "digits" : "letters"}-${band}`, password: s };
    }],
    [2, () => {
      const alphabet = rng.pick(UNICODE_ALPHABETS);
      const delta = (rng.chance(0.7) ? 1 : rng.int(2, 5)) * (rng.chance(0.7) ? 1 : -1);
      return { tag: "unicode", password: sequenceOf(rng, alphabet, delta, rng.int(3, 8)) };
    }],
    [1, () => {
      const alphabet = rng.pick(ASTRAL_ALPHABETS);
      return { tag: "astral", password: sequenceOf(rng, alphabet, rng.chance(0.7) ? 1 : -1, rng.int(2, 6)) };
    }],
    [2, () => {
      const run = rng.pick(RUNS);
      return { tag: "runs", password: rng.chance(0.5) ? run : run + rng.pick(RUNS) };
    }],
    [3, () => {
      const alphabet = rng.pick(SEQUENCE_ALPHABETS);
      const s = sequenceOf(rng, alphabet, rng.chance(0.7) ? 1 : -1, rng.int(3, 8));
      const w = dictionaryWord(rng, 2);
      return { tag: "embedded", password: rng.chance(0.5) ? w + s : s + w + (rng.chance(0.3) ? rng.pick(SUFFIXES) : "") };
    }],
  ])();
}

function date(rng) {
  return rng.weighted([
    [3, () => {
      const d = randomDate(rng, 1900, 2030);
      const format = rng.pick(NO_SEP_FORMATS);
      return { tag: `nosep-${formatDate({ y: 1999, m: 1, d: 1 }, format).length}`, password: formatDate(d, format) };
    }],
    [4, () => {
      const d = randomDate(rng, 1900, 2030);
      const sep = rng.pick(SEPARATORS);
      return { tag: `sep-${sep === " " ? "space" : sep}`, password: formatDate(d, rng.pick(SEP_FORMATS), sep) };
    }],
    [2, () => ({ tag: "year", password: String(rng.int(1900, 2030)) })],
    [1, () => ({ tag: "year-recent", password: String(rng.int(2015, 2030)) + (rng.chance(0.5) ? "" : rng.pick(SUFFIXES)) })],
    [1, () => ({ tag: "year-wide", password: String(rng.weighted([[1, rng.int(1000, 1899)], [1, rng.int(2031, 2099)], [1, rng.int(0, 999)]])) })],
    [1, () => {
      const d = randomDate(rng, 1940, 2030);
      return { tag: "two-digit-year", password: formatDate(d, rng.pick(["ddmmyy", "mmddyy", "yymmdd", "d.m.yy", "m.d.yy"]), rng.pick(SEPARATORS)) };
    }],
    [3, () => {
      const d = randomDate(rng, 1940, 2030);
      const w = rng.chance(0.5) ? rng.ranked(words().female.concat(words().male), 1.5) : dictionaryWord(rng, 2);
      const { text } = writtenDate(rng, d);
      return rng.weighted([
        [2, { tag: "in-word", password: w + text }],
        [1, { tag: "in-word", password: text + w }],
        [1, { tag: "in-word", password: capitalise(w) + text + rng.pick([...SYMBOLS]) }],
        [1, { tag: "year-in-word", password: w + d.y + dictionaryWord(rng, 2) }],
      ]);
    }],
    [1, () => {
      const y = rng.int(1900, 2030);
      const m = rng.int(1, 19);
      const d = rng.int(0, 39);
      const sep = rng.pick(SEPARATORS);
      return { tag: "invalid", password: rng.chance(0.5) ? `${pad2(d)}${sep}${pad2(m)}${sep}${y}` : `${pad2(d)}${pad2(m)}${y}` };
    }],
    [1, () => {
      const d = randomDate(rng, 1950, 2030);
      const [s1, s2] = [rng.pick(SEPARATORS), rng.pick([",", ":", "|", "'", "~"])];
      return { tag: "odd-sep", password: `${pad2(d.d)}${s1}${pad2(d.m)}${s2}${d.y}` };
    }],
    [1, () => {
      const a = randomDate(rng, 1950, 2030);
      const b = randomDate(rng, 1950, 2030);
      return { tag: "two-dates", password: formatDate(a, "ddmmyyyy") + rng.pick(["", "-", "&"]) + formatDate(b, "ddmmyyyy") };
    }],
  ])();
}

const SCRIPT_WORDS = {
  cyrillic: ["пароль", "привет", "солнце", "любовь", "москва", "собака", "кошка", "дракон", "наташа", "мама", "зима", "весна", "Россия", "Україна", "київ", "щастя", "ёлка"],
  greek: ["αγάπη", "ελλάδα", "θάλασσα", "κωδικός", "καλημέρα", "ουρανός", "ήλιος", "Σίσυφος", "νίκος", "φως", "λόγος", "ΑΘΗΝΑ", "ΟΔΥΣΣΕΥΣ"],
  cjk: ["密码", "你好", "北京", "中国", "我爱你", "上海", "パスワード", "さくら", "東京", "ありがとう", "日本", "ひまわり", "비밀번호", "사랑해", "서울", "안녕"],
  arabic: ["مرحبا", "سلام", "كلمة", "حبيبي", "القاهرة", "شمس", "قمر", "محمد", "كلمةالسر"],
  hebrew: ["שלום", "סיסמה", "אהבה", "ירושלים", "תודה", "משפחה", "דוד"],
  devanagari: ["नमस्ते", "पासवर्ड", "भारत", "प्यार", "दिल्ली", "सूरज", "मुंबई"],
  turkish: ["İstanbul", "İzmir", "ışık", "şifre", "güneş", "çiçek", "İİİ", "KIRMIZI", "İyi", "ılık"],
  german: ["Straße", "straße", "Größe", "Fußball", "heiß", "weiß", "STRASSE", "ẞtraße", "Mädchen", "Schlüssel"],
  combining: ["cafe\u0301", "nai\u0308ve", "e\u0301te\u0301", "n\u0303", "a\u030a", "Zoe\u0308", "o\u0302\u0323", "pa\u0301ssword", "\u0301abc"],
  latin: ["contraseña", "façade", "jalapeño", "smörgåsbord", "mañana", "crème", "Øresund", "Łódź", "Ærø", "Ελληνικά"],
  thai: ["รหัสผ่าน", "สวัสดี", "ความรัก"],
};

const SCRIPT_RANGES = {
  cyrillic: charsOf(0x430, 0x44f).concat(charsOf(0x410, 0x42f), ["ё", "Ё"]),
  greek: charsOf(0x3b1, 0x3c9).concat(charsOf(0x391, 0x3a9).filter((c) => c !== "\u03a2"), [..."άέήίόύώ"]),
  cjk: charsOf(0x4e00, 0x4fff).concat(charsOf(0x3041, 0x3096), charsOf(0xac00, 0xac80)),
  arabic: charsOf(0x621, 0x64a),
  hebrew: charsOf(0x5d0, 0x5ea),
  devanagari: charsOf(0x905, 0x939).concat(["्", "ा", "ि", "ी"]),
  turkish: [..."abcçdefgğhıijklmnoöprsştuüvyzİIŞĞÇÖÜ"],
  german: [..."abcdefghijklmnopqrstuvwxyzäöüßÄÖÜẞ"],
  combining: [..."aeiouny"].flatMap((b) => [b, b + "\u0301", b + "\u0308", b + "\u0303"]),
  latin: charsOf(0xc0, 0xff).filter((c) => c !== "×" && c !== "÷"),
  thai: charsOf(0xe01, 0xe2e),
};

function nonlatin(rng) {
  const script = rng.pick(Object.keys(SCRIPT_WORDS));
  const word = () => rng.pick(SCRIPT_WORDS[script]);
  return rng.weighted([
    [2, () => ({ tag: `${script}-word`, password: word() + (rng.chance(0.5) ? "" : rng.pick(SUFFIXES)) })],
    [2, () => ({ tag: `${script}-word+digits`, password: word() + digits(rng, rng.int(1, 4)) })],
    [1, () => ({ tag: `${script}-words`, password: word() + rng.pick(["", " ", "-", "_"]) + word() })],
    [1, () => ({ tag: `${script}-case`, password: rng.pick([(w) => w.toUpperCase(), (w) => w.toLowerCase(), capitalise])(word()) + digits(rng, rng.int(0, 2)) })],
    [1, () => ({ tag: `${script}-nfd`, password: word().normalize(rng.pick(["NFD", "NFKD", "NFC"])) + digits(rng, rng.int(0, 3)) })],
    [3, () => ({ tag: `${script}-random`, password: randomFrom(rng, SCRIPT_RANGES[script], rng.int(3, 14)) })],
    [2, () => ({ tag: `${script}-mixed-latin`, password: rng.chance(0.5) ? dictionaryWord(rng, 2) + word() : word() + dictionaryWord(rng, 2) + digits(rng, rng.int(0, 2)) })],
    [1, () => ({ tag: `${script}-repeat`, password: word().repeat(rng.int(2, 3)) })],
  ])();
}

const EMOJI = [
  "😀", "😂", "🤣", "😍", "😎", "😭", "🥺", "🙏", "👍", "🔥", "💯", "🎉", "🌹", "🐶", "🐱", "🦄", "🍕", "🍺", "⚽", "🚀",
  "💖", "💔", "✨", "⭐", "🌈", "☀", "❄", "☕", "♥", "✔", "🤖", "👻", "💀", "🐍", "🦊", "🐉", "🍀", "🎸", "🏆", "🌍",
];
const ZWJ = [
  "👨\u200d👩\u200d👧\u200d👦", "👩\u200d💻", "🧑\u200d🚀", "🏳\ufe0f\u200d🌈", "👨\u200d👨\u200d👦", "🐻\u200d❄\ufe0f", "❤\ufe0f\u200d🔥",
  "🏴\u200d☠\ufe0f", "👁\ufe0f\u200d🗨\ufe0f", "🧔\u200d♀\ufe0f", "👩\u200d❤\ufe0f\u200d👨",
];
const FLAGS = ["DE", "FR", "US", "GB", "JP", "BR", "IN", "CN", "UA", "TR", "IL", "GR", "RU", "SE", "NO", "CA", "MX", "ZA", "KR", "IT"]
  .map((code) => [...code].map((c) => cp(0x1f1e6 + c.charCodeAt(0) - 65)).join(""));
const SKIN = ["\u{1f3fb}", "\u{1f3fc}", "\u{1f3fd}", "\u{1f3fe}", "\u{1f3ff}"];
const SKINNABLE = ["👍", "👋", "🙏", "💪", "👌", "🤞", "✌", "🧑", "👶"];

function emojiAtom(rng) {
  return rng.weighted([
    [4, EMOJI],
    [1, ZWJ],
    [1, FLAGS],
    [1, SKINNABLE.map((e) => e + rng.pick(SKIN))],
    [1, [..."0123456789#*"].map((c) => c + "\ufe0f\u20e3")],
    [1, ["❤\ufe0f", "☺\ufe0f", "✌\ufe0f", "☀\ufe0f", "♠\ufe0f", "⚠\ufe0f"]],
  ]);
}

function emoji(rng) {
  return rng.weighted([
    [1, () => ({ tag: "single", password: rng.pick(emojiAtom(rng)) })],
    [2, () => ({ tag: "multi", password: Array.from({ length: rng.int(2, 6) }, () => rng.pick(emojiAtom(rng))).join("") })],
    [1, () => ({ tag: "zwj", password: rng.pick(ZWJ) + (rng.chance(0.5) ? rng.pick(ZWJ) : digits(rng, rng.int(0, 4))) })],
    [1, () => ({ tag: "flag", password: rng.pick(FLAGS) + (rng.chance(0.5) ? rng.pick(FLAGS) : dictionaryWord(rng, 2)) })],
    [1, () => ({ tag: "skin-tone", password: rng.pick(SKINNABLE) + rng.pick(SKIN) + dictionaryWord(rng, 2) })],
    [1, () => ({ tag: "keycap-vs16", password: rng.pick(emojiAtom(rng)) + rng.pick(["1\ufe0f\u20e3", "❤\ufe0f", "#\ufe0f\u20e3"]) + digits(rng, rng.int(0, 3)) })],
    [3, () => {
      const e = rng.pick(EMOJI);
      const w = dictionaryWord(rng, 1.8);
      return {
        tag: "with-word",
        password: rng.pick([e + w, w + e, e + w + e, capitalise(w) + e + digits(rng, rng.int(1, 4)), w + e + w, e + w + rng.int(1950, 2030)]),
      };
    }],
    [1, () => ({ tag: "repeat", password: rng.pick(EMOJI).repeat(rng.int(2, 8)) })],
    [1, () => ({ tag: "sequence", password: sequenceOf(rng, ["faces", 0x1f600, 0x1f64f], rng.chance(0.7) ? 1 : -1, rng.int(2, 6)) })],
  ])();
}

// Long inputs: 40..100 UTF-16 units.
const L33T_CHARS = [...new Set(Object.values(L33T).flat())];

function long(rng, k) {
  // A few l33t-dense strings, which 4.4.2 takes seconds on, every 500th entry.
  if (k % 500 === 499) {
    return { tag: "l33t-dense", password: randomFrom(rng, L33T_CHARS.concat([..."aeio"]), rng.int(40, 100)) };
  }
  const fill = (make, minLength) => {
    let s = make();
    while (s.length < minLength) s += make();
    return s;
  };
  const pick = rng.weighted([
    [5, () => {
      const sep = rng.pick([" ", "-", "_", ".", "", "+", "/", ","]);
      const capital = rng.chance(0.3);
      const n = rng.int(4, 12);
      const list = rng.chance(0.5) ? words().eff : words().english.slice(0, 20000);
      const word = () => (capital ? capitalise(rng.pick(list)) : rng.pick(list));
      let s = word();
      for (let w = 1; w < n || s.length < 40; w++) {
        const next = sep + word();
        if (s.length + next.length > MAX_UNITS - 2) break;
        s += next;
      }
      return { tag: `passphrase-${sep === " " ? "space" : sep === "" ? "none" : sep}`, password: s + (rng.chance(0.2) ? digits(rng, 2) : "") };
    }],
    [1, () => ({ tag: "random-ascii", password: randomFrom(rng, ASCII_PRINTABLE, rng.int(40, 100)) })],
    [1, () => ({ tag: "random-alnum", password: randomFrom(rng, ALNUM, rng.int(40, 100)) })],
    [1, () => ({ tag: "hex", password: randomFrom(rng, "0123456789abcdef", rng.pick([40, 64, 80])) })],
    [1, () => ({ tag: "sentence", password: fill(() => capitalise(dictionaryWord(rng, 1.2)) + " " + words().tv[rng.int(0, 2000)] + " " + dictionaryWord(rng, 1.2) + rng.pick([". ", ", ", "! "]), rng.int(40, 90)) })],
    [1, () => ({ tag: "structured", password: fill(() => rng.pick([dictionaryWord(rng, 2), digits(rng, 4), walk(rng, "qwerty", 4), String(rng.int(1950, 2030)), rng.pick(RUNS), "!!!"]), rng.int(40, 90)) })],
    [1, () => ({ tag: "unicode-passphrase", password: fill(() => rng.pick(SCRIPT_WORDS[rng.pick(["cyrillic", "greek", "cjk", "german"])]) + rng.pick([" ", "-", ""]), 40) })],
    [1, () => ({ tag: "emoji-long", password: fill(() => (rng.chance(0.5) ? rng.pick(EMOJI) : dictionaryWord(rng, 2)), rng.int(40, 80)) })],
  ])();
  let { password } = pick;
  password = clip(password);
  if (password.length < 40) return null;
  return { tag: pick.tag, password };
}

const COMPANIES = ["northwind", "contoso", "fabrikam", "initech", "globex", "acme", "umbrella", "tailspin", "wingtip", "adventureworks", "litware", "proseware"];
const CITIES = ["london", "paris", "berlin", "madrid", "chicago", "boston", "tokyo", "sydney", "toronto", "oslo", "istanbul", "münchen"];
const PETS = ["rex", "bella", "max", "luna", "charlie", "milo", "coco", "simba"];
const UNICODE_NAMES = ["josé", "zoë", "øyvind", "łukasz", "ayşe", "françois", "søren", "ñandú", "İlker", "Σοφία", "дмитрий", "明"];

function userinput(rng) {
  const first = rng.chance(0.1) ? rng.pick(UNICODE_NAMES) : rng.ranked(rng.chance(0.5) ? words().female : words().male, 1.3);
  const last = rng.ranked(words().surnames, 1.3);
  const company = rng.pick(COMPANIES);
  const year = rng.int(1950, 2010);
  const domain = rng.pick(["example.com", "example.org", `${company}.com`, "mail.example"]);
  const email = `${rng.pick([first, first + "." + last, first[0] + last, first + year % 100])}@${domain}`;
  const username = rng.pick([first + last[0], first[0] + last, first + year % 100, last + rng.int(1, 99)]);
  const pool = [
    rng.chance(0.2) ? capitalise(first) : first,
    last,
    email,
    company,
    rng.pick(CITIES),
    rng.pick(PETS),
    username,
    String(year),
    rng.chance(0.1) ? `${capitalise(first)} ${capitalise(last)}` : null,
  ].filter(Boolean);
  const inputs = rng.shuffle(pool.slice()).slice(0, rng.int(1, 5));
  const use = () => rng.pick(inputs);
  const lower = (s) => s.toLowerCase();
  const local = email.split("@")[0];
  const variant = rng.weighted([
    [2, ["alone", () => lower(use())]],
    [2, ["capital", () => capitalise(lower(use()))]],
    [3, ["digits", () => lower(use()) + digits(rng, rng.int(1, 4))]],
    [2, ["year", () => lower(use()) + (inputs.includes(String(year)) ? year : rng.int(1950, 2030))]],
    [2, ["two-inputs", () => lower(use()) + rng.pick(["", ".", "_"]) + lower(use())]],
    [1, ["reversed", () => reverse(lower(use()))]],
    [2, ["l33t", () => l33t(rng, lower(use()), 0.7) ?? lower(use()) + "!"]],
    [1, ["email", () => (rng.chance(0.5) ? email : local + rng.pick(SUFFIXES))]],
    [2, ["in-words", () => dictionaryWord(rng, 2) + lower(use()) + rng.pick(SUFFIXES)]],
    [1, ["repeat", () => lower(use()).repeat(2)]],
    [1, ["date", () => lower(use()) + writtenDate(rng, randomDate(rng, 1950, 2010)).text]],
    [2, ["unrelated", () => dictionaryWord(rng, 1.5) + digits(rng, rng.int(0, 3))]],
    [1, ["upper-inputs", () => lower(use()) + "1"]],
  ]);
  const [tag, make] = variant;
  const password = clip(make());
  const userInputs = tag === "upper-inputs" ? inputs.map((s) => s.toUpperCase()) : inputs;
  return { tag, password, userInputs };
}

const WHITESPACE = [" ", "\t", "\n", "\r", "\u00a0", "\u2028", "\u2029", "\u3000", "\u200b", "\ufeff", "\u000b", "\u000c"];
const SINGLE_CHARS = [
  ...ASCII_PRINTABLE,
  ...charsOf(0xa1, 0x17f),
  ...charsOf(0x391, 0x3c9).filter((c) => c !== "\u03a2"),
  ...charsOf(0x410, 0x44f),
  ..."中文字日本語한국어אבגابتअआइ",
  ...EMOJI,
  "\u0301", "\u200d", "\ufe0f", "\u20e3", "\u0000", "\u0001", "\u001f", "\u007f", "\u0085", "\ufffd", "\uffff",
  "\u{10000}", "\u{1f1e6}", "\u{e0061}", "\u{10ffff}", "İ", "ı", "ß", "ẞ", "ς", "ǅ", "ﬃ",
];
const PROTOTYPE_KEYS = [
  "constructor", "__proto__", "Constructor", "CONSTRUCTOR", "constructor1", "constructor123", "c0nstruct0r",
  "(onstructor", "rotcurtsnoc", "__proto__1", "__PROTO__", "__pr0t0__", "__otorp__", "toString", "valueOf",
  "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable", "__defineGetter__", "__lookupSetter__",
  "toLocaleString", "prototype", "constructorconstructor", "myconstructor", "constructor2024", "xconstructorx",
  "__proto____proto__", "proto", "__", "Constructor!",
];

function edge(rng, k) {
  if (k === 0) return { tag: "empty", password: "" };
  if (k === 1) return { tag: "empty", password: "", userInputs: ["alice", "alice@example.com"] };
  if (k - 2 < PROTOTYPE_KEYS.length) return { tag: "prototype-key", password: PROTOTYPE_KEYS[k - 2] };
  if (k - 2 - PROTOTYPE_KEYS.length < 4) {
    const ui = [["constructor"], ["__proto__"], ["toString", "valueOf"], ["__proto__", "constructor", "alice"]][k - 2 - PROTOTYPE_KEYS.length];
    return { tag: "prototype-key", password: rng.pick(["alice", "constructor", "__proto__", "tostring1", "secret"]), userInputs: ui };
  }
  return rng.weighted([
    [3, () => ({ tag: "single", password: rng.pick(SINGLE_CHARS) })],
    [2, () => ({ tag: "whitespace", password: randomFrom(rng, WHITESPACE, rng.int(1, 6)) })],
    [2, () => {
      const w = dictionaryWord(rng, 2);
      const ws = rng.pick(WHITESPACE);
      return { tag: "whitespace-inside", password: rng.pick([w + ws + dictionaryWord(rng, 2), ws + w, w + ws, `${w}${ws}${ws}${digits(rng, 2)}`]) };
    }],
    [4, () => ({ tag: "digits-only", password: digits(rng, rng.weighted([[3, rng.int(1, 8)], [2, rng.int(9, 20)], [1, rng.int(21, 40)]])) })],
    [4, () => ({ tag: "very-short", password: randomFrom(rng, rng.chance(0.5) ? ALNUM : ASCII_PRINTABLE, rng.int(2, 4)) })],
    [1, () => ({ tag: "symbols-only", password: randomFrom(rng, "!@#$%^&*()-_=+[]{};:'\",.<>/?\\|`~", rng.int(1, 10)) })],
    [1, () => ({ tag: "short-unicode", password: randomFrom(rng, SINGLE_CHARS, 2) })],
    [1, () => {
      // exactly 100 UTF-16 units, ending in a surrogate pair
      const body = randomFrom(rng, ALNUM, MAX_UNITS - 2);
      return { tag: "max-length", password: body + rng.pick(EMOJI.filter((e) => e.length === 2)) };
    }],
    [1, () => ({ tag: "control", password: dictionaryWord(rng, 2) + rng.pick(["\u0000", "\u0007", "\u001b", "\u007f", "\u0085", "\u200e", "\u202e"]) + digits(rng, 2) })],
  ])();
}

// ---------------------------------------------------------------------------------------------
// Assembly.

const GENERATORS = {
  // four sub-populations, each from its own seed
  generated: (rng, k, seed) => generated(k % 4)((rng.sub ??= [0, 1, 2, 3].map((n) => new Rng(`${seed}/generated/${n}`)))[k % 4]),
  mutated: (rng, k) => mutated(rng, k),
  keyboard: (rng) => keyboard(rng),
  repeat: (rng) => repeat(rng),
  sequence: (rng) => sequence(rng),
  date: (rng) => date(rng),
  nonlatin: (rng) => nonlatin(rng),
  emoji: (rng) => emoji(rng),
  long: (rng, k) => long(rng, k),
  userinput: (rng) => userinput(rng),
  edge: (rng, k) => edge(rng, k),
};

/** Default per-class sizes for a total `size`: common gets min(10,000, size/10), the rest share. */
export function classSizes(size = 100_000, overrides = {}) {
  const sizes = {};
  const commonCount = words().common.length;
  sizes.common = overrides.common ?? Math.min(commonCount, Math.round(size / 10));
  const others = CLASSES.filter((c) => c !== "common");
  const fixed = others.filter((c) => overrides[c] != null);
  let rest = Math.max(0, size - sizes.common - fixed.reduce((a, c) => a + overrides[c], 0));
  const free = others.filter((c) => overrides[c] == null);
  for (const [n, c] of free.entries()) {
    const share = Math.floor(rest / (free.length - n));
    sizes[c] = share;
    rest -= share;
  }
  for (const c of fixed) sizes[c] = overrides[c];
  return Object.fromEntries(CLASSES.map((c) => [c, sizes[c]]));
}

export const keyOf = (entry) => JSON.stringify([entry.password, entry.userInputs ?? []]);

/**
 * Builds the corpus. Options: size (total, default 100,000), sizes (per-class overrides),
 * seed (default "passgate-agreement-1"). Returns [{ password, userInputs, class, tag }].
 */
export function corpus({ size = 100_000, sizes: overrides = {}, seed = "passgate-agreement-1" } = {}) {
  const sizes = classSizes(size, overrides);
  const seen = new Set();
  const out = [];
  const accept = (entry) => {
    const { password } = entry;
    if (typeof password !== "string" || password.length > MAX_UNITS || !isWellFormed(password)) return false;
    if (!entry.userInputs.every((u) => typeof u === "string" && isWellFormed(u))) return false;
    const key = keyOf(entry);
    if (seen.has(key)) return false;
    seen.add(key);
    out.push(entry);
    return true;
  };

  for (const cls of CLASSES) {
    const want = sizes[cls];
    if (cls === "common") {
      const list = words().common;
      // All of them at full size; otherwise an evenly spaced selection over the ranks.
      const step = list.length / Math.max(1, want);
      for (let n = 0; n < want && n < list.length; n++) {
        const rank = Math.floor(n * step);
        const tag = rank < 10 ? "top10" : rank < 100 ? "top100" : rank < 1000 ? "top1000" : "top10000";
        accept({ password: list[rank], userInputs: [], class: cls, tag });
      }
      continue;
    }
    const rng = new Rng(`${seed}/${cls}`);
    let made = 0;
    for (let k = 0, attempts = 0; made < want && attempts < want * 50 + 1000; k++, attempts++) {
      const item = GENERATORS[cls](rng, k, seed);
      if (!item || item.password == null) continue;
      const entry = { password: item.password, userInputs: item.userInputs ?? [], class: cls, tag: item.tag };
      if (accept(entry)) made++;
    }
  }
  return out;
}

/**
 * A stratified sample of n entries: shared as evenly as possible between classes (a class
 * smaller than its share gives the rest to the others), and within a class between tags.
 * Deterministic for a given seed; entries come back in corpus order.
 */
export function sample(entries, n, seed = "sample") {
  if (n >= entries.length) return entries.slice();
  return inCorpusOrder(entries, strata(entries, n, seed).flatMap((s) => s.pool.slice(0, s.quota)));
}

/**
 * The strata behind `sample`: [{ class, tag, quota, pool }], `pool` being the stratum's entries
 * in the seeded order a sample takes them. A caller that must skip some entries (the golden file
 * skips oracle timeouts) takes the first `quota` acceptable ones of each pool, so a skipped entry
 * changes its own stratum only.
 */
export function strata(entries, n, seed = "sample") {
  const rng = new Rng(`sample/${seed}`);
  const byClass = groupBy(entries, (e) => e.class);
  const out = [];
  for (const [cls, quota] of share(byClass, n)) {
    const byTag = groupBy(byClass.get(cls), (e) => e.tag ?? "");
    for (const [tag, q] of share(byTag, quota)) {
      out.push({ class: cls, tag, quota: q, pool: rng.shuffle(byTag.get(tag).slice()) });
    }
  }
  return out;
}

/** The chosen entries, sorted as they are in `entries`. */
export function inCorpusOrder(entries, chosen) {
  const index = new Map(entries.map((e, k) => [e, k]));
  return chosen.sort((a, b) => index.get(a) - index.get(b));
}

function groupBy(list, key) {
  const map = new Map();
  for (const item of list) {
    const k = key(item);
    if (!map.has(k)) map.set(k, []);
    map.get(k).push(item);
  }
  return map;
}

/** Splits n between groups as evenly as their sizes allow; returns [[key, count]]. */
function share(groups, n) {
  // Smallest first, so what a small group cannot take goes to the larger ones.
  const keys = [...groups.keys()].sort((a, b) => groups.get(a).length - groups.get(b).length || (a < b ? -1 : 1));
  const result = new Map();
  let left = n;
  for (const [k, key] of keys.entries()) {
    const take = Math.min(groups.get(key).length, Math.floor(left / (keys.length - k)));
    result.set(key, take);
    left -= take;
  }
  return [...groups.keys()].map((key) => [key, result.get(key)]);
}

/** Counts per class, in class order. */
export function countByClass(entries) {
  const counts = Object.fromEntries(CLASSES.map((c) => [c, 0]));
  for (const e of entries) counts[e.class] = (counts[e.class] ?? 0) + 1;
  return counts;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  // node tests/agreement/corpus.mjs [size]  -> prints counts per class and tag
  const size = Number(process.argv[2] ?? 100_000);
  const t0 = performance.now();
  const all = corpus({ size });
  const ms = performance.now() - t0;
  console.log(`${all.length} entries in ${ms.toFixed(0)} ms`);
  console.log(countByClass(all));
  if (process.argv.includes("--tags")) {
    const tags = groupBy(all, (e) => `${e.class}/${e.tag}`);
    for (const [k, v] of tags) console.log(k.padEnd(40), v.length);
  }
}
