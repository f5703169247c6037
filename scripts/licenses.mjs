// THIRD-PARTY-LICENSES.md: the Rust crates compiled into passgate's wasm module and their
// licence texts, rendered from an offline cargo-about run (`make licenses` does all of it).
//
// Usage:
//   node scripts/licenses.mjs render --about-version V WASM.json > OUT.md
//     WASM.json: `cargo about generate --frozen --format json` over the binding crate
//     (targets and exclusions come from about.toml), one file per entry of MODULES.
//     Each module's crate list is checked against `cargo tree` for wasm32 (normal edges): a
//     crate cargo would compile that cargo-about did not report fails the run.
//   node scripts/licenses.mjs check-pack PKG_DIR
//     Fails unless `npm pack --dry-run` of PKG_DIR ships dist/NOTICE, the licence files and a
//     dist/THIRD-PARTY-LICENSES.md identical to the repository's.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";

const root = resolve(import.meta.dirname, "..");
const WASM_TARGET = "wasm32-unknown-unknown";
// The crate the modules are compiled from (wasm/, over the core).
const WASM_CRATE = "passgate-wasm";
const FILE = "THIRD-PARTY-LICENSES.md";
const MODULES = [
  {
    key: "wasm",
    flags: [],
    // Both modules are the binding crate: `lite` and `engine` add no crate.
    what: "`dist/wasm/passgate_bg.wasm` (the policy module, every entry's: the binding's `lite` feature) and `dist/engine/passgate_bg.wasm` (the strength module of `passgate` and `passgate/worker`: its `engine` feature); each links a subset of these crates",
  },
];

function fail(message) {
  console.error(`scripts/licenses.mjs: ${message}`);
  process.exit(1);
}

/** Orders "1.10.0" after "1.9.3": numeric where both parts are numbers. */
function compareVersions(a, b) {
  const pa = a.split(/[.+-]/);
  const pb = b.split(/[.+-]/);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const x = pa[i] ?? "";
    const y = pb[i] ?? "";
    if (x === y) continue;
    if (/^\d+$/.test(x) && /^\d+$/.test(y)) return Number(x) - Number(y);
    return x < y ? -1 : 1;
  }
  return 0;
}
const compareCrates = (a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : compareVersions(a.version, b.version));
const crateKey = (name, version) => `${name} ${version}`;

/** `name version` of every registry crate `cargo tree` lists for wasm32 with these flags. */
function cargoTree(flags, edges) {
  const out = execFileSync(
    "cargo",
    ["tree", "--locked", "--offline", "-p", WASM_CRATE, "--target", WASM_TARGET, "-e", edges, "--prefix", "none", ...flags],
    { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
  );
  const crates = new Set();
  for (const line of out.split("\n")) {
    const match = /^(\S+) v(\S+)( \((\/[^)]*)\))?/.exec(line);
    // A path in parentheses is a local crate (passgate, passgate-wasm), not a third party.
    if (match && !match[4]) crates.add(crateKey(match[1], match[2]));
  }
  return crates;
}

function normalise(text) {
  const lines = text.replace(/\r\n?/g, "\n").split("\n").map((line) => line.trimEnd());
  while (lines.length && lines[0] === "") lines.shift();
  while (lines.length && lines.at(-1) === "") lines.pop();
  return lines.join("\n");
}

function render(argv) {
  const versionAt = argv.indexOf("--about-version");
  if (versionAt < 0 || argv.length !== versionAt + 2 + MODULES.length) {
    fail(`usage: render --about-version V ${MODULES.map((module) => `${module.key.toUpperCase()}.json`).join(" ")}`);
  }
  const aboutVersion = argv[versionAt + 1];
  const inputs = argv.slice(versionAt + 2);

  /** name version -> { name, version, license, modules: { [module key]: mark }, used: Set } */
  const crates = new Map();
  /** id \0 text -> { id, name, text, source, users: Set } */
  const texts = new Map();
  const warnings = [];

  MODULES.forEach((module, index) => {
    const about = JSON.parse(readFileSync(inputs[index], "utf8"));
    const reported = new Map();
    for (const { package: pkg } of about.crates) {
      // `source` is null for path crates: passgate itself.
      if (pkg.source !== null) reported.set(crateKey(pkg.name, pkg.version), pkg);
    }
    const compiled = cargoTree(module.flags, "normal");
    const runtime = cargoTree(module.flags, "normal,no-proc-macro");
    const missing = [...compiled].filter((key) => !reported.has(key));
    if (missing.length) fail(`cargo-about did not report ${missing.join(", ")} (${module.key} module)`);
    for (const key of reported.keys()) {
      if (!compiled.has(key)) console.error(`note: ${key} is in cargo-about's graph but not compiled (${module.key}); left out`);
    }
    for (const key of compiled) {
      const pkg = reported.get(key);
      if (!crates.has(key)) {
        crates.set(key, { name: pkg.name, version: pkg.version, license: pkg.license ?? "(none declared)", modules: {}, used: new Set() });
      }
      crates.get(key).modules[module.key] = runtime.has(key) ? "✓" : "build time";
    }

    for (const license of about.licenses) {
      const users = license.used_by.map((use) => use.crate).filter((pkg) => compiled.has(crateKey(pkg.name, pkg.version)));
      if (users.length === 0) continue;
      const text = normalise(license.text);
      let source = null;
      if (license.source_path && !isAbsolute(license.source_path)) {
        // A clarification (about.toml) names its file relative to the crate it clarifies.
        source = { file: license.source_path, crate: crateKey(users[0].name, users[0].version) };
      } else if (license.source_path) {
        const owner = users
          .concat(license.used_by.map((use) => use.crate))
          .find((pkg) => license.source_path.startsWith(dirname(pkg.manifest_path) + sep));
        if (!owner) fail(`cannot tell which crate ${license.source_path} belongs to`);
        source = { file: relative(dirname(owner.manifest_path), license.source_path).split(sep).join("/"), crate: crateKey(owner.name, owner.version) };
      }
      const key = `${license.id}\0${text}`;
      if (!texts.has(key)) texts.set(key, { id: license.id, name: license.name, text, source, users: new Set() });
      const entry = texts.get(key);
      // Identical texts from several crates: name the file of the first crate, alphabetically.
      if (source && (!entry.source || entry.source.crate > source.crate)) entry.source = source;
      for (const pkg of users) {
        const ckey = crateKey(pkg.name, pkg.version);
        entry.users.add(ckey);
        crates.get(ckey).used.add(license.id);
      }
    }
  });

  for (const crate of crates.values()) {
    if (crate.used.size === 0) fail(`no licence text for ${crateKey(crate.name, crate.version)}`);
  }
  const sortedCrates = [...crates.values()].sort(compareCrates);
  const byKey = (key) => crates.get(key);
  const sortedTexts = [...texts.values()]
    .map((entry) => ({ ...entry, users: [...entry.users].map(byKey).sort(compareCrates) }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : compareCrates(a.users[0], b.users[0])));

  const count = (key, mark) => sortedCrates.filter((crate) => crate.modules[key] === mark).length;
  const out = [];
  out.push(
    "# Third-party licences",
    "",
    `<!-- Generated by \`make licenses\` (scripts/licenses.mjs, cargo-about ${aboutVersion} offline, about.toml) from Cargo.lock. Do not edit: \`make test\` fails when this file is out of date. -->`,
    "",
    `passgate's WebAssembly module is compiled for \`${WASM_TARGET}\` from passgate's own code`,
    "(MIT OR Apache-2.0: LICENSE-MIT, LICENSE-APACHE) and the Rust crates listed here:",
    "",
    ...MODULES.map((module) => `- **${module.key}**: ${module.what};`),
    "",
    "Each module's list is every crate in its dependency graph for that target (`cargo tree -e normal`),",
    "without dev-dependencies and the crates only build scripts use. Procedural macros, and the crates",
    "only they use, run in the compiler to generate code and are not linked into the module: they are",
    "marked *build time*. A crate that offers a choice of licences is used under the first of MIT,",
    "Apache-2.0, Zlib and Unicode-3.0 that it offers; every licence text follows, once, as the crate's",
    "own package ships it. The data compiled into the module or shipped beside it (word lists,",
    "frequency lists, keyboard graphs) and its licences are listed in NOTICE.",
    "",
    ...MODULES.map(
      (module) =>
        `- ${module.key}: ${count(module.key, "✓")} crates compiled in, ${count(module.key, "build time")} at build time only`,
    ),
    "",
    "## Crates",
    "",
    `| crate | version | declared licence | used under | ${MODULES.map((module) => module.key).join(" | ")} |`,
    `|---|---|---|---|${MODULES.map(() => ":-:").join("|")}|`,
    ...sortedCrates.map(
      (crate) =>
        `| ${crate.name} | ${crate.version} | ${crate.license} | ${[...crate.used].sort().join(" AND ")} | ${MODULES.map((module) => crate.modules[module.key] ?? "").join(" | ")} |`,
    ),
    "",
    "## Licence texts",
  );
  for (const entry of sortedTexts) {
    const users = entry.users.map((crate) => crateKey(crate.name, crate.version)).join(", ");
    let from;
    if (entry.source) {
      from = `The text of \`${entry.source.file}\` in ${entry.source.crate}.`;
    } else {
      from = `The canonical ${entry.id} text: the packages carry no file for this licence, so it has no copyright line.`;
      warnings.push(`${entry.id} for ${users}: no licence file in the package (canonical text used; see about.toml)`);
    }
    const longestTicks = Math.max(0, ...(entry.text.match(/`+/g) ?? []).map((run) => run.length));
    const fence = "`".repeat(Math.max(3, longestTicks + 1));
    out.push("", `### ${entry.name}: ${users}`, "", from, "", `${fence}text`, entry.text, fence);
  }
  for (const warning of warnings) console.error(`warning: ${warning}`);
  process.stdout.write(out.join("\n") + "\n");
}

function checkPack(argv) {
  if (argv.length !== 1) fail("usage: check-pack PKG_DIR");
  const dir = resolve(argv[0]);
  const [packed] = JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json", dir], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] }));
  const files = new Set(packed.files.map((file) => file.path));
  const required = ["dist/NOTICE", "dist/LICENSE-MIT", "dist/LICENSE-APACHE", `dist/${FILE}`];
  const absent = required.filter((file) => !files.has(file));
  if (absent.length) fail(`${packed.filename} does not ship ${absent.join(", ")}`);
  if (readFileSync(join(dir, "dist", FILE), "utf8") !== readFileSync(join(root, FILE), "utf8")) {
    fail(`${join(dir, "dist", FILE)} differs from ${FILE}: run \`make pkg\``);
  }
  console.log(`${packed.filename} ships ${required.join(", ")}`);
}

const [command, ...rest] = process.argv.slice(2);
if (command === "render") render(rest);
else if (command === "check-pack") checkPack(rest);
else fail("usage: render --about-version V FULL.json LITE.json | check-pack PKG_DIR");
