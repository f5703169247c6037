// The full entries' word list and short blocklist, rebuilt from the strength dictionaries: 6,217
// of the EFF list's 7,776 words and 7,294 of the blocklist's 7,914 short entries are words of
// `strength.txt` already, and both lists are sets (their order is free). So the full entries
// fetch, beside the dictionaries they load anyway, only which dictionary words belong to each
// list and the words that are not in the dictionaries: `words.strength.txt`, 9.0 KB brotli in
// place of `words.txt`'s 16.9; `blocklist-short.strength.txt`, 4.4 in place of 15.4. The lite
// entries, which have no dictionaries, fetch the lists whole.
//
// A relative list, as `scripts/pack-lists.mjs` writes it (text, so servers compress it):
//   for each dictionary word in the list, in the dictionaries' order, a line with its index
//   (counting from 0 over every `list` section of strength.txt) less the previous one's index
//   (the first: less -1); then an empty line; then the other words, front-coded and sorted.
// `expandList` gives the front-coded, sorted text the lite entries fetch, for the same installer.

/**
 * Words of strength.txt's `list` sections (a line each after the version line, every section
 * under a `list NAME COUNT` header), in order: every word, or with `steps` the word `steps[0]`
 * on from the start, then `steps[1]` on from that one, and so on. One plain loop that copies
 * only the words it returns: the full entries run it at start-up (see below). Throws for a
 * step past the last word.
 */
function pickWords(strength: string, steps?: readonly number[]): string[] {
  const picked: string[] = [];
  let at = strength.indexOf("\n") + 1;
  let left = 0; // words left in the current section
  let next = 0; // the step being walked
  let skip = steps ? steps[0] : 1;
  while (!steps || next < steps.length) {
    while (left === 0) {
      if (!strength.startsWith("list ", at)) {
        if (steps) throw new Error("a relative list points past the strength dictionaries");
        return picked;
      }
      const header = strength.indexOf("\n", at);
      left = Number(strength.slice(strength.lastIndexOf(" ", header) + 1, header));
      if (header < 0 || !Number.isInteger(left) || left < 0) throw new Error("a malformed list header in the strength dictionaries");
      at = header + 1;
    }
    const end = strength.indexOf("\n", at);
    if (end < 0) throw new Error("the strength dictionaries end inside a list");
    if (--skip === 0) {
      picked.push(strength.slice(at, end));
      skip = steps ? steps[++next] : 1;
    }
    at = end + 1;
    left--;
  }
  return picked;
}

/** The words of strength.txt's `list` sections, in order. */
export function dictionaryWords(strength: string): string[] {
  return pickWords(strength);
}

// The full entries run what follows once, at start-up, before their first result, mostly in
// a JS engine's first tier: so plain loops, no generator and no per-line encoder calls (in
// headless Chromium the word list took 56 ms with them, 23 without). Both lists are ASCII, so a
// shared prefix is as many bytes as units; `frontCode` refuses anything else (`make pkg` runs
// it over both lists).

const ASCII = /^[\0-\x7f]*$/;

/** Front-codes ASCII lines: '0' + the number of bytes a line shares with the one before, then the rest. */
export function frontCode(lines: readonly string[]): string {
  let previous = "";
  let out = "";
  for (const line of lines) {
    if (!ASCII.test(line)) throw new Error("the word lists are front-coded as ASCII: a line is not");
    const limit = Math.min(line.length, previous.length, 79);
    let same = 0;
    while (same < limit && line.charCodeAt(same) === previous.charCodeAt(same)) same++;
    out += String.fromCharCode(48 + same) + line.slice(same) + "\n";
    previous = line;
  }
  return out;
}

/** Restores front-coded ASCII lines (the inverse of `frontCode`). */
function unpack(packed: string): string[] {
  const lines: string[] = [];
  let previous = "";
  for (const line of packed.split("\n")) {
    if (line === "") continue;
    previous = previous.slice(0, line.charCodeAt(0) - 48) + line.slice(1);
    lines.push(previous);
  }
  return lines;
}

/**
 * The list `relative` describes, as front-coded sorted text, from the dictionaries' text.
 * Throws for an index past the dictionaries' end, a step that is not a positive whole number,
 * or a relative list without its empty line.
 */
export function expandList(strength: string, relative: string): string {
  const split = relative.indexOf("\n\n");
  if (split < 0) throw new Error("a relative list has no empty line after its indices");
  const steps = relative.slice(0, split).split("\n").map(Number);
  if (!steps.every((step) => Number.isInteger(step) && step > 0)) throw new Error("a relative list's steps must be positive whole numbers");
  return frontCode([...pickWords(strength, steps), ...unpack(relative.slice(split + 2))].sort());
}
