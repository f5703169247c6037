// The fresh-machine path without a fresh machine: `make -n -B` (plan everything, run nothing) with
// a PATH that holds only shims, so every tool is absent, and asserts that each tool's install is
// planned before the first command that uses it, for `make test`, for every phony target on its
// own, and for the test targets in reverse order. Also: the plan follows cargo's target directory
// (CARGO_TARGET_DIR) instead of ./target, both wasm modules (policy and strength) are built, and
// `make -n` executes nothing but the Makefile's read-only $(shell)s.
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { after, before, describe, test } from "node:test";

const root = resolve(import.meta.dirname, "..", "..");
const makefile = readFileSync(join(root, "Makefile"), "utf8");
const WASM_BINDGEN_VERSION = /^wasm-bindgen = "=([^"]+)"/m.exec(readFileSync(join(root, "wasm", "Cargo.toml"), "utf8"))[1];
const CARGO_ABOUT_VERSION = /^CARGO_ABOUT_VERSION := (\S+)/m.exec(makefile)?.[1] ?? "(not pinned)";

let sandbox;
let bin;
let calls;
let customTarget;

before(() => {
  sandbox = mkdtempSync(join(tmpdir(), "passgate-make-"));
  bin = join(sandbox, "bin");
  calls = join(sandbox, "calls.log");
  customTarget = join(sandbox, "custom-target");
  mkdirSync(bin);
  mkdirSync(join(sandbox, "home"));
  writeFileSync(calls, "");
  // What the Makefile's $(shell ...) calls need, and nothing else: no cargo-installed CLIs, no
  // chromium, no g++, no npm, not even node (a plan that ran a node script would fail).
  for (const tool of ["bash", "sed", "find"]) {
    symlinkSync(execFileSync("bash", ["-c", `command -v ${tool}`], { encoding: "utf8" }).trim(), join(bin, tool));
  }
  const shim = (name, body) => {
    writeFileSync(join(bin, name), `#!/bin/bash\necho "${name} $*" >> '${calls}'\n${body}\nexit 1\n`);
    chmodSync(join(bin, name), 0o755);
  };
  // rustup knows only the host target; cargo answers `metadata` with a custom target directory,
  // as it would under CARGO_TARGET_DIR. Any other call would be logged and fail.
  shim("rustup", `[ "$1 $2 $3" = "target list --installed" ] && { echo x86_64-unknown-linux-gnu; exit 0; }`);
  shim("cargo", `[ "$1" = metadata ] && { echo '{"packages":[],"target_directory":"${customTarget}","version":1}'; exit 0; }`);
});

after(() => rmSync(sandbox, { recursive: true, force: true }));

/** The commands `make -n -B ARGS` would run, continuation lines joined, on the shimmed PATH. */
function plan(...args) {
  const make = execFileSync("bash", ["-c", "command -v make"], { encoding: "utf8" }).trim();
  const run = spawnSync(make, ["-n", "-B", ...args], {
    cwd: root,
    encoding: "utf8",
    // A clean environment: no MAKEFLAGS from an outer make, no CARGO_HOME or CARGO_TARGET_DIR.
    env: { PATH: bin, HOME: join(sandbox, "home"), LANG: "C" },
  });
  assert.equal(run.status, 0, `make -n -B ${args.join(" ")} failed:\n${run.stderr}`);
  return run.stdout.replace(/\s*\\\n\s*/g, " ").split("\n").map((line) => line.trim()).filter(Boolean);
}

// Which npm packages and which browser a node script needs, from its static imports.
const isBuiltin = (specifier) => specifier.startsWith("node:") || builtinModules.includes(specifier);
const importPattern = /\b(?:import|export)\s[^;'"]*?\bfrom\s*["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']\s*\)|\bimport\s+["']([^"']+)["']|\brequire\s*\(\s*["']([^"']+)["']\s*\)/g;

/** Every file a node command loads (statically), starting from a script or a `node --test` dir. */
function closure(entry) {
  const seen = new Set();
  const pending = [];
  const add = (path) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path, { recursive: true })) {
        // Installed packages are not the tests' own files (node --test skips them too).
        if (/\.(mjs|js)$/.test(name) && !name.split("/").includes("node_modules")) pending.push(join(path, name));
      }
    } else {
      pending.push(path);
    }
  };
  add(resolve(root, entry));
  const files = [];
  while (pending.length) {
    const file = pending.pop();
    // This file names chromium and import statements in its checks: not a use of either.
    if (seen.has(file) || file === import.meta.filename) continue;
    seen.add(file);
    const source = readFileSync(file, "utf8");
    const specifiers = [...source.matchAll(importPattern)].map((match) => match.slice(1).find(Boolean));
    files.push({ file, source, specifiers });
    for (const specifier of specifiers) if (specifier.startsWith(".")) add(resolve(dirname(file), specifier));
  }
  return files;
}

/** The scripts or test directories the node commands of a planned command run. */
function nodeEntries(command) {
  return [...command.matchAll(/(?:^|[|;&]\s*)node\s+((?:--[\w-]+(?:=\S+)?\s+)*)(\S+)/g)].map((match) => match[2]);
}

const needsNpm = (command) =>
  command.includes("node_modules/.bin/") ||
  nodeEntries(command).some((entry) =>
    closure(entry).some(({ specifiers }) =>
      // "passgate" is the packed package, installed offline by the test itself.
      specifiers.some((s) => !s.startsWith(".") && !isBuiltin(s) && s !== "passgate" && !s.startsWith("passgate/")),
    ),
  );
// tests/support/ launches Debian's chromium for whoever calls these (the support modules
// themselves are imported by tests that never open a browser, e.g. tests/types/).
const support = join(root, "tests", "support");
const LAUNCHERS = /\b(launchChromium|openBrowser)\s*\(/;
const needsChromium = (command) =>
  nodeEntries(command).some((entry) =>
    closure(entry).some(({ file, source }) => !file.startsWith(support) && LAUNCHERS.test(source)),
  );
// The consumer tests whose React, Vue and Hono come from tests/frameworks/node_modules.
const frameworks = join(root, "tests", "frameworks") + "/";
// nginx: a test or bench that starts it (tests/support/nginx.mjs, through startNginx or the
// mirror fixture). scripts/test-packed.mjs runs tests/node/ by copying it, not by importing it.
const NGINX_STARTERS = /\b(startNginx|startMirror)\s*\(/;
const needsNginx = (command) =>
  nodeEntries(command).some((entry) =>
    (entry === "scripts/test-packed.mjs" ? [entry, "tests/node"] : [entry]).some((start) =>
      closure(start).some(({ file, source }) => !file.startsWith(support) && NGINX_STARTERS.test(source)),
    ),
  );
const fuzzes = (command) => /\bcargo fuzz (run|build)\b/.test(command);

/** Each tool: how its install shows in the plan, and which planned commands need it. */
const TOOLS = [
  {
    tool: "the wasm32 target",
    install: (c) => /\brustup target add wasm32-unknown-unknown\b/.test(c),
    uses: (c) => /--target[= ]wasm32-unknown-unknown\b/.test(c),
  },
  {
    tool: `wasm-bindgen-cli ${WASM_BINDGEN_VERSION}`,
    install: (c) => c.includes(`cargo install wasm-bindgen-cli --version ${WASM_BINDGEN_VERSION}`),
    uses: (c) => /^wasm-bindgen\s/.test(c),
  },
  { tool: "the npm packages", install: (c) => /^npm ci\b(?!.*--prefix)/.test(c), uses: needsNpm },
  {
    tool: "the framework packages (tests/frameworks)",
    install: (c) => /^npm ci --prefix tests\/frameworks\b/.test(c),
    uses: (c) => nodeEntries(c).some((entry) => closure(entry).some(({ file }) => file.startsWith(frameworks))),
  },
  { tool: "chromium", install: (c) => /\bapt-get install\b.*\schromium\b/.test(c), uses: needsChromium },
  { tool: "nginx", install: (c) => /\bapt-get install\b.*\snginx\b/.test(c), uses: needsNginx },
  { tool: "g++ (libFuzzer)", install: (c) => /\bapt-get install\b.*\sg\+\+/.test(c), uses: fuzzes },
  { tool: "cargo-fuzz", install: (c) => /\bcargo install cargo-fuzz\b/.test(c), uses: fuzzes },
  { tool: "cargo-deny", install: (c) => /\bcargo install cargo-deny\b/.test(c), uses: (c) => /^cargo deny\b/.test(c) },
  {
    tool: `cargo-about ${CARGO_ABOUT_VERSION}`,
    install: (c) => c.includes(`cargo install cargo-about --version ${CARGO_ABOUT_VERSION}`) && c.includes("--features cli"),
    uses: (c) => /^cargo about\b/.test(c),
  },
  {
    tool: "the crates cargo-about reads offline",
    install: (c) => /^cargo fetch --locked\b/.test(c),
    uses: (c) => /^cargo about generate\b.*--frozen/.test(c),
  },
];

/** Fails when a planned command runs before the install of a tool it needs; returns the uses. */
function assertInstalledFirst(commands, label) {
  const used = new Set();
  for (const { tool, install, uses } of TOOLS) {
    const first = commands.findIndex(uses);
    if (first < 0) continue;
    used.add(tool);
    const installed = commands.findIndex(install);
    assert.ok(
      installed >= 0 && installed < first,
      `make ${label}: "${commands[first]}" needs ${tool}, ` +
        (installed < 0 ? "which the plan never installs" : `installed only later by "${commands[installed]}"`),
    );
  }
  return used;
}

const phonyTargets = /^\.PHONY:((?:.*\\\n)*.*)$/m.exec(makefile)[1].replace(/\\\n/g, " ").split(/\s+/).filter(Boolean);
const testTargets = /^test:(.*)$/m.exec(makefile)[1].trim().split(/\s+/);

describe("make -n on a fresh machine", () => {
  test("make test installs each tool before its first use, and uses every tool", () => {
    const used = assertInstalledFirst(plan("test"), "test");
    assert.deepEqual([...used].sort(), TOOLS.map(({ tool }) => tool).sort(), "a check above matched no planned command");
  });

  test("every phony target alone installs what it uses", () => {
    assert.ok(phonyTargets.length > 20 && phonyTargets.includes("test-rust"), phonyTargets.join(" "));
    for (const target of phonyTargets) assertInstalledFirst(plan(target), target);
  });

  test("the test targets in reverse order", () => {
    assert.ok(testTargets.length > 5, testTargets.join(" "));
    const reversed = [...testTargets].reverse();
    assertInstalledFirst(plan(...reversed), reversed.join(" "));
  });

  test("the chromium launchers the checks look for are the ones tests/support exports", () => {
    const chromium = readFileSync(join(support, "chromium.mjs"), "utf8");
    assert.match(chromium, /export function launchChromium\(/);
    assert.ok(chromium.includes('"/usr/bin/chromium"'));
    assert.match(readFileSync(join(support, "packed.mjs"), "utf8"), /export async function openBrowser\(\)[^]*?launchChromium\(/);
  });

  test("tools-nginx installs Debian's nginx", () => {
    assert.ok(plan("tools-nginx").some((c) => /\bapt-get install\b.*\snginx\b/.test(c)));
  });

  test("wasm builds go to cargo's target directory, found by asking cargo", () => {
    const commands = plan("pkg", "test-licenses");
    const joined = commands.join("\n");
    for (const file of ["wasm/passgate.wasm", "types.log", "licenses/wasm.json"]) {
      assert.ok(joined.includes(`${customTarget}/${file}`), `no ${customTarget}/${file} in the plan`);
    }
    assert.ok(!joined.includes(`${root}/target`), "the plan still uses ./target");
    const relativeTarget = commands.find((c) => /(^|[\s=<>'"])target\//.test(c));
    assert.equal(relativeTarget, undefined, `a command assumes ./target: ${relativeTarget}`);
    // The artifact's path comes from cargo's JSON messages, not from a path written in the Makefile.
    const builds = commands.filter((c) => /^cargo build\b.*--target wasm32-unknown-unknown/.test(c));
    // The policy module (the `lite` feature, the size-first profile) and the strength module
    // (the `engine` feature, the speed-first profile).
    assert.equal(builds.length, 2);
    assert.equal(builds.filter((c) => /--profile wasm-lite\b.*--features lite\b/.test(c)).length, 1);
    assert.equal(builds.filter((c) => /--profile wasm-engine\b.*--features engine\b/.test(c)).length, 1);
    for (const build of builds) assert.match(build, /--message-format=json-render-diagnostics \| node scripts\/wasm-artifact\.mjs /);
  });

  test("make -n ran nothing but the Makefile's read-only $(shell) calls", () => {
    plan("test");
    const log = readFileSync(calls, "utf8").split("\n").filter(Boolean);
    assert.ok(log.length > 0, "the cargo shim was never asked for the target directory");
    const others = log.filter((line) => !line.startsWith("cargo metadata "));
    assert.deepEqual(others, [], "make -n executed commands");
    assert.deepEqual(readdirSync(join(sandbox, "home")), [], "something wrote to HOME");
    assert.equal(existsSync(customTarget), false, "something created the target directory");
  });
});

