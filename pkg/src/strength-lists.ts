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

/** The words of strength.txt's `list` sections, in order (a line each after the version line). */
export function* dictionaryWords(strength: string): Generator<string> {
  let at = strength.indexOf("\n") + 1;
  while (strength.startsWith("list ", at)) {
    const header = strength.slice(at, strength.indexOf("\n", at));
    let count = Number(header.slice(header.lastIndexOf(" ") + 1));
    at += header.length + 1;
    for (; count > 0; count--) {
      const end = strength.indexOf("\n", at);
      if (end < 0) throw new Error("the strength dictionaries end inside a list");
      yield strength.slice(at, end);
      at = end + 1;
    }
  }
}

/** Front-codes lines: '0' + the number of UTF-8 bytes a line shares with the one before, then the rest. */
export function frontCode(lines: readonly string[]): string {
  const encoder = new TextEncoder();
  let previous: string[] = [];
  let out = "";
  for (const line of lines) {
    const chars = [...line];
    let same = 0;
    while (same < chars.length && same < previous.length && chars[same] === previous[same]) same++;
    const shared = encoder.encode(chars.slice(0, same).join("")).length;
    if (shared > 79) throw new Error(`a shared prefix of ${shared} bytes does not fit one marker`);
    out += String.fromCharCode(48 + shared) + chars.slice(same).join("") + "\n";
    previous = chars;
  }
  return out;
}

/** Restores front-coded lines (the inverse of `frontCode`). */
function unpack(packed: string): string[] {
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  const lines: string[] = [];
  let previous = new Uint8Array();
  for (const line of packed.split("\n")) {
    if (line === "") continue;
    const shared = line.charCodeAt(0) - 48;
    const bytes = encoder.encode(line.slice(1));
    const whole = new Uint8Array(shared + bytes.length);
    whole.set(previous.subarray(0, shared));
    whole.set(bytes, shared);
    lines.push(decoder.decode(whole));
    previous = whole;
  }
  return lines;
}

/**
 * The list `relative` describes, as front-coded sorted text, from the dictionaries' text.
 * Throws for an index past the dictionaries' end or a relative list without its empty line.
 */
export function expandList(strength: string, relative: string): string {
  const split = relative.indexOf("\n\n");
  if (split < 0) throw new Error("a relative list has no empty line after its indices");
  let previous = -1;
  const wanted = relative.slice(0, split).split("\n").map((step) => (previous += Number(step)));
  const list = unpack(relative.slice(split + 2));
  let found = 0;
  let index = 0;
  for (const word of dictionaryWords(strength)) {
    if (found === wanted.length) break;
    if (index++ === wanted[found]) {
      list.push(word);
      found++;
    }
  }
  if (found < wanted.length) throw new Error("a relative list points past the strength dictionaries");
  return frontCode(list.sort());
}
