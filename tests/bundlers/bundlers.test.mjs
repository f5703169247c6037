// The packed package in real consumer projects: Node ESM, Vite (dev server and production
// build), webpack 5, and a plain <script type="module"> page; pages run in headless Chromium.
// No bundler gets a wasm plugin or any passgate-specific configuration.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, writeFileSync } from "node:fs";
import { createServer as createNetServer } from "node:net";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { build, createServer } from "vite";
import { freshProject, openBrowser, runTool, scoreShownAt, serveDir } from "../support/packed.mjs";

const APP = join(import.meta.dirname, "app");
const PLAIN = join(import.meta.dirname, "plain");

let browser;
before(async () => {
  browser = await openBrowser();
});
after(async () => {
  await browser?.close();
});

/** A project with the tarball installed and the shared consumer app copied in. */
function appProject(name) {
  const dir = freshProject(name);
  for (const file of ["index.html", "main.js", "webpack.config.js"]) cpSync(join(APP, file), join(dir, file));
  return dir;
}

async function freePort() {
  const server = createNetServer();
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address();
  await new Promise((done) => server.close(done));
  return port;
}

test("Node ≥ 20 imports it from an .mjs file", () => {
  const dir = freshProject("node-esm");
  writeFileSync(
    join(dir, "check.mjs"),
    `import { createChecker, generatePassphrase, presets } from "passgate";
import * as lite from "passgate/lite";
const checker = await createChecker({ policy: { preset: "microsoft-entra" } });
const report = checker.check("correct horse battery staple");
const liteReport = (await lite.createChecker()).check("correct horse battery staple");
console.log(JSON.stringify({
  score: report.strength.score,
  violations: report.violations.map((v) => v.code),
  presets: presets.length,
  words: (await generatePassphrase({ words: 4 })).passphrase.split("-").length,
  liteStrength: liteReport.strength,
  liteOk: liteReport.ok,
}));
`,
  );
  const out = JSON.parse(execFileSync(process.execPath, ["check.mjs"], { cwd: dir, encoding: "utf8" }));
  assert.ok(out.score >= 3, `score ${out.score}`);
  assert.equal(out.presets, 6);
  assert.equal(out.words, 4);
  assert.equal(out.liteStrength, null);
  assert.equal(out.liteOk, true);
  assert.ok(out.violations.includes("missingClasses"));
});

test("a Vite project: the dev server (with the documented optimizeDeps.exclude)", async () => {
  const dir = appProject("vite-dev");
  const port = await freePort();
  const server = await createServer({
    root: dir,
    configFile: false,
    logLevel: "silent",
    // Vite's dev pre-bundling moves the package's JS into node_modules/.vite/deps, away from
    // its wasm file; nothing in a package can opt out of that (pkg/README.md, Bundler notes).
    optimizeDeps: { exclude: ["passgate"] },
    server: { host: "127.0.0.1", port, strictPort: true },
  });
  await server.listen();
  try {
    const shown = await scoreShownAt(browser, `http://127.0.0.1:${port}/`);
    assert.match(shown.text, /^score \d, ok true$/);
    assert.deepEqual(shown.errors, []);
  } finally {
    await server.close();
  }
});

test("a Vite project: the production build", async () => {
  const dir = appProject("vite-build");
  await build({ root: dir, configFile: false, logLevel: "silent", build: { outDir: "dist" } });
  const server = await serveDir(join(dir, "dist"));
  try {
    const shown = await scoreShownAt(browser, server.url);
    assert.match(shown.text, /^score \d, ok true$/);
    assert.deepEqual(shown.errors, []);
  } finally {
    await server.close();
  }
});

test("a webpack 5 project: the production build", async () => {
  const dir = appProject("webpack");
  runTool("webpack", ["--config", "webpack.config.js"], dir);
  cpSync(join(dir, "index.html"), join(dir, "dist", "index.html"));
  const server = await serveDir(join(dir, "dist"));
  try {
    const shown = await scoreShownAt(browser, server.url);
    assert.match(shown.text, /^score \d, ok true$/);
    assert.deepEqual(shown.errors, []);
  } finally {
    await server.close();
  }
});

test("a plain <script type=module> page imports dist/index.js, dist/lite and dist/worker", async () => {
  const dir = freshProject("plain");
  cpSync(PLAIN, dir, { recursive: true });
  const server = await serveDir(dir);
  try {
    const full = await scoreShownAt(browser, server.url);
    assert.match(full.text, /^score \d, ok true$/);
    assert.deepEqual(full.errors, []);

    const lite = await scoreShownAt(browser, `${server.url}lite.html`);
    assert.equal(lite.score, "none");
    assert.deepEqual(JSON.parse(lite.text), { hasStrength: false, ok: false, weak: ["tooShort", "missingRequiredClasses"] });
    assert.deepEqual(lite.errors, []);

    const worker = await scoreShownAt(browser, `${server.url}worker.html`);
    const result = JSON.parse(worker.text);
    assert.equal(result.preset, "microsoft-entra");
    assert.ok(result.violations.includes("missingClasses"));
    assert.equal(result.attributes.autocomplete, "new-password");
    assert.equal(result.attributes.maxlength, 256);
    assert.match(result.attributes.passwordrules, /required: upper/);
    assert.deepEqual(result.errors.check, { isError: true, code: "invalidArgument", message: "password: expected a string" });
    assert.equal(result.errors.create.isError, true);
    assert.equal(result.errors.create.code, "unknownOption");
    assert.match(result.errors.create.message, /minLenght/);
    assert.equal(result.passphraseOk, true);
    assert.equal(result.afterTerminate, "terminated");
    assert.deepEqual(worker.errors, []);
  } finally {
    await server.close();
  }
});
