// Page side of the Chromium run: loads libraries the way a page without a bundler would
// (ES modules through an import map; zxcvbn 4.4.2 as its classic script) and exposes the
// same interleaved runner as Node on `window.bench`.
import { blocks, interleaved } from "./measure.mjs";

function classicScript(src) {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = src;
    script.onload = resolve;
    script.onerror = () => reject(new Error(`failed to load ${src}`));
    document.head.append(script);
  });
}

async function load(name, { liteUrl } = {}) {
  switch (name) {
    case "passgate":
    case "passgate-lite": {
      const { createChecker } = await import(name === "passgate" ? "/pkg/dist/index.js" : liteUrl);
      const checker = await createChecker();
      return { name, check: (password) => checker.check(password) };
    }
    case "zxcvbn-4.4.2": {
      await classicScript("/node_modules/zxcvbn/dist/zxcvbn.js");
      const zxcvbn = window.zxcvbn;
      return { name, check: (password) => zxcvbn(password) };
    }
    case "zxcvbn-ts": {
      const [{ ZxcvbnFactory }, common, en] = await Promise.all([
        import("@zxcvbn-ts/core"),
        import("@zxcvbn-ts/language-common"),
        import("@zxcvbn-ts/language-en"),
      ]);
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

window.bench = {
  crossOriginIsolated: window.crossOriginIsolated,
  /** Module load + instantiate + first check, in ms (files come from the local server). */
  async startup(name, options) {
    const start = performance.now();
    const lib = await load(name, options);
    lib.check("Tr0ub4dour&3");
    return performance.now() - start;
  },
  /** Per-call samples, interleaved as in Node. */
  async perCall(names, corpus, options) {
    const libs = [];
    for (const name of names) libs.push(await load(name, options));
    return interleaved(libs, corpus, options);
  },
  /** Per-call samples, in blocks as in Node. */
  async blocks(names, corpus, options) {
    const libs = [];
    for (const name of names) libs.push(await load(name, options));
    return blocks(libs, corpus, options);
  },
};
document.documentElement.dataset.ready = "true";
