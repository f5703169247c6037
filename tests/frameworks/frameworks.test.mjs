// passgate/react, passgate/vue and passgate/schema in real consumers, from the packed tarball:
// a Vite + React 19 app (StrictMode, TanStack Form with the schema) and a Vite + Vue 3 app in
// headless Chromium, both rendered on the server too (react-dom/server, Vue's server renderer),
// a Hono server rejecting a weak password with the same schema, `tsc --strict` over typed use of
// every entry, and the bundle of a hook-only React app searched for Vue and the meter element.
// The frameworks come from tests/frameworks/node_modules (`make test-frameworks` installs them).
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { pathToFileURL } from "node:url";
import { build } from "vite";
import { freshProject, openBrowser, root, runTool, serveDir } from "../support/packed.mjs";

const HERE = import.meta.dirname;
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const LIBRARIES = join(HERE, "node_modules");
/** Passes the Entra policy; the apps' breach range lists it as breached. */
const STRONG = "Kx7!mQ2#vLp9zR";
const WEAK = "password";

let dir;
let browser;
before(async () => {
  assert.ok(existsSync(join(LIBRARIES, "react")), "run `make test-frameworks` (it installs tests/frameworks/node_modules)");
  dir = freshProject("frameworks");
  cpSync(join(HERE, "consumer"), dir, { recursive: true });
  // The frameworks resolve from the consumer's node_modules, as if installed there.
  for (const name of readdirSync(LIBRARIES)) {
    if (name.startsWith(".") || existsSync(join(dir, "node_modules", name))) continue;
    symlinkSync(join(LIBRARIES, name), join(dir, "node_modules", name));
  }
  browser = await openBrowser();
});
after(async () => {
  await browser?.close();
});

/** A production build of `app` (a folder of the consumer) into `app/dist` (or `extra.outDir`); JSX without plugins. */
async function viteBuild(app, extra = {}) {
  await build({
    root: join(dir, app),
    configFile: false,
    logLevel: "silent",
    esbuild: { jsx: "automatic" },
    build: { outDir: "dist", emptyOutDir: true, ...extra },
  });
  return join(dir, app, extra.outDir ?? "dist");
}

/** Every file under `folder`, as text. */
function textOf(folder) {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(js|css|html)$/.test(entry.name))
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), "utf8"))
    .join("\n");
}

/** A range file for STRONG under `dist/range/`, so the page's own origin is its breach endpoint. */
function writeRange(dist) {
  const hash = createHash("sha1").update(STRONG).digest("hex").toUpperCase();
  mkdirSync(join(dist, "range"), { recursive: true });
  const body = `0000000000000000000000000000000000A:3\r\n${hash.slice(5)}:42`;
  writeFileSync(join(dist, "range", hash.slice(0, 5)), body);
  writeFileSync(join(dist, "range", hash.slice(0, 5).toLowerCase()), body);
}

/** Opens the app, types `password`, and collects page errors and breach requests. */
async function openApp(url) {
  const { page, errors } = await browser.newPage();
  const ranges = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.startsWith("/range/")) ranges.push(request.url());
  });
  await page.goto(url);
  return { page, errors, ranges };
}

test("the hooks' breach delay is the meter's", () => {
  const delay = (file) => Number(/const BREACH_DELAY = (\d+);/.exec(readFileSync(join(root, "pkg", "src", file), "utf8"))?.[1]);
  assert.ok(delay("meter.ts") > 0);
  assert.equal(delay("live.ts"), delay("meter.ts"));
});

test("only the react and vue entries import react or vue", () => {
  const dist = join(dir, "node_modules", "passgate", "dist");
  /** The bare specifiers a module of the package imports, with those of the modules it imports. */
  const bare = (file, seen = new Set()) => {
    if (seen.has(file)) return [];
    seen.add(file);
    const source = readFileSync(file, "utf8");
    const found = [];
    for (const [, specifier] of source.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s*)"([^"]+)"/g)) {
      if (specifier.startsWith(".")) found.push(...bare(join(file, "..", specifier), seen));
      else found.push(specifier);
    }
    return found;
  };
  for (const entry of ["index.js", "node.js", "meter.js", "worker.js", "schema.js", "lite/index.js", "lite/node.js"]) {
    const imported = bare(join(dist, entry)).filter((s) => !s.startsWith("node:"));
    assert.deepEqual(imported, [], `${entry} imports ${imported.join(", ")}`);
  }
  assert.deepEqual([...new Set(bare(join(dist, "react.js")))], ["react"]);
  // Next.js App Router: the React entries are client modules.
  for (const entry of ["react.js", "lite/react.js"]) assert.match(readFileSync(join(dist, entry), "utf8"), /^"use client";/);
  assert.deepEqual([...new Set(bare(join(dist, "lite", "vue.js")))], ["vue"]);
  const outsideNode = (entry) => [...new Set(bare(join(dist, entry)))].filter((s) => !s.startsWith("node:"));
  assert.deepEqual(outsideNode("react-node.js"), ["react"]);
  assert.deepEqual(outsideNode("lite/vue-node.js"), ["vue"]);
});

test("pkg/README.md's framework examples are excerpts of the tested files", () => {
  const readme = readFileSync(join(root, "pkg", "README.md"), "utf8");
  const examples = [...readme.matchAll(/<!-- example: (\S+) -->\n```\w*\n([^]*?)\n```/g)];
  assert.ok(examples.length >= 6, `${examples.length} examples`);
  const lines = (text) => text.split("\n").map((line) => line.trim());
  for (const [, file, block] of examples) {
    const source = lines(readFileSync(join(root, file), "utf8")).join("\n");
    assert.ok(source.includes(lines(block).join("\n")), `the README's example from ${file} is not in it:\n${block}`);
  }
});

test("the schema: string, form and module-level forms, breach opt-in, Standard Schema shape", async () => {
  writeFileSync(
    join(dir, "schema-check.mjs"),
    `import { createServer } from "node:http";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { createChecker } from "passgate";
import { passwordFormSchema, passwordSchema } from "passgate/schema";
const strong = ${JSON.stringify(STRONG)};
const hash = createHash("sha1").update(strong).digest("hex").toUpperCase();
let requests = 0;
const server = createServer((req, res) => {
  requests++;
  if (req.url.includes("fail")) return res.writeHead(503).end();
  res.writeHead(200, { "content-type": "text/plain" }).end(req.url.toUpperCase().endsWith(hash.slice(0, 5)) ? hash.slice(5) + ":42" : "00000000000000000000000000000000000:1");
});
await new Promise((done) => server.listen(0, "127.0.0.1", done));
const base = "http://127.0.0.1:" + server.address().port;
const policy = { preset: "microsoft-entra" };
const checker = await createChecker({ policy, breach: { endpoint: base } });
const failing = await createChecker({ policy, breach: { endpoint: base + "/fail" } });
const plain = checker.schema();
const std = plain["~standard"];
const weak = std.validate(${JSON.stringify(WEAK)});
const context = checker.schema({ email: "ada.lovelace@example.com" })["~standard"].validate("Ada.Lovelace2024!");
const lazy = passwordSchema(() => createChecker({ policy }));
const first = lazy["~standard"].validate(${JSON.stringify(WEAK)});
const firstIsPromise = first instanceof Promise;
await first;
const second = lazy["~standard"].validate(${JSON.stringify(WEAK)});
const secondIsPromise = second instanceof Promise;
const form = passwordFormSchema(createChecker({ policy }));
const formResult = await form["~standard"].validate({ email: "ada.lovelace@example.com", password: "Ada.Lovelace2024!" });
const formOk = await form["~standard"].validate({ email: "someone@example.com", password: strong });
const breachClosed = await checker.schema(undefined, { breach: "fail-closed" })["~standard"].validate(strong);
const unknownClosed = await failing.schema(undefined, { breach: "fail-closed" })["~standard"].validate(strong);
const unknownOpen = await failing.schema(undefined, { breach: "fail-open" })["~standard"].validate(strong);
const before = requests;
const weakWithBreach = await checker.schema(undefined, { breach: "fail-closed" })["~standard"].validate(${JSON.stringify(WEAK)});
let badMode = null;
try { checker.schema(undefined, { breach: "maybe" }); } catch (error) { badMode = { code: error.code, message: error.message }; }
server.close();
console.log(JSON.stringify({
  version: std.version, vendor: std.vendor,
  weak, context, firstIsPromise, first: await first, secondIsPromise, second,
  strong: std.validate(strong), formResult, formOk,
  breachClosed, unknownClosed, unknownOpen, weakWithBreach, lookupsForWeak: requests - before,
  notAString: std.validate(42), notAnObject: await form["~standard"].validate("x"), badMode,
}));
`,
  );
  const out = JSON.parse(runNode("schema-check.mjs"));
  assert.equal(out.version, 1);
  assert.equal(out.vendor, "passgate");
  assert.ok(out.weak.issues.length > 0);
  for (const issue of out.weak.issues) {
    assert.equal(typeof issue.code, "string");
    assert.ok(issue.message.length > 0);
    assert.equal(issue.path, undefined);
  }
  assert.ok(out.context.issues.some((issue) => issue.code === "containsContextWord"), JSON.stringify(out.context));
  assert.equal(out.firstIsPromise, true, "before its checker has loaded, validate returns a promise");
  assert.deepEqual(out.first, out.weak);
  assert.equal(out.secondIsPromise, false, "once loaded, validate answers synchronously");
  assert.deepEqual(out.second, out.weak);
  assert.deepEqual(out.strong, { value: STRONG });
  assert.ok(out.formResult.issues.some((issue) => issue.code === "containsContextWord"), JSON.stringify(out.formResult));
  for (const issue of out.formResult.issues) assert.deepEqual(issue.path, ["password"]);
  assert.deepEqual(out.formOk, { value: { email: "someone@example.com", password: STRONG } });
  assert.equal(out.breachClosed.issues[0].code, "breached");
  assert.equal(out.unknownClosed.issues[0].code, "breachUnknown");
  assert.deepEqual(out.unknownOpen, { value: STRONG });
  assert.ok(out.weakWithBreach.issues.length > 0);
  assert.equal(out.lookupsForWeak, 0, "a password the policy refuses is not looked up");
  assert.equal(out.notAString.issues[0].code, "notAString");
  assert.equal(out.notAnObject.issues[0].code, "notAnObject");
  assert.equal(out.badMode.code, "invalidOption");
  assert.match(out.badMode.message, /options\.breach/);
});

/** Runs a script of the consumer with Node; its standard output. */
function runNode(file) {
  try {
    return execFileSync(process.execPath, [file], { cwd: dir, encoding: "utf8", stdio: "pipe" });
  } catch (error) {
    assert.fail(`${file} failed:\n${error.stdout}${error.stderr}`);
  }
}

test("the Vue composable in Node: one breach lookup per pause, staged strength and word list re-checked once, both builds", async () => {
  writeFileSync(
    join(dir, "composable-check.mjs"),
    `import { effectScope, nextTick, ref } from "vue";
import { BREACH_DELAY, usePasswordCheck } from "passgate/vue";
import * as lite from "passgate/lite/vue";
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
/** A checker whose strength arrives later (or never: strengthReady false), and its word list later still. */
function fake(arrives) {
  let strength = false;
  let words = false;
  const calls = { check: 0, lookups: [] };
  return {
    calls,
    strengthReady: sleep(50).then(() => (strength = arrives)),
    wordsReady: sleep(80).then(() => (words = true)),
    check(password) { calls.check++; return { ok: password.length >= 4, violations: [], strength: strength ? { score: 3 } : null, passphrase: { pending: !words } }; },
    async checkBreached(password) { calls.lookups.push(password.length); return { status: "breached", count: 3, message: "seen 3 times" }; },
  };
}
const out = {};
const scope = effectScope();
const checker = fake(true);
const never = fake(false);
const password = ref("");
const state = scope.run(() => ({
  main: usePasswordCheck(password, { checker, breach: true }),
  never: usePasswordCheck(password, { checker: never }),
  // Checkers created from options, in Node (the "node" export condition reads the wasm from disk).
  real: usePasswordCheck(password, { options: { policy: { preset: "microsoft-entra" } } }),
  lite: lite.usePasswordCheck(password, { options: { policy: { preset: "microsoft-entra" } } }),
}));
await sleep(10);
out.ready = state.main.ready.value;
out.strengthBefore = state.main.report.value?.strength ?? null;
for (const value of ["ab", "abcd", "abcde", "abcdef"]) { password.value = value; await nextTick(); await sleep(100); }
out.breachWhileTyping = state.main.breach.value;
await sleep(BREACH_DELAY + 200);
out.strengthAfter = state.main.report.value?.strength ?? null;
out.pendingAfter = state.main.report.value?.passphrase.pending ?? null;
out.lookups = checker.calls.lookups;
out.breach = state.main.breach.value?.status ?? null;
password.value = "abcdefg";
await nextTick();
out.breachAfterChange = state.main.breach.value;
out.neverChecks = never.calls.check;
out.real = { ready: state.real.ready.value, ok: state.real.report.value?.ok, score: state.real.report.value?.strength?.score, error: state.real.error.value?.message ?? null };
out.lite = { ready: state.lite.ready.value, ok: state.lite.report.value?.ok, strength: state.lite.report.value?.strength, error: state.lite.error.value?.message ?? null };
out.neverStrength = state.never.report.value?.strength ?? null;
out.neverLookups = never.calls.lookups.length;
scope.stop();
await sleep(BREACH_DELAY + 100);
out.lookupsAfterStop = checker.calls.lookups.length;
console.log(JSON.stringify(out));
`,
  );
  const out = JSON.parse(runNode("composable-check.mjs"));
  assert.equal(out.ready, true);
  assert.equal(out.strengthBefore, null);
  assert.equal(out.breachWhileTyping, null);
  assert.deepEqual(out.strengthAfter, { score: 3 }, "re-checked once strengthReady resolved");
  assert.equal(out.pendingAfter, false, "re-checked once wordsReady resolved");
  assert.deepEqual(out.lookups, [6], "one lookup, of the value typing paused on");
  assert.equal(out.breach, "breached");
  assert.equal(out.breachAfterChange, null, "a verdict is never shown for a later value");
  assert.deepEqual(out.real, { ready: true, ok: false, score: 0, error: null }, "abcdefg under the full build");
  assert.deepEqual(out.lite, { ready: true, ok: false, strength: null, error: null }, "abcdefg under the lite build");
  assert.ok(out.neverChecks <= 8, `strengthReady false must not loop: ${out.neverChecks} checks`);
  assert.equal(out.neverStrength, null);
  assert.equal(out.neverLookups, 0, "no lookups unless asked for (a given checker)");
  assert.equal(out.lookupsAfterStop, 1, "a stopped scope schedules nothing");
});

test("a Hono server rejects a weak password with 422 and the codes, from the form's schema", async () => {
  writeFileSync(
    join(dir, "server-check.mjs"),
    `import { start } from "./server.mjs";
const { url, close } = await start();
const post = async (body) => { const r = await fetch(url + "/signup", { method: "POST", headers: { "content-type": "application/json" }, body }); return { status: r.status, body: await r.json() }; };
const weak = await post(JSON.stringify({ email: "ada@example.com", password: ${JSON.stringify(WEAK)} }));
const strong = await post(JSON.stringify({ email: "ada@example.com", password: ${JSON.stringify(STRONG)} }));
const garbage = await post("{");
await close();
console.log(JSON.stringify({ weak, strong, garbage }));
`,
  );
  const out = JSON.parse(runNode("server-check.mjs"));
  assert.equal(out.weak.status, 422);
  assert.ok(out.weak.body.issues.length > 0);
  for (const issue of out.weak.body.issues) {
    assert.match(issue.code, /^[a-z][A-Za-z]+$/);
    assert.deepEqual(issue.path, ["password"]);
  }
  assert.equal(out.strong.status, 201);
  assert.equal(out.garbage.status, 400);
});

test("server rendering: react-dom/server and Vue's renderer output the markup, touch no window", async () => {
  const reactOut = await viteBuild("react", { ssr: "app.jsx", outDir: "dist-ssr" });
  const vueOut = await viteBuild("vue", { ssr: "app.js", outDir: "dist-ssr" });
  writeFileSync(
    join(dir, "ssr-check.mjs"),
    `import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { createSSRApp } from "vue";
import { renderToString as renderVue } from "vue/server-renderer";
const logged = [];
console.error = (...args) => logged.push(args.map(String).join(" "));
console.warn = (...args) => logged.push(args.map(String).join(" "));
const { App } = await import(${JSON.stringify(pathToFileURL(join(reactOut, "app.js")).href)});
const react = renderToString(createElement(App, { breachEndpoint: "http://127.0.0.1:9" }));
const { App: VueApp } = await import(${JSON.stringify(pathToFileURL(join(vueOut, "app.js")).href)});
const vue = await renderVue(createSSRApp(VueApp, { breachEndpoint: "http://127.0.0.1:9" }));
process.stdout.write(JSON.stringify({ react, vue, logged, window: typeof window }));
`,
  );
  const out = JSON.parse(runNode("ssr-check.mjs"));
  assert.equal(out.window, "undefined");
  assert.deepEqual(out.logged, []);
  for (const html of [out.react, out.vue]) {
    assert.match(html, /<passgate-meter[^>]* for="password"/);
    assert.match(html, /<passgate-meter[^>]* policy="microsoft-entra"/);
    assert.match(html, /<output id="live" data-ready="false"/);
  }
});

/** Serious and critical axe violations, as "rule: targets" lines (axe is served by the page's server). */
async function axe(page) {
  await page.addScriptTag({ url: "/axe.min.js" });
  const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

/** Waits until `selector` matches (an `<output>` may be empty, so not for visibility). */
function attached(page, selector, timeout = 10_000) {
  return page.locator(selector).first().waitFor({ state: "attached", timeout });
}

/** Types a strong password; the meter, the hook's line and the breach line all follow. */
async function typingUpdatesEverything(page, errors) {
  const input = page.locator("#password");
  await attached(page, "#live[data-ready=true]", 20_000);
  await input.pressSequentially("ab");
  await page.locator("passgate-meter .passgate-rules li").first().waitFor({ timeout: 20_000 });
  assert.equal(await page.locator("#live").getAttribute("data-ok"), "false");
  await input.fill("");
  await input.pressSequentially(STRONG);
  await attached(page, "#live[data-ok=true]");
  await attached(page, "#live[data-breach=breached]");
  const meterBreach = page.locator('passgate-meter .passgate-breach[data-status="breached"]');
  await meterBreach.waitFor({ timeout: 10_000 });
  assert.match(await meterBreach.textContent(), /42/);
  assert.equal(await page.locator('passgate-meter [data-passed="false"]').count(), 0);
  assert.deepEqual(errors, []);
}

/**
 * Builds `app`, serves it with its breach range, and in Chromium: types (the meter, the live
 * line and both breach lines follow; exactly `lookups` range requests), then submits `WEAK`
 * and returns the codes the page shows. No page errors throughout.
 */
async function inChromium(app, lookups, more) {
  const dist = await viteBuild(app);
  writeRange(dist);
  cpSync(AXE, join(dist, "axe.min.js"));
  const server = await serveDir(dist);
  const { page, errors, ranges } = await openApp(server.url);
  try {
    await typingUpdatesEverything(page, errors);
    await page.waitForTimeout(1000);
    assert.equal(ranges.length, lookups, ranges.join(", "));
    assert.deepEqual(await axe(page), [], "serious or critical axe violations");
    await page.locator("#password").fill(WEAK);
    // The meter re-renders after its debounce; click once the form has stopped moving.
    await attached(page, "#live[data-ok=false]");
    await attached(page, 'passgate-meter [data-passed="false"]');
    await page.locator("button[type=submit]").click();
    await page.waitForFunction(() => document.querySelector("#issues")?.textContent !== "");
    const codes = (await page.locator("#issues").textContent()).split(" ");
    assert.ok(codes.length > 0 && codes.every((code) => /^[a-z][A-Za-z]+$/.test(code)), codes.join(" "));
    await more?.(page);
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
    await server.close();
  }
}

test("a Vite + React 19 app in Chromium: StrictMode, the hook, <PasswordMeter>, TanStack Form with the schema", async () => {
  // One lookup by the hook's checker (StrictMode mounts it twice) and one by the element's.
  await inChromium("react", 2, async (page) => {
    assert.equal(await page.locator("#accepted").count(), 0);
    await page.locator("#password").fill(STRONG);
    await attached(page, "#live[data-ok=true]");
    await page.waitForFunction(() => !document.querySelector('passgate-meter [data-passed="false"]'));
    await page.locator("button[type=submit]").click();
    await page.locator("#accepted").waitFor();
  });
});

test("a Vite + Vue 3 app in Chromium: the composable, <PasswordMeter>, the schema on submit", async () => {
  await inChromium("vue", 2);
});

test("an app that uses only the React hook bundles neither Vue nor the meter element", async () => {
  // Marker strings: the element's stylesheet class and its registration; Vue's runtime sets
  // `__vue_app__` on the mount point. Each must be found where it belongs, or the check says nothing.
  const meterMarkers = ["passgate-fill", "adoptedStyleSheets"];
  const vueMarkers = ["__vue_app__"];
  const hookOnly = textOf(await viteBuild("hook-only"));
  // The two full apps, as the browser tests built them (or built here when run alone).
  const built = async (app) => (existsSync(join(dir, app, "dist", "index.html")) ? join(dir, app, "dist") : viteBuild(app));
  const withMeter = textOf(await built("react"));
  const withVue = textOf(await built("vue"));
  for (const marker of meterMarkers) {
    assert.ok(withMeter.includes(marker), `the React app with <PasswordMeter> holds ${marker}`);
    assert.ok(!hookOnly.includes(marker), `the hook-only bundle holds ${marker}`);
  }
  for (const marker of vueMarkers) {
    assert.ok(withVue.includes(marker), `the Vue app holds ${marker}`);
    assert.ok(!hookOnly.includes(marker), `the hook-only bundle holds ${marker}`);
  }
  assert.ok(hookOnly.includes("useState"), "the hook-only bundle holds React");

  const server = await serveDir(join(dir, "hook-only", "dist"));
  const { page, errors } = await openApp(server.url);
  try {
    await page.locator("#password").pressSequentially(WEAK);
    await attached(page, "#live[data-ok=false]", 20_000);
    // Staged strength: a report without strength, then the hook re-checks by itself.
    await attached(page, "#staged:not([data-score=null]):not([data-score=''])");
    const scores = await page.evaluate(() => globalThis.stagedScores);
    assert.equal(scores.length, 2, scores.join(" "));
    assert.equal(scores[0], "null");
    assert.match(scores[1], /^[0-4]$/);
    await attached(page, "#staged[data-breach=clear]");
    await page.waitForTimeout(1000);
    assert.equal(await page.locator("#staged").getAttribute("data-ok"), "true");
    assert.equal(await page.evaluate(() => globalThis.stagedLookups), 1, "StrictMode: one lookup");
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
    await server.close();
  }
});

for (const [module, moduleResolution] of [["ESNext", "bundler"], ["NodeNext", "NodeNext"]]) {
  test(`tsc --strict over typed use of passgate/react, /vue, /schema and the lite entries (${moduleResolution})`, () => {
    const compilerOptions = {
      module,
      moduleResolution,
      target: "ES2022",
      lib: ["ES2022", "DOM"],
      jsx: "react-jsx",
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      types: [],
    };
    const config = `tsconfig.${moduleResolution}.json`;
    writeFileSync(join(dir, config), JSON.stringify({ compilerOptions, files: ["typed.tsx"] }));
    try {
      runTool("tsc", ["-p", config], dir);
    } catch (error) {
      assert.fail(`tsc failed:\n${error.stdout}${error.stderr}`);
    }
  });
}
