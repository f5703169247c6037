// Shared by the tests that use the package as a consumer would: pack it, install the tarball
// into a fresh project under target/, serve a directory over HTTP, drive Debian's Chromium.
import { execFileSync } from "node:child_process";
import { createReadStream } from "node:fs";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, resolve, sep } from "node:path";
import { launchChromium } from "./chromium.mjs";

export const root = resolve(import.meta.dirname, "..", "..");

/**
 * A fresh project at target/consumers/<name> with the packed package installed (offline: the
 * tarball has no dependencies). Tools (vite, webpack, typescript) resolve from the repository's
 * own node_modules, two directories up, as Node's resolution walks parent directories.
 */
export function freshProject(name, packageJson = {}) {
  const dir = join(root, "target", "consumers", name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const packed = JSON.parse(
    execFileSync("npm", ["pack", "--json", "--pack-destination", dir, join(root, "pkg")], { encoding: "utf8" }),
  );
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({ name: `consumer-${name}`, private: true, type: "module", ...packageJson }, null, 2),
  );
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--offline", "--no-save", join(dir, packed[0].filename)], {
    cwd: dir,
    stdio: ["ignore", "ignore", "inherit"],
  });
  return dir;
}

/** Runs a tool from the repository's node_modules/.bin in `cwd`. */
export function runTool(tool, args, cwd) {
  return execFileSync(join(root, "node_modules", ".bin", tool), args, { cwd, encoding: "utf8", stdio: "pipe" });
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8",
  ".css": "text/css",
};

/** Serves `dir` on a free loopback port (with the CSP the package README asks for). */
export async function serveDir(dir) {
  const base = resolve(dir);
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? "/", "http://localhost");
    let file = resolve(base, "." + decodeURIComponent(pathname));
    try {
      if (file !== base && !file.startsWith(base + sep)) throw new Error("outside");
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      if (!(await stat(file)).isFile()) throw new Error("not a file");
    } catch {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
      "Content-Security-Policy":
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; worker-src 'self'",
    });
    createReadStream(file).pipe(res);
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => new Promise((done) => server.close(done)),
  };
}

/** Debian's Chromium, headless; `errors` collects page errors and console errors. */
export async function openBrowser() {
  const browser = await launchChromium();
  return {
    browser,
    async newPage() {
      const page = await browser.newPage();
      // Browsers ask for /favicon.ico on their own; its 404 is not the page's error.
      await page.route("**/favicon.ico", (route) => route.fulfill({ status: 204 }));
      const errors = [];
      page.on("pageerror", (error) => errors.push(error));
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(new Error(message.text()));
      });
      return { page, errors };
    },
    close: () => browser.close(),
  };
}

/** Opens `url` and waits until the page writes its result (`<output data-score>`). */
export async function scoreShownAt(browser, url) {
  const { page, errors } = await browser.newPage();
  try {
    await page.goto(url);
    const output = page.locator("output[data-score]");
    await output.waitFor({ timeout: 20_000 });
    return { score: await output.getAttribute("data-score"), text: await output.textContent(), errors };
  } catch (error) {
    throw new Error(`${url}: ${error.message}; page errors: ${errors.map((e) => e.message).join("; ")}`);
  } finally {
    await page.close();
  }
}
