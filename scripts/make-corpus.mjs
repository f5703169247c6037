// Writes the benchmark corpus: benches/data/corpus.txt (1,000 realistic passwords, one per line)
// and benches/data/range-sha1.txt (a 2,000-row Pwned Passwords range body for prefix 5BAA6).
// Deterministic: the same seed always gives the same files.
// Usage: node scripts/make-corpus.mjs
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const out = join(root, "benches", "data");
const SEED = 0x5eed_2024;

/** mulberry32: small, fast, deterministic. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(SEED);
const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
const pick = (list) => list[Math.floor(random() * list.length)];
const chance = (p) => random() < p;

const lines = (file) => readFileSync(join(root, "data", file), "utf8").split("\n").filter(Boolean);
const common = lines("common-passwords.txt");
const words = lines("eff_large_wordlist.txt");
/** Most people pick from the top of the list: rank ~ r^2 skews towards it. */
const commonPassword = () => common[Math.floor(random() ** 2 * common.length)];
const capitalise = (word) => word.charAt(0).toUpperCase() + word.slice(1);

const LEET = { a: ["4", "@"], e: ["3"], i: ["1", "!"], o: ["0"], s: ["$", "5"], t: ["7", "+"], l: ["1", "|"], g: ["9"], b: ["8"] };
function leet(word) {
  let changed = false;
  const out = [...word].map((c) => {
    const subs = LEET[c.toLowerCase()];
    if (subs && chance(0.6)) {
      changed = true;
      return pick(subs);
    }
    return c;
  });
  if (!changed) return word.replace(/[aeo]/, (c) => LEET[c][0]);
  return out.join("");
}
const suffix = () => pick(["", "1", "12", "123", "!", "1!", "2024", "2023", "99", "01", "#1", "@", "007", "!!"]);

const ROWS = ["`1234567890-=", "qwertyuiop[]\\", "asdfghjkl;'", "zxcvbnm,./"];
const COLUMNS = ["1qaz", "2wsx", "3edc", "4rfv", "5tgb", "6yhn", "7ujm", "8ik,", "9ol.", "0p;/"];
function keyboardWalk() {
  switch (int(0, 3)) {
    case 0: {
      const row = pick(ROWS);
      const start = int(0, 3);
      return row.slice(start, start + int(6, row.length - start));
    }
    case 1: {
      const start = int(0, COLUMNS.length - 3);
      return COLUMNS.slice(start, start + int(2, 3)).join("");
    }
    case 2: {
      const row = pick(ROWS.slice(1));
      const walk = row.slice(0, int(4, 8));
      return chance(0.5) ? capitalise(walk) + suffix() : walk + walk.split("").reverse().join("");
    }
    default: {
      const a = pick(ROWS).slice(0, int(4, 6));
      return a + a.toUpperCase() + (chance(0.5) ? "!" : "");
    }
  }
}

const pad = (n) => String(n).padStart(2, "0");
function date() {
  const [y, m, d] = [int(1950, 2024), int(1, 12), int(1, 28)];
  const yy = pad(y % 100);
  return pick([
    `${pad(d)}${pad(m)}${y}`,
    `${pad(m)}/${pad(d)}/${y}`,
    `${y}-${pad(m)}-${pad(d)}`,
    `${pad(d)}.${pad(m)}.${yy}`,
    `${capitalise(pick(words))}${y}`,
    `${pick(["summer", "winter", "spring", "autumn", "Summer", "Winter"])}${y}${pick(["", "!", "#"])}`,
    `${pad(m)}${pad(d)}${yy}`,
  ]);
}

const CHARSETS = [
  "abcdefghijklmnopqrstuvwxyz0123456789",
  "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
  "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@#$%^&*()-_=+[]{};:,.<>/?~",
];
const randomString = (length, charset = pick(CHARSETS)) =>
  Array.from({ length }, () => charset[Math.floor(random() * charset.length)]).join("");

function passphrase() {
  const n = int(3, 7);
  const chosen = Array.from({ length: n }, () => pick(words));
  const style = int(0, 4);
  if (style === 0) return chosen.join(" ");
  if (style === 1) return chosen.join("-");
  if (style === 2) return chosen.map(capitalise).join("");
  if (style === 3) return chosen.join(pick([".", "_", "+"])) + int(0, 99);
  return chosen.join("");
}

// Everyday words typed in other scripts (written for this corpus).
const NON_LATIN = [
  "пароль", "привет", "солнышко", "любовь", "москва", "собака", "кошка", "дракон", "наташа",
  "καλημέρα", "ελλάδα", "αγάπη", "θάλασσα",
  "さくら", "ひまわり", "とうきょう", "パスワード", "ありがとう", "日本語",
  "我爱你", "密码", "北京", "中国人", "你好世界",
  "مرحبا", "سلام", "كلمة", "حبيبي",
  "שלום", "סיסמה", "אהבה",
  "नमस्ते", "पासवर्ड", "भारत",
  "사랑해", "비밀번호", "안녕하세요",
  "contraseña", "straße", "façade", "jalapeño", "smörgåsbord", "mañana",
];
function nonLatin() {
  const word = pick(NON_LATIN);
  return pick([word, word + int(1, 2024), word + word, capitalise(word) + "!", `${word} ${pick(NON_LATIN)}`]);
}

function longPaste() {
  switch (int(0, 3)) {
    case 0: // a sentence someone pasted
      return Array.from({ length: int(20, 45) }, () => pick(words)).join(" ");
    case 1: // a base64 blob (key material, token)
      return randomString(int(120, 240), "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");
    case 2: // a hex key
      return randomString(int(2, 4) * 32, "0123456789abcdef");
    default: // a URL
      return `https://${pick(words)}.example.com/${Array.from({ length: int(6, 12) }, () => pick(words)).join("/")}?token=${randomString(40, CHARSETS[1])}`;
  }
}

const CATEGORIES = [
  ["common", 250, commonPassword],
  ["common-variant", 100, () => capitalise(commonPassword()) + suffix()],
  ["leet", 100, () => capitalise(leet(chance(0.5) ? commonPassword() : pick(words))) + suffix()],
  ["keyboard", 60, keyboardWalk],
  ["date", 60, date],
  ["personal", 30, () => capitalise(pick(["alice", "bob", "maria", "jose", "wei", "fatima", "olga", "john"])) + pick([date(), suffix()])],
  ["random", 180, () => randomString(int(8, 20))],
  ["passphrase", 150, passphrase],
  ["non-latin", 60, nonLatin],
  ["long-paste", 10, longPaste],
];

const corpus = [];
for (const [, count, make] of CATEGORIES) {
  for (let i = 0; i < count; i++) corpus.push(make());
}
// Interleave categories so that any prefix of the corpus is a fair sample.
for (let i = corpus.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [corpus[i], corpus[j]] = [corpus[j], corpus[i]];
}
mkdirSync(out, { recursive: true });
writeFileSync(join(out, "corpus.txt"), corpus.map((p) => p.replace(/[\r\n]/g, " ")).join("\n") + "\n");

// A range body as the service returns it for prefix 5BAA6 ("password"): sorted 35-hex suffixes,
// CRLF, counts skewed low, the real suffix of "password" among them.
const PREFIX = "5BAA6";
const suffixes = new Set(["1E4C9B93F3F0682250B6CF8331B7EE68FD8"]);
for (let i = 0; suffixes.size < 2000; i++) {
  suffixes.add(createHash("sha1").update(`passgate-bench-${i}`).digest("hex").toUpperCase().slice(5));
}
const rows = [...suffixes].sort().map((s) => `${s}:${s.endsWith("FD8") && s.startsWith("1E4C9B") ? 52256179 : 1 + Math.floor(random() ** 4 * 5000)}`);
writeFileSync(join(out, "range-sha1.txt"), rows.join("\r\n"));
console.log(`wrote ${corpus.length} passwords and a ${rows.length}-row range for ${PREFIX} to ${out}`);
