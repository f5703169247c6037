// The libraries under comparison, loaded in Node. Each adapter is { name, check(password) }.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

export const root = resolve(import.meta.dirname, "..");
const dist = join(root, "pkg", "dist");
const require = createRequire(join(root, "package.json"));

/** Entry of `passgate/lite` for Node, when the lite build exists (pkg/dist/lite/). */
export function liteEntry() {
  if (!existsSync(join(dist, "lite"))) return null;
  const pkg = JSON.parse(readFileSync(join(root, "pkg", "package.json"), "utf8"));
  const target = pkg.exports?.["./lite"];
  const relative = typeof target === "string" ? target : (target?.node ?? target?.import ?? target?.default);
  const candidates = [relative && join(root, "pkg", relative), join(dist, "lite", "node.js"), join(dist, "lite", "index.js")];
  return candidates.find((file) => file && existsSync(file)) ?? null;
}

/**
 * Other builds of passgate to compare (Node only), e.g. another opt-level:
 * `BENCH_VARIANTS="passgate-oz=/tmp/oz/dist"`, each a directory laid out like pkg/dist.
 */
export function variants() {
  return (process.env.BENCH_VARIANTS ?? "")
    .split(",")
    .filter(Boolean)
    .map((spec) => {
      const [name, dir] = spec.split("=");
      return { name, dir: resolve(dir) };
    });
}
const variantDir = (name) => variants().find((v) => v.name === name)?.dir;

/** Library names in report order; passgate (full) is the reference. */
export function libraryNames() {
  return [
    "passgate",
    ...(liteEntry() ? ["passgate-lite"] : []),
    ...variants().map((v) => v.name),
    "zxcvbn-4.4.2",
    "zxcvbn-ts",
  ];
}

/** The names that also run in Chromium (variants are Node only). */
export function browserNames() {
  return libraryNames().filter((name) => !variantDir(name));
}

export async function loadLibrary(name) {
  if (name.startsWith("passgate")) {
    const entry = name === "passgate" ? join(dist, "node.js") : name === "passgate-lite" ? liteEntry() : join(variantDir(name), "node.js");
    const { createChecker } = await import(pathToFileURL(entry).href);
    const checker = await createChecker();
    return { name, check: (password) => checker.check(password), checker };
  }
  switch (name) {
    case "zxcvbn-4.4.2": {
      const zxcvbn = require("zxcvbn");
      return { name, check: (password) => zxcvbn(password) };
    }
    case "zxcvbn-ts": {
      const { ZxcvbnFactory } = await import("@zxcvbn-ts/core");
      const common = await import("@zxcvbn-ts/language-common");
      const en = await import("@zxcvbn-ts/language-en");
      const factory = new ZxcvbnFactory({
        dictionary: { ...common.dictionary, ...en.dictionary },
        graphs: common.adjacencyGraphs,
        translations: en.translations,
      });
      return { name, check: (password) => factory.check(password) };
    }
    default:
      throw new Error(`unknown library ${name}`);
  }
}

/** The wasm linear memory of a loaded passgate build (the glue's init returns the exports). */
export { variantDir };
export async function wasmMemoryBytes(name) {
  const base = name === "passgate" ? dist : name === "passgate-lite" ? join(dist, "lite") : variantDir(name);
  // passgate/lite shares the policy module (0.2 builds before it had their own in lite/wasm/).
  const own = base ? join(base, "wasm") : null;
  const dir = own && !existsSync(own) && name === "passgate-lite" ? join(dist, "wasm") : own;
  const glue = dir && existsSync(dir) ? readdirSync(dir).find((f) => f.endsWith(".js")) : null;
  if (!glue) return null;
  const { default: init } = await import(pathToFileURL(join(dir, glue)).href);
  const exports = await init(); // already initialised by the entry: returns the same instance
  // The full entries' strength module has a memory of its own (loaded by then: the bench's
  // checkers wait for everything).
  const engine = name === "passgate-lite" || !base ? null : join(base, "engine", "passgate.js");
  const engineBytes = engine && existsSync(engine) ? (await (await import(pathToFileURL(engine).href)).default()).memory.buffer.byteLength : 0;
  return exports.memory.buffer.byteLength + engineBytes;
}

export function readCorpus() {
  return readFileSync(join(root, "benches", "data", "corpus.txt"), "utf8").split("\n").filter((line) => line.length > 0);
}
