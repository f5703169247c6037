// What a wasm file is made of: bytes per section, data segments by size, and how each part
// compresses (brotli q11). Usage: node bench-js/wasm-size.mjs [file.wasm ...]
import { readFileSync } from "node:fs";
import { brotliCompressSync, constants } from "node:zlib";

const NAMES = ["custom", "type", "import", "function", "table", "memory", "global", "export", "start", "element", "code", "data", "datacount", "tag"];
const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

function leb(bytes, offset) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[offset++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, offset];
}

export function analyze(bytes) {
  const sections = [];
  const segments = [];
  let offset = 8;
  while (offset < bytes.length) {
    const id = bytes[offset];
    const [size, start] = leb(bytes, offset + 1);
    const body = bytes.subarray(start, start + size);
    let name = NAMES[id] ?? `id${id}`;
    if (id === 0) {
      const [length, at] = leb(body, 0);
      name = `custom "${Buffer.from(body.subarray(at, at + length)).toString()}"`;
    }
    sections.push({ name, raw: size, brotli: brotli(body) });
    if (id === 11) {
      let [count, at] = leb(body, 0);
      for (let i = 0; i < count; i++) {
        const [flags, next] = leb(body, at);
        at = next;
        if (flags === 0 || flags === 2) {
          if (flags === 2) at = leb(body, at)[1];
          while (body[at] !== 0x0b) at++; // the offset expression
          at++;
        }
        const [length, data] = leb(body, at);
        segments.push({ index: i, raw: length, sample: sniff(body.subarray(data, data + length)) });
        at = data + length;
      }
    }
    offset = start + size;
  }
  return { total: bytes.length, totalBrotli: brotli(bytes), sections, segments: segments.sort((a, b) => b.raw - a.raw) };
}

/** The longest printable run near the start of a data segment, to tell what it holds. */
function sniff(data) {
  const text = Buffer.from(data.subarray(0, 4096)).toString("latin1");
  const runs = text.match(/[\x20-\x7e]{12,}/g) ?? [];
  const printable = [...text].filter((c) => c >= " " && c <= "~").length / Math.max(1, text.length);
  return `${Math.round(printable * 100)}% printable; ${JSON.stringify((runs.sort((a, b) => b.length - a.length)[0] ?? "").slice(0, 60))}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const file of process.argv.slice(2)) {
    const result = analyze(readFileSync(file));
    console.log(`${file}: ${result.total} bytes, ${result.totalBrotli} brotli`);
    for (const s of result.sections) console.log(`  ${s.name.padEnd(28)} ${String(s.raw).padStart(9)} raw ${String(s.brotli).padStart(8)} brotli`);
    console.log("  largest data segments:");
    for (const s of result.segments.slice(0, 8)) console.log(`    [${s.index}] ${String(s.raw).padStart(9)} ${s.sample}`);
  }
}
