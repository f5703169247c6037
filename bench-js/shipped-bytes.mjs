// Bytes each library ships: the files its browser entry actually imports (followed through
// static `import`/`export ... from`), each compressed on its own as a server would send it.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { root, liteEntry, variantDir } from "./libs.mjs";

const IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+?\s*from\s*)?["']([^"']+)["']/g;

/** Resolves a bare specifier from node_modules with the ESM `import` condition. */
export function resolveBare(specifier) {
  const parts = specifier.split("/");
  const name = specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
  const subpath = "." + specifier.slice(name.length);
  const dir = join(root, "node_modules", name);
  const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  let target = pkg.exports?.[subpath] ?? (subpath === "." ? pkg.exports : undefined);
  while (target && typeof target === "object") target = target.import ?? target.browser ?? target.default;
  if (!target && subpath === ".") target = pkg.module ?? pkg.main ?? "index.js";
  if (!target) target = subpath;
  return join(dir, target);
}

/** The files `file` imports statically (`node:` modules left out). */
function staticImports(file) {
  const source = readFileSync(file, "utf8").replace(/\/\/# sourceMappingURL=.*$/gm, "");
  return [...source.matchAll(IMPORT)]
    .map(([, specifier]) => specifier)
    .filter((specifier) => !specifier.startsWith("node:"))
    .map((specifier) => (specifier.startsWith(".") ? join(dirname(file), specifier) : resolveBare(specifier)));
}

/** Every JS file reachable from `entries`, plus `extra` files (the wasm). */
export function importGraph(entries) {
  const seen = new Set();
  const stack = [...entries];
  while (stack.length) {
    const file = stack.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    stack.push(...staticImports(file));
  }
  return [...seen].sort();
}

/**
 * How many levels deep `entry`'s static imports go, the entry counted: the requests a browser
 * without a bundler makes one after another to get the graph, since it learns a module's
 * imports only once the module is in (each level's modules are requested together). Modules
 * in `loaded` (with their imports) are in already and cost no request.
 */
export function importLevels(entry, loaded = new Set()) {
  const level = new Map([[entry, 1]]);
  const queue = [entry];
  for (const file of queue) {
    for (const next of staticImports(file)) {
      if (level.has(next) || loaded.has(next)) continue;
      level.set(next, level.get(file) + 1);
      queue.push(next);
    }
  }
  return Math.max(...level.values());
}

export function compressedSizes(files) {
  const total = { raw: 0, gzip: 0, brotli: 0 };
  const perFile = files.map((file) => {
    const bytes = readFileSync(file);
    const sizes = {
      file: relative(root, file),
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
      }).length,
    };
    for (const key of ["raw", "gzip", "brotli"]) total[key] += sizes[key];
    return sizes;
  });
  return { ...total, files: perFile };
}

/** The runtime files of each library, as a browser would load them. */
export function runtimeFiles(name) {
  const dist = join(root, "pkg", "dist");
  if (variantDir(name)) {
    const dir = variantDir(name);
    return [...importGraph([join(dir, "index.js")]), ...wasmFiles(dir)];
  }
  switch (name) {
    case "passgate":
      // The module and, fetched beside it, the strength dictionaries and the word list.
      return [...importGraph([join(dist, "index.js")]), ...wasmFiles(dist)];
    case "passgate-lite": {
      const entry = liteEntry();
      const browserEntry = join(dirname(entry), "index.js");
      const js = importGraph([existsSync(browserEntry) ? browserEntry : entry]);
      // Lite's own module in lite/wasm/ (0.2 builds before the policy and strength modules);
      // otherwise the policy module, which every entry shares.
      const ownDir = join(dirname(entry), "wasm");
      const wasm = existsSync(ownDir) ? importGraphWasm(ownDir) : [join(dist, "wasm", "passgate_bg.wasm")];
      return [...js, ...wasm];
    }
    case "zxcvbn-4.4.2":
      return [join(root, "node_modules", "zxcvbn", "dist", "zxcvbn.js")];
    case "zxcvbn-ts":
      return importGraph(["@zxcvbn-ts/core", "@zxcvbn-ts/language-common", "@zxcvbn-ts/language-en"].map(resolveBare));
    default:
      throw new Error(`unknown library ${name}`);
  }
}

/**
 * A full build's wasm module and the data files its default `createChecker` waits for, where
 * it ships them: the strength dictionaries and the passphrase word list, which a build with
 * `words.strength.txt` rebuilds from the dictionaries with `strength-lists.js` (the blocklist's
 * short entries are fetched only for a minLength under 8).
 */
function wasmFiles(dir) {
  const relative = existsSync(join(dir, "wasm", "words.strength.txt"));
  const words = relative ? ["words.strength.txt"] : ["words.txt"];
  const data = ["strength.txt", ...words].map((file) => join(dir, "wasm", file)).filter((file) => existsSync(file));
  if (relative) data.push(join(dir, "strength-lists.js"));
  // The strength module, where the build has one (its glue is imported when it loads).
  const engine = ["passgate.js", "passgate_bg.wasm"].map((file) => join(dir, "engine", file)).filter((file) => existsSync(file));
  return [join(dir, "wasm", "passgate_bg.wasm"), ...engine, ...data];
}

/** The wasm modules in a build's `wasm/` directory. */
function importGraphWasm(dir) {
  return readdirSync(dir).filter((f) => f.endsWith(".wasm")).map((f) => join(dir, f));
}
